package org.niaptracker.dashboard;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public process dashboard, {@code /dashboard}, with its filters as GET parameters.
 */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	DashboardController(Dashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam Map<String, String> params, Locale locale, Model model) {
		model.addAttribute("dashboard", this.dashboard.page(DashboardFilter.of(params), locale));
		return "dashboard/dashboard";
	}

}
