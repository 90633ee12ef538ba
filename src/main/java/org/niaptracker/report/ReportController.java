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

	ReportController(ReportService reportService) {
		this.reportService = reportService;
	}

	@GetMapping("/")
	String parties(Model model) {
		model.addAttribute("parties", this.reportService.listParties());
		return "report/parties";
	}

	@GetMapping("/parties/{partyCode}")
	String party(@PathVariable String partyCode, Model model) {
		model.addAttribute("party", this.reportService.getParty(partyCode));
		return "report/party";
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}")
	String report(@PathVariable String partyCode, @PathVariable String meetingCode, Model model) {
		model.addAttribute("report", this.reportService.getReport(partyCode, meetingCode));
		return "report/report";
	}

}
