package org.niaptracker.api;

import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.niaptracker.export.ReportDocument;
import org.niaptracker.report.ReportValidator;
import org.niaptracker.web.ConditionalAnswers;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/** Reports with their evaluations. */
@RestController
class ReportsApiController {

	/** The validator's variant: the API's answer, in no particular language. */
	static final String VARIANT = "api-v1";

	private final ApiReader reader;

	private final ReportValidator validator;

	ReportsApiController(ApiReader reader, ReportValidator validator) {
		this.reader = reader;
		this.validator = validator;
	}

	/**
	 * A published report read without signing in carries the pages' validator: asked
	 * again with {@code If-None-Match}, the answer is 304 after one statement.
	 */
	@GetMapping(ApiReader.BASE + "/parties/{partyCode}/reports/{meetingCode}")
	@Tag(name = ApiDocumentation.REPORTS)
	@Operation(summary = "A report with its cover, Part A and evaluations",
			description = "The same shape as the report's JSON download (" + ReportDocument.SCHEMA + "). "
					+ "A draft or a report under review is a 404 for those who may not read it. "
					+ "A published report read anonymously carries an ETag: send it back in If-None-Match "
					+ "and an unchanged report answers 304.")
	@ApiResponse(responseCode = "200", description = "The report",
			headers = @Header(name = HttpHeaders.ETAG, description = "For a published report read anonymously"))
	@ApiResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match",
			content = @Content)
	ResponseEntity<ReportDocument> report(@Parameter(example = "KH") @PathVariable String partyCode,
			@Parameter(example = "SC66") @PathVariable String meetingCode, ServletWebRequest request) {
		// A conditional request is first answered from the validator read on its own (one
		// plain statement), as the report's page is.
		if (ConditionalAnswers.isConditional(request)) {
			Optional<String> current = this.validator.ofPublished(partyCode, meetingCode, VARIANT, Locale.ROOT);
			if (current.isPresent() && ConditionalAnswers.revalidate(request, current.get())) {
				return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(current.get()).build();
			}
		}
		String[] etag = new String[1];
		Optional<ReportDocument> report = this.reader.report(partyCode, meetingCode,
				(found) -> this.validator.of(found, VARIANT, Locale.ROOT).map((value) -> {
					etag[0] = value;
					return ConditionalAnswers.revalidate(request, value);
				}).orElse(false));
		if (report.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag[0]).build();
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (etag[0] != null) {
			answer.eTag(etag[0]);
		}
		return answer.body(report.get());
	}

}
