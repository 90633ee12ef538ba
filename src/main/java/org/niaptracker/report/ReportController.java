package org.niaptracker.report;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Reading pages: the list of Parties, a Party's NIAP and reports, and one report (Parts
 * A, B and C).
 */
@Controller
class ReportController {

	private final ReportService reportService;

	private final ReportAccess access;

	ReportController(ReportService reportService, ReportAccess access) {
		this.reportService = reportService;
		this.access = access;
	}

	@GetMapping("/")
	String parties(Model model) {
		model.addAttribute("parties", this.reportService.listParties());
		return "report/parties";
	}

	@GetMapping("/parties/{partyCode}")
	String party(@PathVariable String partyCode, Model model) {
		model.addAttribute("party", this.reportService.getParty(partyCode));
		model.addAttribute("canStartReport", this.access.canStartReport(partyCode));
		return "report/party";
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}")
	String report(@PathVariable String partyCode, @PathVariable String meetingCode, Model model) {
		ReportView report = this.reportService.getReport(partyCode, meetingCode);
		model.addAttribute("report", report);
		model.addAttribute("canEdit", this.access.canEdit(partyCode, report.status()));
		return "report/report";
	}

}
