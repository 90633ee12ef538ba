package org.niaptracker.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.niaptracker.web.ApiRefusals;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The API's refusals before any controller runs, as RFC 9457 problem details in the
 * reader's language, worded and shaped by {@link ApiRefusals} as every refusal of the
 * API: 401 with {@code WWW-Authenticate: Bearer} (RFC 6750) without a token or with one
 * that does not work, 403 for a signed-in account without the right.
 */
@Component
public class ApiProblems {

	private final ApiRefusals refusals;

	ApiProblems(ApiRefusals refusals) {
		this.refusals = refusals;
	}

	/** No token, on a request that needs one. */
	public AuthenticationEntryPoint entryPoint() {
		return (request, response, ex) -> write(response, this.refusals.unauthorized(request), "Bearer");
	}

	/** A token that is malformed, unknown, revoked or expired. */
	void invalidToken(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(response, this.refusals.invalidToken(request),
				"Bearer error=\"invalid_token\", error_description=\"The token is unknown, revoked or expired\"");
	}

	public AccessDeniedHandler accessDeniedHandler() {
		return (request, response, ex) -> write(response, this.refusals.forbidden(request), null);
	}

	private void write(HttpServletResponse response, ProblemDetail problem, String challenge) throws IOException {
		if (challenge != null) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		}
		this.refusals.write(problem, response);
	}

}
