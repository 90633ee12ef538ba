package org.niaptracker.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.niaptracker.security.TokenAuthentication;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The API's own security filter chain, for {@value #API} only, ahead of the pages' chain
 * ({@code security.SecurityConfiguration}):
 * <ul>
 * <li>stateless: it never creates a session, so it sets no cookie and keeps no request to
 * come back to;</li>
 * <li>no CSRF token: no cookie authenticates a change through it (see below), and a
 * script has no form to carry a token;</li>
 * <li>anyone may {@code GET} (and {@code HEAD}); what each caller may see is decided per
 * object by the features' services (a draft is a 404 to those who may not read it);</li>
 * <li>every other method needs an authenticated caller, signed in by a personal API token
 * ({@link TokenAuthentication}): without one, 401 with a problem detail (never a redirect
 * to the sign-in page); refused, 403.</li>
 * </ul>
 * A signed-in browser's session cookie is honoured for reads only ({@code GET},
 * {@code HEAD}): a person signed in who opens the API (or Swagger UI) reads what their
 * pages show them, drafts included. Reads change nothing, so there is nothing to forge
 * across sites, and another site's script cannot read the answers (no CORS). A write is
 * never authenticated by the cookie: it comes from a script with a credential of its own,
 * so the chain needs no CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String API = "/api/**";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, TokenAuthentication tokens) throws Exception {
		http.securityMatcher(API)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, API)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, API)
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(new SessionForReadsOnly()))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable());
		// A personal API token (Authorization: Bearer) signs its owner in for this
		// request only; it also answers 401 and 403 as problem details.
		tokens.applyTo(http);
		return http.build();
	}

	/**
	 * The signed-in session, read for {@code GET} and {@code HEAD} only and never
	 * written: no session is created or changed, and a change is never authenticated by a
	 * cookie.
	 */
	static final class SessionForReadsOnly extends HttpSessionSecurityContextRepository {

		SessionForReadsOnly() {
			setAllowSessionCreation(false);
		}

		@Override
		public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
			if (isRead(request)) {
				return super.loadDeferredContext(request);
			}
			return new DeferredSecurityContext() {
				@Override
				public SecurityContext get() {
					return SecurityContextHolder.createEmptyContext();
				}

				@Override
				public boolean isGenerated() {
					return true;
				}
			};
		}

		/**
		 * The same for a caller that still loads the context eagerly (Spring Security's
		 * test support wraps the repository and calls this).
		 */
		@Override
		@Deprecated
		public SecurityContext loadContext(HttpRequestResponseHolder holder) {
			if (isRead(holder.getRequest())) {
				return super.loadContext(holder);
			}
			return SecurityContextHolder.createEmptyContext();
		}

		@Override
		public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public boolean containsContext(HttpServletRequest request) {
			return isRead(request) && super.containsContext(request);
		}

		private static boolean isRead(HttpServletRequest request) {
			return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
		}

	}

}
