package org.niaptracker.api;

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
class ApiEvaluationWriteController {

	private final ReportEditingService editing;

	private final ReportReader reports;

	ApiEvaluationWriteController(ReportEditingService editing, ReportReader reports) {
		this.editing = editing;
		this.reports = reports;
	}

	@PutMapping("/api/v1/parties/{partyCode}/reports/{meetingCode}/evaluations/{evaluationId}")
	ApiEvaluationResponse save(@PathVariable String partyCode, @PathVariable String meetingCode,
			@PathVariable long evaluationId, @Valid @RequestBody ApiEvaluationRequest body) {
		EvaluationForm form = body.toForm();
		this.editing.saveEvaluation(partyCode, meetingCode, evaluationId, form);
		int version = this.reports.findEvaluation(partyCode, meetingCode, evaluationId).getVersion();
		return new ApiEvaluationResponse(evaluationId, form.getRating().isEmpty() ? null : form.getRating(),
				form.pointList(), version);
	}

}
