package org.niaptracker.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's refusals before any controller runs, as RFC 9457 problem details in the
 * reader's language: 401 with {@code WWW-Authenticate: Bearer} (RFC 6750) without a token
 * or with one that does not work, 403 for a signed-in account without the right.
 */
@Component
public class ApiProblems {

	private final JsonMapper json;

	private final MessageSource messages;

	private final LocaleResolver locales;

	ApiProblems(JsonMapper json, MessageSource messages, LocaleResolver locales) {
		this.json = json;
		this.messages = messages;
		this.locales = locales;
	}

	/** No token, on a request that needs one. */
	public AuthenticationEntryPoint entryPoint() {
		return (request, response, ex) -> write(request, response, HttpStatus.UNAUTHORIZED, "apiWrite.unauthorized",
				"Bearer");
	}

	/** A token that is malformed, unknown, revoked or expired. */
	void invalidToken(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, "apiWrite.invalidToken",
				"Bearer error=\"invalid_token\", error_description=\"The token is unknown, revoked or expired\"");
	}

	public AccessDeniedHandler accessDeniedHandler() {
		return (request, response, ex) -> write(request, response, HttpStatus.FORBIDDEN, "apiWrite.forbidden", null);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey,
			String challenge) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", this.messages.getMessage(messageKey, null, this.locales.resolveLocale(request)));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		if (challenge != null) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

}
