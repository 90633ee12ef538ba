package org.niaptracker.api;

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
	ApiReportWriteResponse savePartA(@PathVariable String partyCode, @PathVariable String meetingCode,
			@Valid @RequestBody ApiReportPartARequest body) {
		this.editing.savePartA(partyCode, meetingCode, body.toForm());
		return saved(partyCode, meetingCode);
	}

	@PostMapping("/api/v1/parties/{partyCode}/reports/{meetingCode}/lifecycle/{step}")
	ApiReportWriteResponse move(@PathVariable String partyCode, @PathVariable String meetingCode,
			@PathVariable String step, @Valid @RequestBody ApiReportTransitionRequest body) {
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
