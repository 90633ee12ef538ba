package org.niaptracker.tracking;

import java.util.Locale;

import org.niaptracker.report.ReportAccess;
import org.niaptracker.report.ReportValidator;
import org.niaptracker.web.KeptPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * A Party's page: its profile, reports and NIAP, with its trend over the meetings and
 * each action's strip of ratings.
 */
@Controller
class PartyPageController {

	private final PartyTrend trend;

	private final ReportAccess access;

	private final ReportValidator validator;

	private final KeptPages keptPages;

	PartyPageController(PartyTrend trend, ReportAccess access, ReportValidator validator, KeptPages keptPages) {
		this.trend = trend;
		this.access = access;
		this.validator = validator;
		this.keptPages = keptPages;
	}

	/**
	 * Read signed out, the page carries a validator from the content's generation: asked
	 * again with it, the answer is 304 after that one statement; asked by another reader,
	 * the page kept under it is sent, also without rendering.
	 */
	@GetMapping("/parties/{partyCode}")
	ModelAndView party(@PathVariable String partyCode, Model model, Locale locale, ServletWebRequest request) {
		return this.trend
			.page(partyCode,
					this.validator.answersContent("party:" + partyCode, locale,
							(etag) -> this.keptPages.isKept(request, etag)))
			.map((page) -> {
				model.addAttribute("canStartReport", this.access.canStartReport(partyCode));
				model.addAttribute("canRecordReport", this.access.canRecordReport());
				model.addAttribute("party", page.party());
				model.addAttribute("profile", page.party().profile());
				model.addAttribute("trend", page);
				return new ModelAndView("tracking/party");
			})
			.orElseGet(() -> this.keptPages.answer(request));
	}

}
