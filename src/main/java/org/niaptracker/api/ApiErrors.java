package org.niaptracker.api;

import jakarta.servlet.http.HttpServletRequest;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.web.ApiRefusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's own refusals, as problem details (RFC 9457):
 * <ul>
 * <li>Spring MVC's refusals of a request (a path variable that is not a number, a missing
 * parameter, an unsupported method or media type): 400, 405, 406 and so on, with Spring's
 * standard problem details;</li>
 * <li>a query object that does not bind or validate (a page or size out of range or not a
 * number): 400 with {@code errors}, each field with its message in the caller's
 * language;</li>
 * <li>a refused permission: for a caller who is not signed in, what it may not see does
 * not exist (404, as a signed-in reader gets for a report it may not read; there is no
 * sign-in page to send a script to); for a signed-in caller, 403, both worded by
 * {@code web.ApiRefusals}, as every other refusal of the API.</li>
 * </ul>
 * The domain's refusals (not found, stale version, broken rule, database unavailable)
 * keep their one place, {@code web.ErrorBoundary}, which answers the API with problem
 * details too. Applies to the API's controllers only, ahead of that boundary.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiErrors.class);

	private final ApiRefusals refusals;

	ApiErrors(ApiRefusals refusals) {
		this.refusals = refusals;
	}

	/**
	 * A query object that does not bind or validate (a {@link PageQuery} out of range or
	 * not a number): 400 with each field and its message, as a write's invalid body.
	 */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
		logger.debug("Not valid on {}: {}", servletRequest.getRequestURI(), ex.getMessage());
		ResponseEntity<ProblemDetail> answer = this.refusals
			.answer(this.refusals.invalid(ex.getBindingResult(), servletRequest));
		return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body(answer.getBody());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> refused(AccessDeniedException ex, HttpServletRequest request) {
		logger.debug("Refused: {}", ex.getMessage());
		if (CurrentUser.get().isEmpty()) {
			return this.refusals.answer(this.refusals.notFound(request));
		}
		return this.refusals.answer(this.refusals.forbidden(request));
	}

}
