package org.niaptracker.report.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.report.ReportView;
import org.niaptracker.links.Addresses;
import org.niaptracker.web.BadRequestException;
import org.niaptracker.web.FormFields;
import org.niaptracker.web.KeptFragments;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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

	private static final List<String> COVER_FIELDS = List.of("periodStart", "periodEnd", "preparedBy", "groupHeading",
			"languageLine", "version");

	private static final List<String> PART_A_FIELDS = List.of("synopsis", "progressToDate", "futureOutlook", "version");

	/** What {@code ?saved=} may name besides an action: the form just saved. */
	private static final Set<String> SAVED_FORMS = Set.of("cover", "part-a");

	private final ReportEditingService editing;

	private final KeptFragments fragments;

	private final MessageSource messages;

	ReportEditController(ReportEditingService editing, KeptFragments fragments, MessageSource messages) {
		this.editing = editing;
		this.fragments = fragments;
		this.messages = messages;
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
	 * Part B's table, Part C's forms and the cover and Part A forms are rendered by their
	 * own templates and kept for the next request that shows the same; Part C, or the
	 * cover and Part A, in the request when one of their forms failed.
	 */
	private String showEditor(String partyCode, String meetingCode, Model model, HttpServletRequest request) {
		EditorView editor = this.editing.getEditor(partyCode, meetingCode);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("editor", editor);
		model.addAttribute("partBTable",
				this.fragments.render("annex/part-b", "partB", locale, Map.of("report", editor.report())));
		String base = new Addresses(request.getContextPath()).report(partyCode, meetingCode);
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
		FormFields cover = fields(model, "coverForm", editor.cover(), COVER_FIELDS, locale);
		FormFields partA = fields(model, "partAForm", editor.partA(), PART_A_FIELDS, locale);
		String savedForm = savedForm(request.getParameter("saved"));
		model.addAttribute("coverFields", cover);
		model.addAttribute("partAFields", partA);
		model.addAttribute("savedForm", savedForm);
		if (!cover.hasAnyErrors() && !partA.hasAnyErrors() && csrf != null) {
			Map<String, Object> forms = new HashMap<>();
			forms.put("cover", cover);
			forms.put("partA", partA);
			forms.put("base", base);
			forms.put("saved", savedForm);
			model.addAttribute("forms", this.fragments.render("report/edit-forms", "forms", locale, forms, csrf));
		}
		return EDITOR;
	}

	/**
	 * A form's fields as the editor shows them: as the user sent them, with their errors,
	 * where the form just failed; else the report's.
	 */
	private FormFields fields(Model model, String name, Object report, List<String> fields, Locale locale) {
		BindingResult sent = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + name);
		BindingResult shown = (sent != null) ? sent : new BeanPropertyBindingResult(report, name);
		return FormFields.of(shown, this.messages, locale, fields);
	}

	/** The form just saved ({@code ?saved=} its name), if it is the cover or Part A. */
	private static String savedForm(String saved) {
		return (saved != null && SAVED_FORMS.contains(saved)) ? saved : null;
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
		return Addresses.IN_APPLICATION.report(partyCode, meetingCode) + "/edit";
	}

}
