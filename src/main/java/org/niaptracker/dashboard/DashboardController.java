package org.niaptracker.dashboard;

import java.util.Locale;
import java.util.Map;

import org.niaptracker.report.ReportValidator;
import org.niaptracker.web.KeptPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public process dashboard, {@code /dashboard}, with its filters as GET parameters.
 */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final ReportValidator validator;

	private final KeptPages keptPages;

	DashboardController(Dashboard dashboard, ReportValidator validator, KeptPages keptPages) {
		this.dashboard = dashboard;
		this.validator = validator;
		this.keptPages = keptPages;
	}

	/**
	 * Read signed out, each view of the dashboard carries a validator from the content's
	 * generation, its filters and the day: asked again with it, the answer is 304 after
	 * that one statement; asked by another reader, the page kept under it is sent, also
	 * without rendering.
	 */
	@GetMapping("/dashboard")
	ModelAndView dashboard(@RequestParam Map<String, String> params, Locale locale, Model model,
			ServletWebRequest request) {
		return this.dashboard
			.page(DashboardFilter.of(params), locale,
					(variant) -> this.validator.answersContent(variant, locale,
							(etag) -> this.keptPages.isKeptWithQuery(request, etag)))
			.map((page) -> {
				model.addAttribute("dashboard", page);
				return new ModelAndView("dashboard/dashboard");
			})
			.orElseGet(() -> this.keptPages.answer(request));
	}

}
