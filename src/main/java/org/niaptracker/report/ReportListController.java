package org.niaptracker.report;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of Parties with their reports, and one action's history (the Party page is
 * {@code tracking.PartyPageController}, which adds the Party's trend).
 */
@Controller
class ReportListController {

	private final ReportReader reports;

	private final ActionHistory actionHistory;

	ReportListController(ReportReader reports, ActionHistory actionHistory) {
		this.reports = reports;
		this.actionHistory = actionHistory;
	}

	@GetMapping("/")
	String parties(@RequestParam(defaultValue = "0") int page, Model model) {
		ReportReader.PartyPage parties = this.reports.listParties(page);
		model.addAttribute("page", parties);
		model.addAttribute("parties", parties.parties());
		return "report/parties";
	}

	/** One action across the revisions of the plan and the reports that rated it. */
	@GetMapping("/parties/{partyCode}/actions/{lineageId}")
	String action(@PathVariable String partyCode, @PathVariable long lineageId, Model model) {
		model.addAttribute("action", this.actionHistory.of(partyCode, lineageId));
		return "report/action";
	}

}
