package org.niaptracker.user.token;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
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

/**
 * The signed-in person's API tokens: the list, a new token (its secret shown once, in the
 * answer to the form, never in an address or the session), and revocation.
 */
@Controller
class ApiTokenController {

	private static final String PAGE = "account/tokens";

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String tokens(Principal principal, Model model) {
		return page(principal, model, new ApiTokenForm());
	}

	@PostMapping("/account/tokens")
	String create(Principal principal, @Valid @ModelAttribute("tokenForm") ApiTokenForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				NewApiToken created = this.tokens.create(principal.getName(), form);
				// The one answer that carries the secret is kept by no cache.
				response.setHeader("Cache-Control", "no-store");
				model.addAttribute("created", created);
				return page(principal, model, new ApiTokenForm());
			}
			catch (RejectedValueException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey());
			}
		}
		return page(principal, model, form);
	}

	@PostMapping("/account/tokens/{publicId}/revoke")
	String revoke(Principal principal, @PathVariable String publicId, @RequestParam(required = false) Integer version) {
		this.tokens.revoke(principal.getName(), publicId, version);
		return "redirect:/account/tokens?revoked=" + publicId;
	}

	private String page(Principal principal, Model model, ApiTokenForm form) {
		model.addAttribute("tokens", this.tokens.list(principal.getName()));
		model.addAttribute("tokenForm", form);
		model.addAttribute("maxDays", ApiTokenForm.MAX_DAYS);
		return PAGE;
	}

}
