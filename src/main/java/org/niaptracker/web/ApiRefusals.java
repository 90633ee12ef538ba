package org.niaptracker.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The one place that words the public API's refusals and gives them their shape: an RFC
 * 9457 problem detail ({@code type} {@code about:blank}, left out by Spring MVC as RFC
 * 9457 allows, {@code title} the status's reason phrase, {@code status}, {@code detail}
 * in the caller's language, {@code instance} the request's path), sent as
 * {@code application/problem+json} and never stored by a cache. Each kind of refusal has
 * one message key ({@code api.problem.*}), whoever answers it: the error boundary (any
 * API request), the API's own advice for its writes (which adds {@code currentVersion}
 * and field {@code errors} through here), the API's security chain (401, 403) and the
 * filter that answers while the database is down.
 * <p>
 * Extras, by name: {@code reason} and {@code reasonKey} (why a change is refused, and
 * that message's key), {@code errors} (each with {@code field} and {@code message}),
 * {@code currentVersion} and {@code currentStatus} (what is stored now), {@code blockers}
 * (what keeps an import from being confirmed).
 */
@Component
public class ApiRefusals {

	static final String NOT_FOUND = "api.problem.notFound";

	static final String FORBIDDEN = "api.problem.forbidden";

	static final String UNAUTHORIZED = "api.problem.unauthorized";

	static final String INVALID_TOKEN = "api.problem.invalidToken";

	static final String STALE = "api.problem.stale";

	static final String CONFLICT = "api.problem.conflict";

	static final String INVALID = "api.problem.invalid";

	static final String UNREADABLE = "api.problem.unreadable";

	static final String UNKNOWN_FIELD = "api.problem.unknownField";

	static final String BUSY = "api.problem.busy";

	static final String DATABASE_UNAVAILABLE = "api.problem.databaseUnavailable";

	static final String IMPORT_REFUSED = "api.problem.importRefused";

	static final String IMPORT_BLOCKED = "api.problem.importBlocked";

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ApiRefusals(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/** 404: nothing there, or nothing the caller may see (the two are not told apart). */
	public ProblemDetail notFound(HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, NOT_FOUND, request);
	}

	/** 403: a signed-in caller without the right. */
	public ProblemDetail forbidden(HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, FORBIDDEN, request);
	}

	/** 401: no token on a request that needs one. */
	public ProblemDetail unauthorized(HttpServletRequest request) {
		return problem(HttpStatus.UNAUTHORIZED, UNAUTHORIZED, request);
	}

	/** 401: a token that is malformed, unknown, revoked or expired. */
	public ProblemDetail invalidToken(HttpServletRequest request) {
		return problem(HttpStatus.UNAUTHORIZED, INVALID_TOKEN, request);
	}

	/** 409: a stale version, where what is stored now is not known. */
	public ProblemDetail stale(HttpServletRequest request) {
		return stale(null, null, request);
	}

	/**
	 * 409: a stale version, with the version (and for a report the status) stored now,
	 * each left out where unknown.
	 */
	public ProblemDetail stale(Integer currentVersion, String currentStatus, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, STALE, request);
		if (currentVersion != null) {
			problem.setProperty("currentVersion", currentVersion);
		}
		if (currentStatus != null) {
			problem.setProperty("currentStatus", currentStatus);
		}
		return problem;
	}

	/**
	 * 409: a change a rule does not allow now (the report's status, its checks), with the
	 * rule's message as {@code reason} and its key as {@code reasonKey}.
	 */
	public ProblemDetail refused(String reasonKey, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, CONFLICT, request);
		return withReason(problem, reasonKey, message(reasonKey, null, request));
	}

	/**
	 * A report the import refuses: 413 for one over the limit, 422 for one it cannot
	 * take, 409 for one that cannot be confirmed; {@code reason} says why.
	 */
	public ProblemDetail importRefused(HttpStatus status, String reasonKey, String reason, HttpServletRequest request) {
		ProblemDetail problem = problem(status, (status == HttpStatus.CONFLICT) ? IMPORT_BLOCKED : IMPORT_REFUSED,
				request);
		return withReason(problem, reasonKey, reason);
	}

	/** 409: an upload that cannot be confirmed, with what blocks it. */
	public ProblemDetail importBlocked(List<?> blockers, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, IMPORT_BLOCKED, request);
		problem.setProperty("blockers", blockers);
		return problem;
	}

	/** 400: fields that are not valid, each with its message. */
	public ProblemDetail invalid(List<FieldProblem> errors, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID, request);
		problem.setProperty("errors", errors);
		return problem;
	}

	/**
	 * 400: what binding and validation found, each field named as in the request with its
	 * message in the caller's language.
	 */
	public ProblemDetail invalid(Errors errors, HttpServletRequest request) {
		return invalid(errors.getAllErrors()
			.stream()
			.map((error) -> new FieldProblem(
					(error instanceof FieldError field) ? field.getField() : error.getObjectName(),
					this.messages.getMessage(error, this.locales.resolveLocale(request))))
			.toList(), request);
	}

	/** 400: one field that is not valid, with the message of its key. */
	public ProblemDetail invalid(String field, String messageKey, Object[] arguments, HttpServletRequest request) {
		return invalid(List.of(new FieldProblem(field, message(messageKey, arguments, request))), request);
	}

	/** 400: a body that is not the JSON the endpoint takes. */
	public ProblemDetail unreadable(HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, UNREADABLE, request);
	}

	/** 400: a field no request of the API sends (such as a list index far past any). */
	public ProblemDetail unknownField(String name, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, UNKNOWN_FIELD, request);
		problem.setDetail(message(UNKNOWN_FIELD, new Object[] { name }, request));
		return problem;
	}

	/** 503: work that waited too long for its turn; nothing was changed. */
	public ProblemDetail busy(HttpServletRequest request) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, BUSY, request);
	}

	/** 503: the database is unreachable; nothing was saved. */
	public ProblemDetail databaseUnavailable(HttpServletRequest request) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, DATABASE_UNAVAILABLE, request);
	}

	/** A problem as a controller advice answers it. */
	public ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(problem);
	}

	/**
	 * A problem as a filter writes it, before Spring MVC (the security chain, the
	 * database's outage): the same fields, in the same order, and the same headers.
	 */
	public void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", (problem.getType() != null) ? problem.getType().toString() : "about:blank");
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.setStatus(problem.getStatus());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// JSON is UTF-8 (RFC 8259) and has no charset parameter, as Spring MVC sends it.
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		byte[] json = this.json.writeValueAsBytes(body);
		try {
			response.getOutputStream().write(json);
		}
		catch (IllegalStateException ex) {
			// Something upstream took the writer already: the same bytes through it.
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(new String(json, StandardCharsets.UTF_8));
		}
	}

	private ProblemDetail problem(HttpStatus status, String detailKey, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(detailKey, null, request));
		try {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		catch (IllegalArgumentException ex) {
			// An address that is not a URI as it stands: the problem goes without one.
		}
		return problem;
	}

	private static ProblemDetail withReason(ProblemDetail problem, String reasonKey, String reason) {
		problem.setProperty("reason", reason);
		problem.setProperty("reasonKey", reasonKey);
		return problem;
	}

	private String message(String key, Object[] arguments, HttpServletRequest request) {
		return this.messages.getMessage(key, arguments, key, this.locales.resolveLocale(request));
	}

	/** A field that is not valid, named as in the request, with its message. */
	public record FieldProblem(String field, String message) {
	}

}
