package org.niaptracker.review;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.niaptracker.report.ReportValidator;
import org.niaptracker.links.Addresses;
import org.niaptracker.web.KeptFragments;
import org.niaptracker.web.KeptPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * A meeting's two overviews: the public one, as the Standing Committee's document prints
 * it (published reports and published ratings only), and the Secretariat's, where each
 * report stands (drafts, statuses, dates and its own unpublished ratings).
 */
@Controller
class OverviewController {

	private final OverviewService overviews;

	private final KeptFragments fragments;

	private final ReportValidator validator;

	private final KeptPages keptPages;

	OverviewController(OverviewService overviews, KeptFragments fragments, ReportValidator validator,
			KeptPages keptPages) {
		this.overviews = overviews;
		this.fragments = fragments;
		this.validator = validator;
		this.keptPages = keptPages;
	}

	/** The Secretariat's overview of the newest meeting. */
	@GetMapping("/overview")
	String latest() {
		return "redirect:/meetings/" + this.overviews.latestMeetingCode() + "/reports";
	}

	/**
	 * Public: the published reports' shares per rating, for anyone, a page of Parties at
	 * a time ({@link OverviewPages}). Read signed out, each page carries a validator from
	 * the content's generation: asked again with it, the answer is 304 after that one
	 * statement; asked by another reader, the page kept under it is sent, also without
	 * rendering.
	 */
	@GetMapping("/meetings/{meetingCode}/overview")
	ModelAndView published(@PathVariable String meetingCode, @RequestParam(defaultValue = "1") int page, Locale locale,
			Model model, ServletWebRequest request) {
		return this.overviews.publishedPage(meetingCode, locale, page,
				this.validator.answersContent("overview:" + meetingCode + ":" + page, locale,
						(etag) -> this.keptPages.isKeptWithQuery(request, etag)))
			.map((overview) -> {
				model.addAttribute("overview", overview);
				// The page's content, all of its rendering but the layout, as its
				// template draws these values; kept for the next reader who sees the
				// same (the page itself is kept only for readers signed out).
				Map<String, Object> content = Map.of("overview", overview, "links",
						new Addresses(request.getRequest().getContextPath()), "internalLink",
						this.overviews.mayReadStatuses());
				model.addAttribute("keptContent",
						this.fragments.render("review/published-overview-content", "content", locale, content));
				return new ModelAndView("review/published-overview");
			})
			.orElseGet(() -> this.keptPages.answer(request));
	}

	/**
	 * The Secretariat's and administrators': where every Party's report stands, a page of
	 * Parties at a time.
	 */
	@GetMapping("/meetings/{meetingCode}/reports")
	String reports(@PathVariable String meetingCode, @RequestParam(defaultValue = "1") int page, Locale locale,
			Model model, HttpServletRequest request) {
		MeetingOverview overview = this.overviews.overview(meetingCode, page);
		model.addAttribute("overview", overview);
		// The page's content, all of its rendering but the layout, as its template draws
		// these values; kept for the next reader of the same page.
		model.addAttribute("keptContent", this.fragments.render("review/overview-content", "content", locale,
				Map.of("overview", overview, "links", new Addresses(request.getContextPath()))));
		return "review/overview";
	}

}
