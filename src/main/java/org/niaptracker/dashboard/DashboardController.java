package org.niaptracker.dashboard;

import java.util.HashMap;
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

	private final KeptFragments fragments;

	DashboardController(Dashboard dashboard, ReportValidator validator, KeptPages keptPages, KeptFragments fragments) {
		this.dashboard = dashboard;
		this.validator = validator;
		this.keptPages = keptPages;
		this.fragments = fragments;
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
				model.addAttribute("table", table(page, locale, request.getRequest()));
				return new ModelAndView("dashboard/dashboard");
			})
			.orElseGet(() -> this.keptPages.answer(request));
	}

	/**
	 * The legend and the table, most of the page's rendering, as their template draws
	 * these values: kept for the next reader who sees the same rows (the Secretariat's
	 * readers, signed in, each get the page around it rendered for them).
	 */
	private String table(DashboardPage page, Locale locale, HttpServletRequest request) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("rows", page.rows());
		variables.put("legend", page.legend());
		variables.put("meetingCode", page.filter().meetingCode());
		variables.put("links", new Addresses(request.getContextPath()));
		return this.fragments.render("dashboard/dashboard-table", "table", locale, variables);
	}

}
