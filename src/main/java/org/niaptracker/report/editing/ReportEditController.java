package org.niaptracker.report.editing;

import java.util.Map;

import jakarta.validation.Valid;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.web.BadRequestException;
import org.niaptracker.web.KeptFragments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The focal point's editor. Plain forms that work without JavaScript (post, redirect,
 * get); htmx, where it runs, submits them in place and swaps the page's main content, so
 * Part B rearranges itself without a reload.
 */
@Controller
class ReportEditController {

	private static final String EDITOR = "report/edit";

	private final ReportEditingService editing;

	private final KeptFragments fragments;

	ReportEditController(ReportEditingService editing, KeptFragments fragments) {
		this.editing = editing;
		this.fragments = fragments;
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/edit")
	String editor(@PathVariable String partyCode, @PathVariable String meetingCode, Model model) {
		return showEditor(partyCode, meetingCode, model);
	}

	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/evaluations/{evaluationId}")
	String saveEvaluation(@PathVariable String partyCode, @PathVariable String meetingCode,
			@PathVariable long evaluationId, @Valid @ModelAttribute("evaluationForm") EvaluationForm form,
			BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				this.editing.saveEvaluation(partyCode, meetingCode, evaluationId, form);
				return "redirect:" + editorPath(partyCode, meetingCode) + "?saved=" + evaluationId + "#evaluation-"
						+ evaluationId;
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		model.addAttribute("failedEvaluationId", evaluationId);
		return showEditor(partyCode, meetingCode, model);
	}

	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/part-a")
	String savePartA(@PathVariable String partyCode, @PathVariable String meetingCode,
			@Valid @ModelAttribute("partAForm") PartAForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			this.editing.savePartA(partyCode, meetingCode, form);
			return "redirect:" + editorPath(partyCode, meetingCode) + "?saved=part-a#part-a-form";
		}
		return showEditor(partyCode, meetingCode, model);
	}

	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/cover")
	String saveCover(@PathVariable String partyCode, @PathVariable String meetingCode,
			@Valid @ModelAttribute("coverForm") CoverForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			this.editing.saveCover(partyCode, meetingCode, form);
			return "redirect:" + editorPath(partyCode, meetingCode) + "?saved=cover#cover-form";
		}
		return showEditor(partyCode, meetingCode, model);
	}

	@GetMapping("/parties/{partyCode}/reports/new")
	String newReport(@PathVariable String partyCode, Model model) {
		NewReportOptions options = this.editing.newReportOptions(partyCode);
		model.addAttribute("options", options);
		model.addAttribute("newReportForm", options.form());
		return "report/new";
	}

	@PostMapping("/parties/{partyCode}/reports")
	String startReport(@PathVariable String partyCode, @Valid @ModelAttribute("newReportForm") NewReportForm form,
			BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				String meetingCode = this.editing.startNextReport(partyCode, form);
				return "redirect:" + editorPath(partyCode, meetingCode);
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		model.addAttribute("options", this.editing.newReportOptions(partyCode));
		return "report/new";
	}

	/**
	 * The editor; a form that failed validation keeps what the user typed and its errors.
	 */
	private String showEditor(String partyCode, String meetingCode, Model model) {
		EditorView editor = this.editing.getEditor(partyCode, meetingCode);
		model.addAttribute("editor", editor);
		// Part B's table as its template renders it for this report; kept for the next
		// request that shows the same.
		model.addAttribute("partBTable", this.fragments.render("annex/part-b", "partB", LocaleContextHolder.getLocale(),
				Map.of("report", editor.report())));
		if (!model.containsAttribute("partAForm")) {
			model.addAttribute("partAForm", editor.partA());
		}
		if (!model.containsAttribute("coverForm")) {
			model.addAttribute("coverForm", editor.cover());
		}
		return EDITOR;
	}

	private static String editorPath(String partyCode, String meetingCode) {
		return "/parties/" + partyCode + "/reports/" + meetingCode + "/edit";
	}

}
