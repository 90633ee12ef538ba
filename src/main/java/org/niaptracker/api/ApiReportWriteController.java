package org.niaptracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.editing.ReportEditingService;
import org.niaptracker.report.lifecycle.LifecycleStep;
import org.niaptracker.report.lifecycle.ReportLifecycleService;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A script saves a report's Part A and moves the report through its life cycle (submit;
 * for the Secretariat return, accept, publish, record; for administrators reopen),
 * through the services the pages use.
 */
@RestController
@Tag(name = ApiDocumentation.REPORT_WRITES)
@SecurityRequirement(name = ApiDocumentation.API_TOKEN)
class ApiReportWriteController {

	private final ReportEditingService editing;

	private final ReportLifecycleService lifecycle;

	private final ReportReader reports;

	ApiReportWriteController(ReportEditingService editing, ReportLifecycleService lifecycle, ReportReader reports) {
		this.editing = editing;
		this.lifecycle = lifecycle;
		this.reports = reports;
	}

	@PutMapping("/api/v1/parties/{partyCode}/reports/{meetingCode}/part-a")
	@Operation(summary = "Save a report's Part A",
			description = "Replaces the three sections of Part A (paragraphs separated by a blank line) "
					+ "of a report the token's owner may edit, with the report's version as last read.")
	@ApiResponse(responseCode = "200", description = "Saved: the report's status and new version")
	ApiReportWriteResponse savePartA(@Parameter(example = "KH") @PathVariable String partyCode,
			@Parameter(example = "SC67") @PathVariable String meetingCode,
			@Valid @RequestBody ApiReportPartARequest body) {
		this.editing.savePartA(partyCode, meetingCode, body.toForm());
		return saved(partyCode, meetingCode);
	}

	@PostMapping("/api/v1/parties/{partyCode}/reports/{meetingCode}/lifecycle/{step}")
	@Operation(summary = "Move a report through its life cycle",
			description = "submit (the Party's focal point, once the report passes its checks); return, "
					+ "accept, publish, record (the Secretariat); reopen (an administrator). Return and "
					+ "reopen need a message. Send the report's version as last read; a move its status or "
					+ "checks do not allow is a 409 with the reason.")
	@ApiResponse(responseCode = "200", description = "Moved: the report's new status and version")
	ApiReportWriteResponse move(@Parameter(example = "KH") @PathVariable String partyCode,
			@Parameter(example = "SC67") @PathVariable String meetingCode,
			@Parameter(example = "submit",
					schema = @Schema(allowableValues = { "submit", "return", "accept", "publish", "record",
							"reopen" })) @PathVariable String step,
			@Valid @RequestBody ApiReportTransitionRequest body) {
		LifecycleStep move = LifecycleStep.fromPath(step)
			.orElseThrow(() -> new NotFoundException("No life-cycle step " + step));
		this.lifecycle.move(partyCode, meetingCode, move, body.toForm());
		return saved(partyCode, meetingCode);
	}

	private ApiReportWriteResponse saved(String partyCode, String meetingCode) {
		ReportingPeriod report = this.reports.find(partyCode, meetingCode);
		return new ApiReportWriteResponse(partyCode, meetingCode, report.getStatus().name(), report.getVersion());
	}

}
