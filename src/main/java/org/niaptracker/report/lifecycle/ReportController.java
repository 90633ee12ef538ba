package org.niaptracker.report.lifecycle;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.report.RatingSummary;
import org.niaptracker.report.ReportValidator;
import org.niaptracker.links.Addresses;
import org.niaptracker.web.BadRequestException;
import org.niaptracker.web.FormFields;
import org.niaptracker.web.KeptFragments;
import org.niaptracker.web.KeptPages;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * A report's page (Parts A, B and C with its timeline and submission checks), the
 * life-cycle moves made from it, and its frozen submissions.
 */
@Controller
class ReportController {

	private static final String REPORT = "report/report";

	private static final String TRANSITION_FORM = "transitionForm";

	private final ReportLifecycleService lifecycle;

	private final RatingSummary ratingSummary;

	private final ReportValidator validator;

	private final KeptPages keptPages;

	private final KeptFragments fragments;

	private final PublicReportPages publicPages;

	private final MessageSource messages;

	ReportController(ReportLifecycleService lifecycle, RatingSummary ratingSummary, ReportValidator validator,
			KeptPages keptPages, KeptFragments fragments, PublicReportPages publicPages, MessageSource messages) {
		this.messages = messages;
		this.publicPages = publicPages;
		this.lifecycle = lifecycle;
		this.ratingSummary = ratingSummary;
		this.validator = validator;
		this.keptPages = keptPages;
		this.fragments = fragments;
	}

	/**
	 * A published report read signed out carries a validator, first read on its own,
	 * outside any transaction: asked again with it, the answer is 304 after that one
	 * statement; asked by another reader, the page kept under that validator is sent,
	 * also after one statement. A request with a query string ({@code ?lang=fr}) is
	 * rendered, from the page as this instance last read it under that validator
	 * ({@link PublicReportPages}) when it has. Otherwise, and for readers signed in, the
	 * page is read and rendered as for everyone.
	 */
	@GetMapping("/parties/{partyCode}/reports/{meetingCode}")
	ModelAndView report(@PathVariable String partyCode, @PathVariable String meetingCode, Model model, Locale locale,
			ServletWebRequest request) {
		Optional<String> published = this.validator.ofPublished(partyCode, meetingCode, "page", locale);
		if (published.isPresent()) {
			if (this.keptPages.isKept(request, published.get())) {
				return this.keptPages.answer(request);
			}
			Optional<ReportPage> kept = this.publicPages.find(published.get());
			if (kept.isPresent()) {
				return new ModelAndView(showReport(kept.get(), model, locale, request.getRequest()));
			}
		}
		String[] read = new String[1];
		Optional<ReportPage> page = this.lifecycle.page(partyCode, meetingCode,
				(report) -> this.validator.of(report, "page", locale).map((etag) -> {
					read[0] = etag;
					return this.keptPages.isKept(request, etag);
				}).orElse(false));
		page.filter((shown) -> read[0] != null).ifPresent((shown) -> this.publicPages.keep(read[0], shown));
		return page.map((shown) -> new ModelAndView(showReport(shown, model, locale, request.getRequest())))
			.orElseGet(() -> this.keptPages.answer(request));
	}

