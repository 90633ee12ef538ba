package org.niaptracker.user;

import jakarta.validation.Valid;
import org.niaptracker.party.PartyDirectory;
import org.niaptracker.model.RejectedValueException;

import org.niaptracker.web.BadRequestException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators manage accounts. Only for ROLE_ADMIN (see SecurityConfiguration). */
@Controller
class UserAdminController {

	private final UserAdminService users;

	private final PartyDirectory parties;

	UserAdminController(UserAdminService users, PartyDirectory parties) {
		this.users = users;
		this.parties = parties;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", this.users.list());
		return "admin/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		model.addAttribute("userForm", new UserForm());
		return showForm(null, model);
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model) {
		BadRequestException.unlessValid(result);
		if (result.hasErrors() && !result.hasFieldErrors("password")) {
			this.users.passwordProblem(form).ifPresent((problem) -> result.rejectValue("password", problem));
		}
		if (!result.hasErrors()) {
			try {
				long id = this.users.create(form);
				return "redirect:/admin/users/" + id + "?created";
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return showForm(null, model);
	}

	@GetMapping("/admin/users/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("userForm", this.users.form(id));
		return showForm(id, model);
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("userForm") UserForm form, BindingResult result,
			Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				this.users.update(id, form);
				return "redirect:/admin/users/" + id + "?saved";
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return showForm(id, model);
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model) {
		BadRequestException.unlessValid(result, "version");
		if (!result.hasErrors()) {
			try {
				this.users.resetPassword(id, form);
				return "redirect:/admin/users/" + id + "?passwordReset";
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		model.addAttribute("userForm", this.users.form(id));
		return showForm(id, model);
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable long id, @RequestParam(required = false) Integer version) {
		this.users.unlock(id, version);
		return "redirect:/admin/users/" + id + "?unlocked";
	}

	private String showForm(Long id, Model model) {
		model.addAttribute("parties", this.parties.all());
		if (id != null) {
			model.addAttribute("account", this.users.row(id));
			if (!model.containsAttribute("passwordForm")) {
				PasswordForm password = new PasswordForm();
				password.setVersion(this.users.form(id).getVersion());
				model.addAttribute("passwordForm", password);
			}
		}
		return "admin/user";
	}

}
