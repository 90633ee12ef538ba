package org.niaptracker.meeting;

import org.niaptracker.web.BadRequestException;

import jakarta.validation.Valid;
import org.niaptracker.model.RejectedValueException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators list, add, change and delete Standing Committee meetings. */
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

	@GetMapping("/admin/meetings/{meetingCode}")
	String edit(@PathVariable String meetingCode, Model model) {
		model.addAttribute("meetingForm", this.calendar.form(meetingCode));
		return showMeeting(meetingCode, model);
	}

	@PostMapping("/admin/meetings/{meetingCode}")
	String update(@PathVariable String meetingCode, @Valid @ModelAttribute("meetingForm") MeetingForm form,
			BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				String code = this.calendar.update(meetingCode, form);
				return "redirect:/admin/meetings/" + code + "?saved";
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return showMeeting(meetingCode, model);
	}

	@PostMapping("/admin/meetings/{meetingCode}/delete")
	String delete(@PathVariable String meetingCode, @RequestParam(required = false) Integer version, Model model) {
		try {
			this.calendar.delete(meetingCode, version);
			return "redirect:/admin/meetings?deleted=" + meetingCode;
		}
		catch (RejectedValueException ex) {
			model.addAttribute("deleteRefused", ex.getMessageKey());
			model.addAttribute("meetingForm", this.calendar.form(meetingCode));
			return showMeeting(meetingCode, model);
		}
	}

	private String showMeeting(String meetingCode, Model model) {
		model.addAttribute("meetingCode", meetingCode);
		model.addAttribute("reported", this.calendar.isReported(meetingCode));
		model.addAttribute("scales", this.calendar.scales());
		return "admin/meeting";
	}

}