	/** Submit, return, accept, publish or reopen the report. */
	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/lifecycle/{step}")
	String move(@PathVariable String partyCode, @PathVariable String meetingCode, @PathVariable String step,
			@Valid @ModelAttribute(TRANSITION_FORM) TransitionForm form, BindingResult result, Model model,
			Locale locale, HttpServletRequest request) {
		LifecycleStep move = LifecycleStep.fromPath(step)
			.orElseThrow(() -> new NotFoundException("No life-cycle step " + step));
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				this.lifecycle.move(partyCode, meetingCode, move, form);
				return "redirect:" + reportPath(partyCode, meetingCode) + "?moved=" + move.path();
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
			catch (TransitionRefusedException ex) {
				model.addAttribute("refusal", ex.getMessageKey());
			}
		}
		model.addAttribute("failedStep", move);
		return showReport(this.lifecycle.page(partyCode, meetingCode), model, locale, request);
	}

	/**
	 * The Secretariat gives the report its meeting document and annex numbers.
	 */
	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/document")
	String number(@PathVariable String partyCode, @PathVariable String meetingCode,
			@Valid @ModelAttribute("documentNumbersForm") DocumentNumbersForm form, BindingResult result, Model model,
			Locale locale, HttpServletRequest request) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			this.lifecycle.number(partyCode, meetingCode, form);
			return "redirect:" + reportPath(partyCode, meetingCode) + "?numbered#document-numbers";
		}
		this.lifecycle.checkNumber(partyCode, meetingCode);
		return showReport(this.lifecycle.page(partyCode, meetingCode), model, locale, request);
	}

	/**
	 * One submission of a report, exactly as submitted, and what changed since the last.
	 */
	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/submissions/{number}")
	String submission(@PathVariable String partyCode, @PathVariable String meetingCode, @PathVariable int number,
			Model model, Locale locale) {
		SubmissionView submission = this.lifecycle.submission(partyCode, meetingCode, number);
		model.addAttribute("submission", submission);
		model.addAttribute("ratingSummary", this.ratingSummary.of(submission.report(), locale));
		return "report/submission";
	}

	private String showReport(ReportPage page, Model model, Locale locale, HttpServletRequest request) {
		model.addAttribute("page", page);
		model.addAttribute("report", page.report());
		if (!model.containsAttribute("documentNumbersForm") && page.numbers() != null) {
			model.addAttribute("documentNumbersForm", page.numbers());
		}
		// The head and the annex, most of the page, as their templates render them for
		// these values; kept for the next reader who sees the same.
		Addresses links = new Addresses(request.getContextPath());
		model.addAttribute("pageHead", this.fragments.render("report/report-head", "head", locale,
				Map.of("head", page.head(), "links", links)));
		showWork(page, links, model, locale, request);
		Map<String, Object> annex = new HashMap<>();
		annex.put("report", page.report());
		annex.put("assessments", page.assessments());
		annex.put("ratingSummary", this.ratingSummary.of(page.report(), locale));
		model.addAttribute("annex", this.fragments.render("annex/document", "document", locale, annex));
		if (!page.timeline().isEmpty()) {
			model.addAttribute("keptTimeline",
					this.fragments.render("report/report-work", "timeline", locale, Map.of("entries", page.timeline(),
							"reportPath", links.report(page.report().partyCode(), page.report().meetingCode()))));
		}
		return REPORT;
	}

	/**
	 * The checks and the life-cycle moves, kept for the next reader who may do the same
	 * with the same version of the report; rendered in the request when a move just
	 * failed, with what the user typed and its errors. A page without moves asks for no
	 * CSRF token, so that a reader signed out gets no session; a page with neither checks
	 * nor moves (every published report) has nothing to render.
	 */
	private void showWork(ReportPage page, Addresses links, Model model, Locale locale, HttpServletRequest request) {
		model.addAttribute("links", links);
		if (model.getAttribute("failedStep") != null) {
			BindingResult sent = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + TRANSITION_FORM);
			model.addAttribute("messageFields", FormFields.of(sent, this.messages, locale, List.of("message")));
			return;
		}
		ReportWork shown = page.work();
		if (!shown.checked() && shown.steps().isEmpty()) {
			model.addAttribute("keptWork", "");
			return;
		}
		Map<String, Object> work = new HashMap<>();
		work.put("work", shown);
		work.put("links", links);
		work.put("failedStep", null);
		work.put("message", null);
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (shown.steps().isEmpty()) {
			work.put("csrfParameter", null);
			work.put("csrfToken", null);
			model.addAttribute("keptWork", this.fragments.render("report/report-work", "work", locale, work));
		}
		else if (csrf != null) {
			model.addAttribute("keptWork", this.fragments.render("report/report-work", "work", locale, work, csrf));
		}
	}

	private static String reportPath(String partyCode, String meetingCode) {
		return Addresses.IN_APPLICATION.report(partyCode, meetingCode);
	}

}
