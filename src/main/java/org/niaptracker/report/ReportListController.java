package org.niaptracker.report;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The list of Parties with their reports, and one Party's NIAP and reports. */
@Controller
class ReportListController {

	private final ReportReader reports;

	private final ReportAccess access;

	ReportListController(ReportReader reports, ReportAccess access) {
		this.reports = reports;
		this.access = access;
	}

	@GetMapping("/")
	String parties(Model model) {
		model.addAttribute("parties", this.reports.listParties());
		return "report/parties";
	}

	@GetMapping("/parties/{partyCode}")
	String party(@PathVariable String partyCode, Model model) {
		model.addAttribute("party", this.reports.getParty(partyCode));
		model.addAttribute("canStartReport", this.access.canStartReport(partyCode));
		return "report/party";
	}

}
