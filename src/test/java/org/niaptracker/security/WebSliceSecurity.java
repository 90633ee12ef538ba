package org.niaptracker.security;

import org.mockito.Mockito;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The application's web security for {@code @WebMvcTest} slices in other packages (the
 * configuration itself is package-private): who may reach which URL, CSRF, sign-in
 * redirects. Slices sign users in with {@code user(...)}, so the sign-in form's account
 * lookup and throttle are stand-ins.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSliceSecurity {

	@Bean
	UserDetailsService noAccounts() {
		return (username) -> {
			throw new UsernameNotFoundException(username);
		};
	}

	@Bean
	SignInThrottle signInThrottle() {
		return Mockito.mock(SignInThrottle.class);
	}

}
