package org.niaptracker.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.niaptracker.model.BusyException;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RuleViolationException;
import org.niaptracker.model.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where the domain's refusals become pages:
 * <ul>
 * <li>a stale version (a form opened before someone else saved, or a race lost at commit)
 * is the 409 page, showing what changed where the service could say;</li>
 * <li>a broken rule of the domain is the 409 page with its message;</li>
 * <li>a missing Party, report or record is the 404 page;</li>
 * <li>a form field beyond what any form sends (a list row far past the last) is the 400
 * page;</li>
 * <li>no connection to the database is the 503 page, within the pool's few seconds of
 * timeout: nothing was saved. (Before MVC, where signed-in sessions are loaded,
 * {@code system.DatabaseUnavailableFilter} answers the same page.)</li>
 * <li>work that waited too long for its turn ({@link BusyException}, such as a PDF
 * waiting for a rendering slot) is the 503 page that says the server is busy.</li>
 * </ul>
 * Refused permissions stay with Spring Security (sign-in or 403); a form value the domain
 * rejects is shown beside its field by the form's own controller.
 * <p>
 * The public API ({@value ApiRequests#PATH}) gets the same statuses as problem details
 * (RFC 9457, {@code application/problem+json}) instead of pages: each kind of refusal is
 * decided here once, for pages and API alike, and worded by {@link ApiRefusals}, as the
 * API's own advice words the refusals of its writes. (Spring MVC's own refusals of an API
 * request, such as a parameter that is not a number, are the API's:
 * {@code api.ApiErrors}.)
 */
@ControllerAdvice
class ErrorBoundary {

	private static final Logger logger = LoggerFactory.getLogger(ErrorBoundary.class);

	/** Where to find the latest version of what a refused post tried to change. */
	private static final Pattern EDITOR = Pattern
		.compile("^(/parties/[^/]+/reports/[^/]+)/(evaluations/[^/]+|part-a|cover)$");

	private static final Pattern REVIEW = Pattern.compile("^(/parties/[^/]+/reports/[^/]+/review)(/.*)?$");

	private static final Pattern REPORT = Pattern.compile("^(/parties/[^/]+/reports/[^/]+)(/.*)?$");

	private static final Pattern ACCOUNT = Pattern.compile("^(/admin/users/[0-9]+)(/.*)?$");

	private static final Pattern ADMIN_RECORD = Pattern
		.compile("^(/admin/(?:parties|meetings|scales)/[^/]+(?:/mappings/[^/]+)?)(/delete)?$");

	private final ApiRefusals api;

	ErrorBoundary(ApiRefusals api) {
		this.api = api;
	}

	@ExceptionHandler(StaleVersionException.class)
	Object staleVersion(StaleVersionException ex, HttpServletRequest request) {
		logger.debug("Conflict on {}: {}", request.getRequestURI(), ex.getMessage());
		if (ApiRequests.isApi(request)) {
			return this.api.answer(this.api.stale(request));
		}
		ModelAndView page = conflictPage(request);
		page.addObject("detail", ex.getDetail());
		return page;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object lostRace(OptimisticLockingFailureException ex, HttpServletRequest request) {
		logger.debug("Concurrent change on {}: {}", request.getRequestURI(), ex.getMessage());
		if (ApiRequests.isApi(request)) {
			return this.api.answer(this.api.stale(request));
		}
		return conflictPage(request);
	}

	@ExceptionHandler(RuleViolationException.class)
	Object ruleViolation(RuleViolationException ex, HttpServletRequest request) {
		logger.debug("Refused on {}: {}", request.getRequestURI(), ex.getMessage());
		if (ApiRequests.isApi(request)) {
			return this.api.answer(this.api.refused(ex.getMessageKey(), request));
		}
		ModelAndView page = conflictPage(request);
		page.addObject("refusal", ex.getMessageKey());
		return page;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request) {
		logger.debug("Not found on {}: {}", request.getRequestURI(), ex.getMessage());
		if (ApiRequests.isApi(request)) {
			return this.api.answer(this.api.notFound(request));
		}
		return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
	}

	/**
	 * A form field no page of ours sends, such as the 5000th row of a list: the 400 page.
	 */
	@ExceptionHandler(InvalidPropertyException.class)
	Object invalidProperty(InvalidPropertyException ex, HttpServletRequest request) {
		logger.debug("Refused field on {}: {}", request.getRequestURI(), ex.getMessage());
		if (ApiRequests.isApi(request)) {
			return this.api.answer(this.api.unknownField(ex.getPropertyName(), request));
		}
		return new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			JDBCConnectionException.class })
	Object databaseUnavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		logger.warn("The database is not available: answered {} {} with 503 ({})", request.getMethod(),
				request.getRequestURI(), ex.getMessage());
		response.setHeader("Retry-After", "5");
		if (ApiRequests.isApi(request)) {
			return this.api.answer(this.api.databaseUnavailable(request));
		}
		response.setHeader("Cache-Control", "no-store");
		return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
	}

	@ExceptionHandler(BusyException.class)
	Object busy(BusyException ex, HttpServletRequest request, HttpServletResponse response) {
		logger.warn("Busy: answered {} {} with 503 ({})", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		response.setHeader("Retry-After", "10");
		if (ApiRequests.isApi(request)) {
			return this.api.answer(this.api.busy(request));
		}
		response.setHeader("Cache-Control", "no-store");
		return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE).addObject("reason", "error.busy");
	}

	private static ModelAndView conflictPage(HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/409", HttpStatus.CONFLICT);
		page.addObject("latestPath", latestPath(request.getRequestURI().substring(request.getContextPath().length())));
		return page;
	}

	/** The page that shows the latest version of what the request tried to change. */
	static String latestPath(String path) {
		Matcher editor = EDITOR.matcher(path);
		if (editor.matches()) {
			return editor.group(1) + "/edit";
		}
		for (Pattern page : new Pattern[] { REVIEW, REPORT, ACCOUNT, ADMIN_RECORD }) {
			Matcher matcher = page.matcher(path);
			if (matcher.matches()) {
				return matcher.group(1);
			}
		}
		return null;
	}

}
