package org.niaptracker.report.editing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.report.ReportView;
import org.niaptracker.web.BadRequestException;
import org.niaptracker.web.KeptFragments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriUtils;

import static java.nio.charset.StandardCharsets.UTF_8;

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
	String editor(@PathVariable String partyCode, @PathVariable String meetingCode, Model model,
			HttpServletRequest request) {
		return showEditor(partyCode, meetingCode, model, request);
	}

	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/evaluations/{evaluationId}")
	String saveEvaluation(@PathVariable String partyCode, @PathVariable String meetingCode,
			@PathVariable long evaluationId, @Valid @ModelAttribute("evaluationForm") EvaluationForm form,
			BindingResult result, Model model, HttpServletRequest request) {
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
		return showEditor(partyCode, meetingCode, model, request);
	}

	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/part-a")
	String savePartA(@PathVariable String partyCode, @PathVariable String meetingCode,
			@Valid @ModelAttribute("partAForm") PartAForm form, BindingResult result, Model model,
			HttpServletRequest request) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			this.editing.savePartA(partyCode, meetingCode, form);
			return "redirect:" + editorPath(partyCode, meetingCode) + "?saved=part-a#part-a-form";
		}
		return showEditor(partyCode, meetingCode, model, request);
	}

	@PostMapping("/parties/{partyCode}/reports/{meetingCode}/cover")
	String saveCover(@PathVariable String partyCode, @PathVariable String meetingCode,
			@Valid @ModelAttribute("coverForm") CoverForm form, BindingResult result, Model model,
			HttpServletRequest request) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			this.editing.saveCover(partyCode, meetingCode, form);
			return "redirect:" + editorPath(partyCode, meetingCode) + "?saved=cover#cover-form";
		}
		return showEditor(partyCode, meetingCode, model, request);
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
	 * Part B's table and Part C's forms are rendered by their own templates and kept for
	 * the next request that shows the same; Part C in the request when one of its forms
	 * failed.
	 */
	private String showEditor(String partyCode, String meetingCode, Model model, HttpServletRequest request) {
		EditorView editor = this.editing.getEditor(partyCode, meetingCode);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("editor", editor);
		model.addAttribute("partBTable",
				this.fragments.render("annex/part-b", "partB", locale, Map.of("report", editor.report())));
		String base = request.getContextPath() + "/parties/" + UriUtils.encodePathSegment(partyCode, UTF_8)
				+ "/reports/" + UriUtils.encodePathSegment(meetingCode, UTF_8);
		Long saved = savedAction(editor, request.getParameter("saved"));
		model.addAttribute("partCBase", base);
		model.addAttribute("partCSaved", saved);
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (!model.containsAttribute("failedEvaluationId") && csrf != null) {
			Map<String, Object> partC = new HashMap<>();
			partC.put("report", editor.report());
			partC.put("notesByAction", editor.notes());
			partC.put("carried", editor.carried());
			partC.put("base", base);
			partC.put("saved", saved);
			model.addAttribute("partC", this.fragments.render("report/part-c", "partC", locale, partC, csrf));
		}
		if (!model.containsAttribute("partAForm")) {
			model.addAttribute("partAForm", editor.partA());
		}
		if (!model.containsAttribute("coverForm")) {
			model.addAttribute("coverForm", editor.cover());
		}
		return EDITOR;
	}

	/**
	 * The action just saved ({@code ?saved=} its evaluation), if it is one of the
	 * report's.
	 */
	private static Long savedAction(EditorView editor, String saved) {
		return editor.report()
			.actions()
			.stream()
			.map(ReportView.ActionView::evaluationId)
			.filter((id) -> id != null && id.toString().equals(saved))
			.findFirst()
			.orElse(null);
	}

	private static String editorPath(String partyCode, String meetingCode) {
		return "/parties/" + partyCode + "/reports/" + meetingCode + "/edit";
	}

}
