package org.niaptracker.report.editing;

import jakarta.validation.Valid;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.links.Addresses;
import org.niaptracker.web.BadRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Secretariat's form for recording a Party's report to a past meeting; the recorded
 * report then opens in the editor.
 */
@Controller
class PastReportController {

	private static final String FORM = "report/record";

	private final PastReportService pastReports;

	PastReportController(PastReportService pastReports) {
		this.pastReports = pastReports;
	}

	@GetMapping("/parties/{partyCode}/reports/record")
	String form(@PathVariable String partyCode, Model model) {
		RecordReportOptions options = this.pastReports.options(partyCode);
		model.addAttribute("options", options);
		model.addAttribute("recordReportForm", options.form());
		return FORM;
	}

	@PostMapping("/parties/{partyCode}/reports/record")
	String record(@PathVariable String partyCode, @Valid @ModelAttribute("recordReportForm") RecordReportForm form,
			BindingResult result, Model model) {
		BadRequestException.unlessValid(result);
		if (!result.hasErrors()) {
			try {
				String meetingCode = this.pastReports.record(partyCode, form);
				return "redirect:" + Addresses.IN_APPLICATION.report(partyCode, meetingCode) + "/edit";
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		model.addAttribute("options", this.pastReports.options(partyCode));
		return FORM;
	}

}
