package org.niaptracker.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in with a user name and password, through {@link SignInThrottle}: the attempt is
 * counted first, and a refused attempt never reaches the password check.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String client = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		if (!this.throttle.tryAttempt(username, client)) {
			throw new SignInThrottledException();
		}
		Authentication result = this.passwords.authenticate(authentication);
		if (result != null && result.isAuthenticated()) {
			this.throttle.succeeded(username, client);
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Too many attempts lately, for this account or from this client. */
	static class SignInThrottledException extends AuthenticationException {

		private static final long serialVersionUID = 1L;

		SignInThrottledException() {
			super("Too many sign-in attempts; try again shortly");
		}

	}

}
