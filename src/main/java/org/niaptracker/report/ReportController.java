package org.niaptracker.report;

import org.niaptracker.web.RejectedValueException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.niaptracker.web.NotFoundException;

import org.niaptracker.web.BadRequestException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Reading pages: the list of Parties, a Party's NIAP and reports, one report (Parts A, B
 * and C) with its timeline and submission checks, and the life-cycle moves made from it.
 */
@Controller
class ReportController {

	private static final String REPORT = "report/report";

	private final ReportService reportService;

	private final ReportLifecycleService lifecycle;

	private final ReportAccess access;

	private final RatingSummary ratingSummary;

	ReportController(ReportService reportService, ReportLifecycleService lifecycle, ReportAccess access,
			RatingSummary ratingSummary) {
		this.reportService = reportService;
		this.lifecycle = lifecycle;
		this.access = access;
		this.ratingSummary = ratingSummary;
	}

	@GetMapping("/")
	String parties(Model model) {
		model.addAttribute("parties", this.reportService.listParties());
		return "report/parties";
	}

	@GetMapping("/parties/{partyCode}")
	String party(@PathVariable String partyCode, Model model) {
		model.addAttribute("party", this.reportService.getParty(partyCode));
		model.addAttribute("canStartReport", this.access.canStartReport(partyCode));
		return "report/party";
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}")
	String report(@PathVariable String partyCode, @PathVariable String meetingCode, Model model, Locale locale) {
		return showReport(partyCode, meetingCode, model, locale);
	}

	/** Submit, return, accept, publish or reopen the report. */
	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/lifecycle/{step}")
	String move(@PathVariable String partyCode, @PathVariable String meetingCode, @PathVariable String step,
			@Valid @ModelAttribute("transitionForm") TransitionForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response) {
		LifecycleStep move = LifecycleStep.fromPath(step)
			.orElseThrow(() -> new NotFoundException("No life-cycle step " + step));
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				this.lifecycle.move(partyCode, meetingCode, move, form);
				return "redirect:" + reportPath(partyCode, meetingCode) + "?moved=" + move.path();
			}
			catch (EditConflictException | OptimisticLockingFailureException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("reportPath", reportPath(partyCode, meetingCode));
				return "error/409";
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
			catch (TransitionRefusedException ex) {
				model.addAttribute("refusal", ex.getMessageKey());
			}
		}
		model.addAttribute("failedStep", move);
		return showReport(partyCode, meetingCode, model, locale);
	}

	/**
	 * One submission of a report, exactly as submitted, and what changed since the last.
	 */
	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/submissions/{number}")
	String submission(@PathVariable String partyCode, @PathVariable String meetingCode, @PathVariable int number,
			Model model) {
		model.addAttribute("submission", this.lifecycle.submission(partyCode, meetingCode, number));
		return "report/submission";
	}

	private String showReport(String partyCode, String meetingCode, Model model, Locale locale) {
		ReportPage page = this.lifecycle.page(partyCode, meetingCode);
		model.addAttribute("page", page);
		model.addAttribute("report", page.report());
		model.addAttribute("canEdit", page.canEdit());
		model.addAttribute("assessments", page.assessments());
		model.addAttribute("canReadReview", this.access.canReadReview(partyCode, page.report().status()));
		model.addAttribute("ratingSummary", this.ratingSummary.of(page.report(), locale));
		return REPORT;
	}

	private static String reportPath(String partyCode, String meetingCode) {
		return "/parties/" + partyCode + "/reports/" + meetingCode;
	}

}
