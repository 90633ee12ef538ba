package org.niaptracker.tracking;

import org.niaptracker.report.ReportAccess;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A Party's page: its profile, reports and NIAP, with its trend over the meetings and
 * each action's strip of ratings.
 */
@Controller
class PartyPageController {

	private final PartyTrend trend;

	private final ReportAccess access;

	PartyPageController(PartyTrend trend, ReportAccess access) {
		this.trend = trend;
		this.access = access;
	}

	@GetMapping("/parties/{partyCode}")
	String party(@PathVariable String partyCode, Model model) {
		model.addAttribute("canStartReport", this.access.canStartReport(partyCode));
		model.addAttribute("canRecordReport", this.access.canRecordReport());
		PartyTrend.PartyPage page = this.trend.page(partyCode);
		model.addAttribute("party", page.party());
		model.addAttribute("profile", page.party().profile());
		model.addAttribute("trend", page);
		return "tracking/party";
	}

}
