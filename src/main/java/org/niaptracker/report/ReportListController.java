package org.niaptracker.report;

import java.util.Locale;

import org.niaptracker.web.KeptPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The list of Parties with their reports, and one action's history (the Party page is
 * {@code tracking.PartyPageController}, which adds the Party's trend).
 */
@Controller
class ReportListController {

	private final ReportReader reports;

	private final ActionHistory actionHistory;

	private final ReportValidator validator;

	private final KeptPages keptPages;

	ReportListController(ReportReader reports, ActionHistory actionHistory, ReportValidator validator,
			KeptPages keptPages) {
		this.reports = reports;
		this.actionHistory = actionHistory;
		this.validator = validator;
		this.keptPages = keptPages;
	}

	/**
	 * The list of Parties. Read signed out, it carries a validator from the content's
	 * generation and the page's number: asked again with it, the answer is 304 after that
	 * one statement; asked by another reader, the page kept under it is sent, also
	 * without rendering, whatever the page's number.
	 */
	@GetMapping("/")
	ModelAndView parties(@RequestParam(defaultValue = "0") int page, Model model, Locale locale,
			ServletWebRequest request) {
		return this.reports
			.listParties(page,
					this.validator.answersContent("parties:" + page, locale,
							(etag) -> this.keptPages.isKeptWithQuery(request, etag)))
			.map((parties) -> {
				model.addAttribute("page", parties);
				model.addAttribute("parties", parties.parties());
				return new ModelAndView("report/parties");
			})
			.orElseGet(() -> this.keptPages.answer(request));
	}

	/** One action across the revisions of the plan and the reports that rated it. */
	@GetMapping("/parties/{partyCode}/actions/{lineageId}")
	String action(@PathVariable String partyCode, @PathVariable long lineageId, Model model) {
		model.addAttribute("action", this.actionHistory.of(partyCode, lineageId));
		return "report/action";
	}

}
