package org.niaptracker.meeting;

import org.niaptracker.web.BadRequestException;

import jakarta.validation.Valid;
import org.niaptracker.model.RejectedValueException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Administrators list and add Standing Committee meetings. */
@Controller
class MeetingAdminController {

	private final MeetingCalendar calendar;

	MeetingAdminController(MeetingCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/admin/meetings")
	String list(Model model) {
		model.addAttribute("meetingForm", new MeetingForm());
		return show(model);
	}

	@PostMapping("/admin/meetings")
	String add(@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result);
		if (!result.hasErrors()) {
			try {
				this.calendar.add(form);
				return "redirect:/admin/meetings?added=SC" + form.getNumber();
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return show(model);
	}

	private String show(Model model) {
		model.addAttribute("meetings", this.calendar.all());
		model.addAttribute("scales", this.calendar.scales());
		return "admin/meetings";
	}

}
