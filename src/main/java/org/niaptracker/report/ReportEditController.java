package org.niaptracker.report;

import org.niaptracker.web.RejectedValueException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.niaptracker.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The focal point's editor. Plain forms that work without JavaScript (post, redirect,
 * get); htmx, where it runs, submits them in place and swaps the page's main content, so
 * Part B rearranges itself without a reload.
 */
@Controller
class ReportEditController {

	private static final String EDITOR = "report/edit";

	private final ReportEditingService editing;

	ReportEditController(ReportEditingService editing) {
		this.editing = editing;
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/edit")
	String editor(@PathVariable String partyCode, @PathVariable String meetingCode, Model model) {
		return showEditor(partyCode, meetingCode, model);
	}

	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/evaluations/{evaluationId}")
	String saveEvaluation(@PathVariable String partyCode, @PathVariable String meetingCode,
			@PathVariable long evaluationId, @Valid @ModelAttribute("evaluationForm") EvaluationForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				this.editing.saveEvaluation(partyCode, meetingCode, evaluationId, form);
				return "redirect:" + editorPath(partyCode, meetingCode) + "?saved=" + evaluationId + "#evaluation-"
						+ evaluationId;
			}
			catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conflict",
						this.editing.evaluationConflict(partyCode, meetingCode, evaluationId, form));
				return "report/conflict";
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
			@Valid @ModelAttribute("partAForm") PartAForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				this.editing.savePartA(partyCode, meetingCode, form);
				return "redirect:" + editorPath(partyCode, meetingCode) + "?saved=part-a#part-a-form";
			}
			catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
				return reportConflict(partyCode, meetingCode, model, response);
			}
		}
		return showEditor(partyCode, meetingCode, model);
	}

	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/cover")
	String saveCover(@PathVariable String partyCode, @PathVariable String meetingCode,
			@Valid @ModelAttribute("coverForm") CoverForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				this.editing.saveCover(partyCode, meetingCode, form);
				return "redirect:" + editorPath(partyCode, meetingCode) + "?saved=cover#cover-form";
			}
			catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
				return reportConflict(partyCode, meetingCode, model, response);
			}
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

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/history")
	String history(@PathVariable String partyCode, @PathVariable String meetingCode,
			@RequestParam(name = "action", required = false) String actionNumber, Model model) {
		model.addAttribute("history", this.editing.history(partyCode, meetingCode, actionNumber));
		return "report/history";
	}

	/**
	 * The editor; a form that failed validation keeps what the user typed and its errors.
	 */
	private String showEditor(String partyCode, String meetingCode, Model model) {
		EditorView editor = this.editing.getEditor(partyCode, meetingCode);
		model.addAttribute("editor", editor);
		if (!model.containsAttribute("partAForm")) {
			model.addAttribute("partAForm", editor.partA());
		}
		if (!model.containsAttribute("coverForm")) {
			model.addAttribute("coverForm", editor.cover());
		}
		return EDITOR;
	}

	private String reportConflict(String partyCode, String meetingCode, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("editorPath", editorPath(partyCode, meetingCode));
		return "error/409";
	}

	private static String editorPath(String partyCode, String meetingCode) {
		return "/parties/" + partyCode + "/reports/" + meetingCode + "/edit";
	}

}
