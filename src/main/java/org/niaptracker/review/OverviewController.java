package org.niaptracker.review;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Secretariat's overview of every Party's report to a meeting. */
@Controller
class OverviewController {

	private final OverviewService overviews;

	OverviewController(OverviewService overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/overview")
	String latest() {
		return "redirect:/meetings/" + this.overviews.latestMeetingCode() + "/overview";
	}

	@GetMapping("/meetings/{meetingCode}/overview")
	String overview(@PathVariable String meetingCode, Model model) {
		model.addAttribute("overview", this.overviews.overview(meetingCode));
		return "review/overview";
	}

}
