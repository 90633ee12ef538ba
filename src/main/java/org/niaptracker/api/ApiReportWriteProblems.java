package org.niaptracker.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.niaptracker.importing.ImportRefusedException;
import org.niaptracker.importing.ReportImportService;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.model.RuleViolationException;
import org.niaptracker.model.StaleVersionException;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.lifecycle.TransitionRefusedException;
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
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The API writes' refusals as RFC 9457 problem details, in the reader's language:
 * <ul>
 * <li>400 for a body that is not valid, with {@code errors}: one {@code field} and
 * {@code message} each, named as in the JSON;</li>
 * <li>404 for a report, evaluation or step that does not exist for this account;</li>
 * <li>409 for a stale version (with {@code currentVersion}, and the report's
 * {@code currentStatus}) or a move the report's status or checks do not allow;</li>
 * <li>for imports: 413 for a document over the limit, 422 for one the import refuses
 * (with {@code reason} and {@code reasonKey}), 409 with {@code blockers} for an upload
 * that cannot be confirmed, and 400 for a confirmation that misses a day.</li>
 * </ul>
 * Refused rights stay with Spring Security (401, 403), as on the pages.
 */
@RestControllerAdvice(assignableTypes = { ApiEvaluationWriteController.class, ApiReportWriteController.class,
		ApiImportController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiReportWriteProblems {

	private static final Logger logger = LoggerFactory.getLogger(ApiReportWriteProblems.class);

	private final MessageSource messages;

	private final ObjectProvider<ReportReader> reports;

	/**
	 * The report reader is looked up when a conflict needs it, so that web slices of
	 * other controllers, where this advice is loaded too, need none.
	 */
	ApiReportWriteProblems(MessageSource messages, ObjectProvider<ReportReader> reports) {
		this.messages = messages;
		this.reports = reports;
	}

	@ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class })
	ResponseEntity<ProblemDetail> stale(RuntimeException ex, HttpServletRequest request, Locale locale) {
		logger.debug("API conflict on {}: {}", request.getRequestURI(), ex.getMessage());
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "apiWrite.stale", request, locale);
		current(request, problem);
		return answer(problem);
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException ex, HttpServletRequest request, Locale locale) {
		return refused(ex.getMessageKey(), request, locale);
	}

	@ExceptionHandler(TransitionRefusedException.class)
	ResponseEntity<ProblemDetail> transitionRefused(TransitionRefusedException ex, HttpServletRequest request,
			Locale locale) {
		return refused(ex.getMessageKey(), request, locale);
	}

	@ExceptionHandler(ImportRefusedException.class)
	ResponseEntity<ProblemDetail> importRefused(ImportRefusedException ex, HttpServletRequest request, Locale locale) {
		logger.debug("API import refused on {}: {} ({})", request.getRequestURI(), ex.getMessageKey(), ex.getMessage());
		String key = ex.getMessageKey();
		String reason = this.messages.getMessage(key, new Object[] { ReportImportService.MAX_BYTES / (1024 * 1024),
				(ex.getDetail() != null) ? ex.getDetail() : "" }, key, locale);
		if (key.startsWith("importing.refused.") || key.startsWith("importing.blocker.")) {
			HttpStatus status = key.equals("importing.refused.tooLarge") ? HttpStatus.CONTENT_TOO_LARGE
					: key.startsWith("importing.blocker.") ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
			ProblemDetail problem = problem(status,
					(status == HttpStatus.CONFLICT) ? "apiImport.blocked" : "apiImport.refused", request, locale);
			problem.setProperty("reason", reason);
			problem.setProperty("reasonKey", key);
			return answer(problem);
		}
		// What the confirmation lacks: the day the report was sent, or the plan's.
		String field = key.startsWith("importing.planOffer.") ? "planAdoptedOn" : "submittedOn";
		return invalid(List.of(Map.of("field", field, "message", reason)), request, locale);
	}

	@ExceptionHandler(ApiImportBlockedException.class)
	ResponseEntity<ProblemDetail> importBlocked(ApiImportBlockedException ex, HttpServletRequest request,
			Locale locale) {
		logger.debug("API import blocked on {}: {}", request.getRequestURI(), ex.getMessage());
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "apiImport.blocked", request, locale);
		problem.setProperty("blockers", ApiImportViews.notes(ex.getBlockers(), this.messages, locale));
		return answer(problem);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
		logger.debug("API not found on {}: {}", request.getRequestURI(), ex.getMessage());
		return answer(problem(HttpStatus.NOT_FOUND, "apiWrite.notFound", request, locale));
	}

	@ExceptionHandler(RejectedValueException.class)
	ResponseEntity<ProblemDetail> rejected(RejectedValueException ex, HttpServletRequest request, Locale locale) {
		return invalid(
				List.of(Map.of("field", ex.getField(), "message",
						this.messages.getMessage(ex.getMessageKey(), null, ex.getMessageKey(), locale))),
				request, locale);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException ex, HttpServletRequest request,
			Locale locale) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map((error) -> Map.of("field",
					(error instanceof FieldError field) ? field.getField() : error.getObjectName(), "message",
					this.messages.getMessage(error, locale)))
			.toList();
		return invalid(errors, request, locale);
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
	ResponseEntity<ProblemDetail> unreadable(Exception ex, HttpServletRequest request, Locale locale) {
		logger.debug("API unreadable request on {}: {}", request.getRequestURI(), ex.getMessage());
		return answer(problem(HttpStatus.BAD_REQUEST, "apiWrite.unreadable", request, locale));
	}

	private ResponseEntity<ProblemDetail> refused(String messageKey, HttpServletRequest request, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "apiWrite.conflict", request, locale);
		problem.setProperty("reason", this.messages.getMessage(messageKey, null, messageKey, locale));
		problem.setProperty("reasonKey", messageKey);
		return answer(problem);
	}

	private ResponseEntity<ProblemDetail> invalid(List<Map<String, String>> errors, HttpServletRequest request,
			Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "apiWrite.invalid", request, locale);
		problem.setProperty("errors", errors);
		return answer(problem);
	}

	/**
	 * The version (and status) stored now of what the request tried to change, which the
	 * account may edit since the version check comes after the rights check.
	 */
	@SuppressWarnings("unchecked")
	private void current(HttpServletRequest request, ProblemDetail problem) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables == null || variables.get("partyCode") == null || variables.get("meetingCode") == null) {
			return;
		}
		ReportReader reports = this.reports.getIfAvailable();
		if (reports == null) {
			return;
		}
		try {
			String evaluationId = variables.get("evaluationId");
			if (evaluationId != null) {
				problem.setProperty("currentVersion",
						reports
							.findEvaluation(variables.get("partyCode"), variables.get("meetingCode"),
									Long.parseLong(evaluationId))
							.getVersion());
			}
			else {
				ReportingPeriod report = reports.find(variables.get("partyCode"), variables.get("meetingCode"));
				problem.setProperty("currentVersion", report.getVersion());
				problem.setProperty("currentStatus", report.getStatus().name());
			}
		}
		catch (RuntimeException ex) {
			logger.debug("No current version for {}: {}", request.getRequestURI(), ex.getMessage());
		}
	}

	private ProblemDetail problem(HttpStatus status, String messageKey, HttpServletRequest request, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(messageKey, null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).header("Cache-Control", "no-store").body(problem);
	}

}
