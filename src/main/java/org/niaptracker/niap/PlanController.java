package org.niaptracker.niap;

import jakarta.validation.Valid;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.niap.PlanViews.RevisionView;
import org.niaptracker.links.Addresses;
import org.niaptracker.web.BadRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A Party's plan: the plan in force, its revisions, what changed between two, and the
 * draft revision's forms. Plain forms (post, redirect, get); a form that fails shows the
 * revision again with what was typed and the message beside the field.
 */
@Controller
class PlanController {

	private static final String REVISION = "plan/revision";

	private final Plans plans;

	private final PlanDrafting drafting;

	PlanController(Plans plans, PlanDrafting drafting) {
		this.plans = plans;
		this.drafting = drafting;
	}

	@GetMapping("/parties/{partyCode}/plan")
	String plan(@PathVariable String partyCode, Model model) {
		model.addAttribute("page", this.plans.page(partyCode));
		return "plan/plan";
	}

	@PostMapping("/parties/{partyCode}/plan/revisions")
	String startRevision(@PathVariable String partyCode) {
		int number = this.drafting.startRevision(partyCode);
		return "redirect:" + revisionPath(partyCode, number);
	}

	@GetMapping("/parties/{partyCode}/plan/revisions/{number}")
	String revision(@PathVariable String partyCode, @PathVariable int number, Model model) {
		return showRevision(partyCode, number, model);
	}

	@GetMapping("/parties/{partyCode}/plan/revisions/{number}/changes")
	String changes(@PathVariable String partyCode, @PathVariable int number,
			@RequestParam(required = false) Integer from, Model model) {
		model.addAttribute("changes", this.plans.changes(partyCode, from, number));
		return "plan/changes";
	}

	@PostMapping("/parties/{partyCode}/plan/revisions/{number}/pillars")
	String addPillar(@PathVariable String partyCode, @PathVariable int number,
			@Valid @ModelAttribute("pillarForm") PillarForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result);
		if (!result.hasErrors() && done(result, () -> this.drafting.addPillar(partyCode, number, form))) {
			return "redirect:" + revisionPath(partyCode, number) + "?saved=pillar#pillar-" + form.getNumber();
		}
		model.addAttribute("failed", "new-pillar");
		return showRevision(partyCode, number, model);
	}

	@PostMapping("/parties/{partyCode}/plan/revisions/{number}/pillars/{pillarId}")
	String changePillar(@PathVariable String partyCode, @PathVariable int number, @PathVariable long pillarId,
			@Valid @ModelAttribute("pillarForm") PillarForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors() && done(result, () -> this.drafting.changePillar(partyCode, number, pillarId, form))) {
			return "redirect:" + revisionPath(partyCode, number) + "?saved=pillar#pillar-" + form.getNumber();
		}
		model.addAttribute("failed", "pillar-" + pillarId);
		return showRevision(partyCode, number, model);
	}

	@PostMapping("/parties/{partyCode}/plan/revisions/{number}/pillars/{pillarId}/delete")
	String deletePillar(@PathVariable String partyCode, @PathVariable int number, @PathVariable long pillarId,
			@ModelAttribute("pillarForm") PillarForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (done(result, () -> this.drafting.deletePillar(partyCode, number, pillarId, form.getVersion()))) {
			return "redirect:" + revisionPath(partyCode, number) + "?saved=pillar";
		}
		model.addAttribute("failed", "pillar-" + pillarId);
		return showRevision(partyCode, number, model);
	}

	@PostMapping("/parties/{partyCode}/plan/revisions/{number}/actions")
	String addAction(@PathVariable String partyCode, @PathVariable int number,
			@Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result);
		if (!result.hasErrors() && done(result, () -> this.drafting.addAction(partyCode, number, form))) {
			return "redirect:" + revisionPath(partyCode, number) + "?saved=action#action-" + form.getNumber();
		}
		model.addAttribute("failed", "new-action");
		return showRevision(partyCode, number, model);
	}

	@PostMapping("/parties/{partyCode}/plan/revisions/{number}/actions/{actionId}")
	String changeAction(@PathVariable String partyCode, @PathVariable int number, @PathVariable long actionId,
			@Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors() && done(result, () -> this.drafting.changeAction(partyCode, number, actionId, form))) {
			return "redirect:" + revisionPath(partyCode, number) + "?saved=action#action-" + form.getNumber();
		}
		model.addAttribute("failed", "action-" + actionId);
		return showRevision(partyCode, number, model);
	}

	@PostMapping("/parties/{partyCode}/plan/revisions/{number}/actions/{actionId}/retire")
	String retireAction(@PathVariable String partyCode, @PathVariable int number, @PathVariable long actionId,
			@Valid @ModelAttribute("retirementForm") RetirementForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors() && done(result, () -> this.drafting.retireAction(partyCode, number, actionId, form))) {
			return "redirect:" + revisionPath(partyCode, number) + "?saved=retired";
		}
		model.addAttribute("failed", "retire-" + actionId);
		return showRevision(partyCode, number, model);
	}

	@PostMapping("/parties/{partyCode}/plan/revisions/{number}/adopt")
	String adopt(@PathVariable String partyCode, @PathVariable int number,
			@Valid @ModelAttribute("adoptionForm") AdoptionForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors() && done(result, () -> this.drafting.adopt(partyCode, number, form))) {
			return "redirect:" + Addresses.IN_APPLICATION.party(partyCode) + "/plan?adopted=" + number;
		}
		model.addAttribute("failed", "adopt");
		return showRevision(partyCode, number, model);
	}

	@PostMapping("/parties/{partyCode}/plan/revisions/{number}/delete")
	String discard(@PathVariable String partyCode, @PathVariable int number,
			@ModelAttribute("adoptionForm") AdoptionForm form, BindingResult result) {
		BadRequestException.unlessValid(result, "version");
		this.drafting.discard(partyCode, number, form.getVersion());
		return "redirect:" + Addresses.IN_APPLICATION.party(partyCode) + "/plan?discarded=" + number;
	}

	/** Runs a change; a value the plan refuses becomes a message beside its field. */
	private static boolean done(BindingResult result, Runnable change) {
		try {
			change.run();
			return true;
		}
		catch (RejectedValueException ex) {
			if (ex.getField() == null) {
				result.reject(ex.getMessageKey());
			}
			else {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
			return false;
		}
	}

	private String showRevision(String partyCode, int number, Model model) {
		RevisionView revision = this.plans.revision(partyCode, number);
		model.addAttribute("revision", revision);
		if (revision.editable()) {
			if (!model.containsAttribute("pillarForm")) {
				model.addAttribute("pillarForm", new PillarForm());
			}
			if (!model.containsAttribute("actionForm")) {
				model.addAttribute("actionForm", new ActionForm());
			}
			if (!model.containsAttribute("retirementForm")) {
				model.addAttribute("retirementForm", new RetirementForm());
			}
			if (!model.containsAttribute("adoptionForm")) {
				model.addAttribute("adoptionForm", this.plans.adoptionForm(partyCode, number));
			}
		}
		return REVISION;
	}

	private static String revisionPath(String partyCode, int number) {
		return Addresses.IN_APPLICATION.party(partyCode) + "/plan/revisions/" + number;
	}

}
