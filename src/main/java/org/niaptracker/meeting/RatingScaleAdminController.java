package org.niaptracker.meeting;

import org.niaptracker.web.BadRequestException;

import jakarta.validation.Valid;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Administrators list, create and change rating scales, and map the ratings of one scale
 * to another. Only for ROLE_ADMIN (see SecurityConfiguration).
 */
@Controller
class RatingScaleAdminController {

	private final RatingScales scales;

	RatingScaleAdminController(RatingScales scales) {
		this.scales = scales;
	}

	@GetMapping("/admin/scales")
	String list(Model model) {
		model.addAttribute("scales", this.scales.list());
		return "admin/scales";
	}

	@GetMapping("/admin/scales/new")
	String newScale(Model model) {
		model.addAttribute("scaleForm", new ScaleForm().withBlankRows(4));
		return showScale(null, model);
	}

	@PostMapping("/admin/scales")
	String create(@Valid @ModelAttribute("scaleForm") ScaleForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				String code = this.scales.create(form);
				return "redirect:/admin/scales/" + code + "?created";
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return showScale(null, model);
	}

	@GetMapping("/admin/scales/{scaleCode}")
	String scale(@PathVariable String scaleCode, Model model) {
		model.addAttribute("scaleForm", this.scales.form(scaleCode).withBlankRows(ScaleForm.NEW_ROWS));
		return showScale(scaleCode, model);
	}

	@PostMapping("/admin/scales/{scaleCode}")
	String update(@PathVariable String scaleCode, @Valid @ModelAttribute("scaleForm") ScaleForm form,
			BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				this.scales.update(scaleCode, form);
				return "redirect:/admin/scales/" + scaleCode + "?saved";
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return showScale(scaleCode, model);
	}

	@GetMapping("/admin/scales/{scaleCode}/mappings/{toScaleCode}")
	String mapping(@PathVariable String scaleCode, @PathVariable String toScaleCode, Model model) {
		model.addAttribute("mappingForm", this.scales.mappingForm(scaleCode, toScaleCode));
		return showMapping(scaleCode, toScaleCode, model);
	}

	@PostMapping("/admin/scales/{scaleCode}/mappings/{toScaleCode}")
	String saveMapping(@PathVariable String scaleCode, @PathVariable String toScaleCode,
			@Valid @ModelAttribute("mappingForm") MappingForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				this.scales.saveMapping(scaleCode, toScaleCode, form);
				return "redirect:/admin/scales/" + scaleCode + "/mappings/" + toScaleCode + "?saved";
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return showMapping(scaleCode, toScaleCode, model);
	}

	private String showScale(String scaleCode, Model model) {
		if (scaleCode != null) {
			model.addAttribute("scale", this.scales.summary(scaleCode));
			model.addAttribute("mappedTo", this.scales.mappedTo(scaleCode));
		}
		model.addAttribute("allScales", this.scales.list());
		return "admin/scale";
	}

	private String showMapping(String scaleCode, String toScaleCode, Model model) {
		if (scaleCode.equals(toScaleCode)) {
			throw new NotFoundException("A scale maps to itself: " + scaleCode);
		}
		model.addAttribute("from", this.scales.summary(scaleCode));
		model.addAttribute("to", this.scales.summary(toScaleCode));
		model.addAttribute("mapped", this.scales.isMapped(scaleCode, toScaleCode));
		return "admin/mapping";
	}

}
