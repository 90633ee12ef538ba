package org.niaptracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.editing.EvaluationForm;
import org.niaptracker.report.editing.ReportEditingService;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A script saves one action's rating and points, through the service the editor uses: the
 * same rights, the same open-report rule, the same version check.
 */
@RestController
@Tag(name = ApiDocumentation.REPORT_WRITES)
@SecurityRequirement(name = ApiDocumentation.API_TOKEN)
class ApiEvaluationWriteController {

	private final ReportEditingService editing;

	private final ReportReader reports;

	ApiEvaluationWriteController(ReportEditingService editing, ReportReader reports) {
		this.editing = editing;
		this.reports = reports;
	}

	@PutMapping("/api/v1/parties/{partyCode}/reports/{meetingCode}/evaluations/{evaluationId}")
	@Operation(summary = "Save one action's rating and points",
			description = "Replaces the rating and the progress points of one evaluation of a report the "
					+ "token's owner may edit (a focal point's draft or returned report), as the editor does. "
					+ "Send the evaluation's version as last read (the report's JSON or GET of the report); "
					+ "the answer has the new one. Evaluation ids are in the report's JSON.")
	@ApiResponse(responseCode = "200", description = "Saved: the evaluation as stored, with its new version")
	ApiEvaluationResponse save(@Parameter(example = "KH") @PathVariable String partyCode,
			@Parameter(example = "SC67") @PathVariable String meetingCode,
			@Parameter(example = "1234") @PathVariable long evaluationId,
			@Valid @RequestBody ApiEvaluationRequest body) {
		EvaluationForm form = body.toForm();
		this.editing.saveEvaluation(partyCode, meetingCode, evaluationId, form);
		int version = this.reports.findEvaluation(partyCode, meetingCode, evaluationId).getVersion();
		return new ApiEvaluationResponse(evaluationId, form.getRating().isEmpty() ? null : form.getRating(),
				form.pointList(), version);
	}

}
