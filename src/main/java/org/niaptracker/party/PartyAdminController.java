package org.niaptracker.party;

import org.niaptracker.web.BadRequestException;

import jakarta.validation.Valid;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;

import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators list and add Parties; the Secretariat and administrators keep each
 * Party's profile (see SecurityConfiguration).
 */
@Controller
class PartyAdminController {

	private final PartyDirectory parties;

	PartyAdminController(PartyDirectory parties) {
		this.parties = parties;
	}

	@ModelAttribute("categories")
	PartyCategory[] categories() {
		return PartyCategory.values();
	}

	@ModelAttribute("processStatuses")
	ProcessStatus[] processStatuses() {
		return ProcessStatus.values();
	}

	/** Parties per page of the administrators' list, as on the list of Parties. */
	static final int PARTIES_PER_PAGE = 25;

	/**
	 * The Parties, a page at a time by name ({@code ?page=2}, from 1), and the form to
	 * add one.
	 */
	@GetMapping("/admin/parties")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("partyForm", new PartyForm());
		return show(model, page);
	}

	@PostMapping("/admin/parties")
	String add(@Valid @ModelAttribute("partyForm") PartyForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result);
		if (!result.hasErrors()) {
			try {
				this.parties.add(form);
				return "redirect:/admin/parties?added=" + form.getCode();
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return show(model, 1);
	}

	@GetMapping("/admin/parties/{partyCode}")
	String profile(@PathVariable String partyCode, Model model) {
		model.addAttribute("profileForm", this.parties.form(partyCode));
		return showProfile(partyCode, model);
	}

	@PostMapping("/admin/parties/{partyCode}")
	String saveProfile(@PathVariable String partyCode, @Valid @ModelAttribute("profileForm") ProfileForm form,
			BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				this.parties.update(partyCode, form);
				return "redirect:/admin/parties/" + partyCode + "?saved";
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return showProfile(partyCode, model);
	}

	private String showProfile(String partyCode, Model model) {
		model.addAttribute("profile",
				this.parties.profile(partyCode).orElseThrow(() -> new NotFoundException("No Party " + partyCode)));
		model.addAttribute("changes", this.parties.history(partyCode));
		return "admin/party";
	}

	private String show(Model model, int page) {
		Slice<PartyProfile> parties = this.parties.pageOrLast(Math.max(page, 1) - 1, PARTIES_PER_PAGE);
		model.addAttribute("parties", parties.getContent());
		model.addAttribute("page", parties);
		return "admin/parties";
	}

}
