package org.niaptracker.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.niaptracker.user.token.ApiTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens as a way to sign in, for a stateless chain: a request with
 * {@code Authorization: Bearer niap_...} acts as the token's owner, with the same
 * {@link NiapUser} principal the pages use, so every permission check applies unchanged.
 * Built from Spring Security's own parts: an {@link AuthenticationFilter} with a
 * converter for the header and a provider that asks {@link ApiTokens}. A token that does
 * not work is refused at once (401, {@code WWW-Authenticate: Bearer
 * error="invalid_token"}); a request without one goes on anonymously, for the chain's
 * rules to decide. Nothing is kept in a session.
 */
@Component
public class TokenAuthentication {

	private static final String BEARER = "bearer ";

	private final ApiTokens tokens;

	private final ApiProblems problems;

	TokenAuthentication(ApiTokens tokens, ApiProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	/**
	 * Adds token sign-in to an API chain, with its 401 and 403 problem answers. The chain
	 * itself says what it matches and which requests need an account.
	 */
	public HttpSecurity applyTo(HttpSecurity http) throws Exception {
		AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(new Provider(this.tokens)),
				TokenAuthentication::convert);
		filter.setSuccessHandler((request, response, authentication) -> {
			// Carry on with the request (the default would redirect).
		});
		filter.setFailureHandler(this.problems::invalidToken);
		filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
		return http.addFilterAt(filter, BasicAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(this.problems.entryPoint())
				.accessDeniedHandler(this.problems.accessDeniedHandler()));
	}

	/**
	 * The {@link AuthenticationConverter}: the bearer token of the request, or null when
	 * there is none (the request goes on anonymously).
	 */
	static Authentication convert(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || header.length() < BEARER.length()
				|| !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		return new PresentedToken(header.substring(BEARER.length()).strip());
	}

	/** A token as presented, before it is checked. */
	static final class PresentedToken extends AbstractAuthenticationToken {

		private static final long serialVersionUID = 1L;

		private final String token;

		PresentedToken(String token) {
			super(List.of());
			this.token = token;
			setAuthenticated(false);
		}

		@Override
		public Object getCredentials() {
			return this.token;
		}

		@Override
		public Object getPrincipal() {
			return "API token";
		}

	}

	/** Finds the token's owner, as sign-in with a password would load them. */
	static final class Provider implements AuthenticationProvider {

		private final ApiTokens tokens;

		Provider(ApiTokens tokens) {
			this.tokens = tokens;
		}

		@Override
		public Authentication authenticate(Authentication authentication) {
			String token = (String) authentication.getCredentials();
			NiapUser user = this.tokens.authenticate(token)
				.map(NiapUser::new)
				.orElseThrow(() -> new BadCredentialsException("API token refused"));
			return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return PresentedToken.class.isAssignableFrom(authentication);
		}

	}

}
