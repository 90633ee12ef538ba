package org.niaptracker.report.history;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A report's history page, whole or for one action. */
@Controller
class HistoryController {

	private final ReportHistory history;

	HistoryController(ReportHistory history) {
		this.history = history;
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/history")
	String history(@PathVariable String partyCode, @PathVariable String meetingCode,
			@RequestParam(name = "action", required = false) String actionNumber, Model model) {
		model.addAttribute("history", this.history.history(partyCode, meetingCode, actionNumber));
		return "report/history";
	}

}
