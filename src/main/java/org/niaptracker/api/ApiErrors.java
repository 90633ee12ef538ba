package org.niaptracker.api;

import jakarta.servlet.http.HttpServletRequest;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.web.ApiRefusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's own refusals, as problem details (RFC 9457):
 * <ul>
 * <li>Spring MVC's refusals of a request (a parameter that is not a number, a page size
 * beyond the cap, a missing parameter, an unsupported method or media type): 400, 405,
 * 406 and so on, with Spring's standard problem details;</li>
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

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> refused(AccessDeniedException ex, HttpServletRequest request) {
		logger.debug("Refused: {}", ex.getMessage());
		if (CurrentUser.get().isEmpty()) {
			return this.refusals.answer(this.refusals.notFound(request));
		}
		return this.refusals.answer(this.refusals.forbidden(request));
	}

}
