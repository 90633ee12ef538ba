package org.niaptracker.api;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.niaptracker.importing.ImportRefusedException;
import org.niaptracker.importing.ReportImportService;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.model.StaleVersionException;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.lifecycle.TransitionRefusedException;
import org.niaptracker.web.ApiRefusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What only the API's writes add to a refusal, each built by {@code web.ApiRefusals}, the
 * one place that words the API's problem details (RFC 9457) in the reader's language:
 * <ul>
 * <li>400 for a body that is not valid, with {@code errors}: one {@code field} and
 * {@code message} each, named as in the JSON;</li>
 * <li>409 for a stale version, with {@code currentVersion} (and the report's
 * {@code currentStatus}), and for a life-cycle move the report's status or checks do not
 * allow, with {@code reason} and {@code reasonKey};</li>
 * <li>for imports: 413 for a document over the limit, 422 for one the import refuses
 * (with {@code reason} and {@code reasonKey}), 409 with {@code blockers} for an upload
 * that cannot be confirmed, and 400 for a confirmation that misses a day.</li>
 * </ul>
 * A report, evaluation or step that does not exist for this account (404) and a broken
 * rule (409, with {@code reason} and {@code reasonKey}) are the error boundary's, as for
 * any API request; refused rights stay with Spring Security (401, 403), as on the pages.
 */
@RestControllerAdvice(assignableTypes = { ApiEvaluationWriteController.class, ApiReportWriteController.class,
		ApiImportController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiReportWriteProblems {

	private static final Logger logger = LoggerFactory.getLogger(ApiReportWriteProblems.class);

	private final ApiRefusals refusals;

	private final MessageSource messages;

	private final ObjectProvider<ReportReader> reports;

	/**
	 * The report reader is looked up when a conflict needs it, so that web slices of
	 * other controllers, where this advice is loaded too, need none.
	 */
	ApiReportWriteProblems(ApiRefusals refusals, MessageSource messages, ObjectProvider<ReportReader> reports) {
		this.refusals = refusals;
		this.messages = messages;
		this.reports = reports;
	}

	@ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> stale(RuntimeException ex, HttpServletRequest request) {
		logger.debug("API conflict on {}: {}", request.getRequestURI(), ex.getMessage());
		return current(request);
	}

	@ExceptionHandler(TransitionRefusedException.class)
	ResponseEntity<ProblemDetail> transitionRefused(TransitionRefusedException ex, HttpServletRequest request) {
		return this.refusals.answer(this.refusals.refused(ex.getMessageKey(), request));
	}

	@ExceptionHandler(ImportRefusedException.class)
	ResponseEntity<ProblemDetail> importRefused(ImportRefusedException ex, HttpServletRequest request, Locale locale) {
		logger.debug("API import refused on {}: {} ({})", request.getRequestURI(), ex.getMessageKey(), ex.getMessage());
		String key = ex.getMessageKey();
		Object[] arguments = { ReportImportService.MAX_BYTES / (1024 * 1024),
				(ex.getDetail() != null) ? ex.getDetail() : "" };
		if (key.startsWith("importing.refused.") || key.startsWith("importing.blocker.")) {
			HttpStatus status = key.equals("importing.refused.tooLarge") ? HttpStatus.CONTENT_TOO_LARGE
					: key.startsWith("importing.blocker.") ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
			return this.refusals.answer(this.refusals.importRefused(status, key,
					this.messages.getMessage(key, arguments, key, locale), request));
		}
		// What the confirmation lacks: the day the report was sent, or the plan's.
		String field = key.startsWith("importing.planOffer.") ? "planAdoptedOn" : "submittedOn";
		return this.refusals.answer(this.refusals.invalid(field, key, arguments, request));
	}

	@ExceptionHandler(ApiImportBlockedException.class)
	ResponseEntity<ProblemDetail> importBlocked(ApiImportBlockedException ex, HttpServletRequest request,
			Locale locale) {
		logger.debug("API import blocked on {}: {}", request.getRequestURI(), ex.getMessage());
		return this.refusals.answer(
				this.refusals.importBlocked(ApiImportViews.notes(ex.getBlockers(), this.messages, locale), request));
	}

	@ExceptionHandler(RejectedValueException.class)
	ResponseEntity<ProblemDetail> rejected(RejectedValueException ex, HttpServletRequest request) {
		return this.refusals.answer(this.refusals.invalid(ex.getField(), ex.getMessageKey(), null, request));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException ex, HttpServletRequest request) {
		return this.refusals.answer(this.refusals.invalid(ex.getBindingResult(), request));
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<ProblemDetail> unreadable(Exception ex, HttpServletRequest request) {
		logger.debug("API unreadable request on {}: {}", request.getRequestURI(), ex.getMessage());
		return this.refusals.answer(this.refusals.unreadable(request));
	}

	/**
	 * The stale version's 409 with the version (and status) stored now of what the
	 * request tried to change, which the account may edit since the version check comes
	 * after the rights check.
	 */
	@SuppressWarnings("unchecked")
	private ResponseEntity<ProblemDetail> current(HttpServletRequest request) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		ReportReader reports = this.reports.getIfAvailable();
		if (variables == null || variables.get("partyCode") == null || variables.get("meetingCode") == null
				|| reports == null) {
			return this.refusals.answer(this.refusals.stale(request));
		}
		try {
			String evaluationId = variables.get("evaluationId");
			if (evaluationId != null) {
				int version = reports
					.findEvaluation(variables.get("partyCode"), variables.get("meetingCode"),
							Long.parseLong(evaluationId))
					.getVersion();
				return this.refusals.answer(this.refusals.stale(version, null, request));
			}
			ReportingPeriod report = reports.find(variables.get("partyCode"), variables.get("meetingCode"));
			return this.refusals.answer(this.refusals.stale(report.getVersion(), report.getStatus().name(), request));
		}
		catch (RuntimeException ex) {
			logger.debug("No current version for {}: {}", request.getRequestURI(), ex.getMessage());
			return this.refusals.answer(this.refusals.stale(request));
		}
	}

}
