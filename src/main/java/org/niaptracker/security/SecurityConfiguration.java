package org.niaptracker.security;

import java.time.Clock;
import java.util.Map;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security: who may reach which URL, sign-in and sign-out, and the headers every
 * response carries. Whatever anyone may {@code GET}, they may also {@code HEAD}. Finer
 * rules (whose report a focal point may edit, who may read a draft) live in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Swagger UI, the API's documentation page ({@code api.ApiDocumentation}), whose
	 * script injects a style element: inline styles are allowed on its pages and nowhere
	 * else; its scripts stay {@code 'self'}, and it shows no one's text but the API's own
	 * document.
	 */
	static final String SWAGGER_UI_PATH = "/api/swagger-ui/";

	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self';",
			"style-src 'self' 'unsafe-inline';");

	static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
			throws Exception {
		http.authenticationManager(authenticationManager)
			// Only health is public among the operations endpoints; metrics and info are
			// for
			// administrators (or a scraper signed in as one).
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				// A Party's profile is kept by the Secretariat too; the rest of
				// administration is for administrators.
				.requestMatchers("/admin/parties/*")
				.hasAnyRole("SECRETARIAT", "ADMIN")
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				// One's own account (API tokens): signed in, whatever the role.
				.requestMatchers("/account/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login").failureHandler(failureHandler()).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/?signedOut"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(REFERRER_POLICY))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * Tomcat's own responses (a URL it cannot decode, a form it refuses) carry the same
	 * headers as the application's.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> securityHeadersOnEveryResponse() {
		return (factory) -> factory.addEngineValves(new SecurityHeadersValve());
	}

	/**
	 * Passwords are checked only for attempts that {@link SignInThrottle} lets through.
	 * Whether an account is disabled is checked after its password, so a disabled account
	 * answers like a wrong password, after the same work.
	 */
	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, AuthenticationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		passwords.setPreAuthenticationChecks((user) -> {
		});
		passwords.setPostAuthenticationChecks((user) -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Account disabled");
			}
		});
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(
				Map.of(ThrottledAuthenticationProvider.SignInThrottledException.class.getName(), "/login?throttled"));
		handler.setDefaultFailureUrl("/login?error");
		return handler;
	}

	/**
	 * Spring Security observes each request by wrapping every filter of its chain in an
	 * observation, and each authorization decision; with metrics on, that was about a
	 * tenth of a conditional request's CPU time (a Flight Recorder profile of the 304 of
	 * a published report). Each request is already timed once, as
	 * {@code http.server.requests}; sign-ins stay observed.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
