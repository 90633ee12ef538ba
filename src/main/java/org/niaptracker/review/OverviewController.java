package org.niaptracker.review;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A meeting's two overviews: the public one, as the Standing Committee's document prints
 * it (published reports and published ratings only), and the Secretariat's, where each
 * report stands (drafts, statuses, dates and its own unpublished ratings).
 */
@Controller
class OverviewController {

	private final OverviewService overviews;

	OverviewController(OverviewService overviews) {
		this.overviews = overviews;
	}

	/** The Secretariat's overview of the newest meeting. */
	@GetMapping("/overview")
	String latest() {
		return "redirect:/meetings/" + this.overviews.latestMeetingCode() + "/reports";
	}

	/**
	 * Public: the published reports' shares per rating, for anyone, a page of Parties at
	 * a time ({@link OverviewPages}).
	 */
	@GetMapping("/meetings/{meetingCode}/overview")
	String published(@PathVariable String meetingCode, @RequestParam(defaultValue = "1") int page, Locale locale,
			Model model) {
		model.addAttribute("overview", this.overviews.publishedPage(meetingCode, locale, page));
		return "review/published-overview";
	}

	/**
	 * The Secretariat's and administrators': where every Party's report stands, a page of
	 * Parties at a time.
	 */
	@GetMapping("/meetings/{meetingCode}/reports")
	String reports(@PathVariable String meetingCode, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("overview", this.overviews.overview(meetingCode, page));
		return "review/overview";
	}

}
