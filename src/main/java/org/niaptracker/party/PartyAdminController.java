package org.niaptracker.party;

import org.niaptracker.web.BadRequestException;

import jakarta.validation.Valid;
import org.niaptracker.model.RejectedValueException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Administrators list and add Parties. */
@Controller
class PartyAdminController {

	private final PartyDirectory parties;

	PartyAdminController(PartyDirectory parties) {
		this.parties = parties;
	}

	@GetMapping("/admin/parties")
	String list(Model model) {
		model.addAttribute("partyForm", new PartyForm());
		return show(model);
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
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("parties", this.parties.all());
		return "admin/parties";
	}

}
