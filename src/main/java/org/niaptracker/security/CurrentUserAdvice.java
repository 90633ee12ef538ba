package org.niaptracker.security;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows who is signed in (for the header and for showing only the actions a
 * person may take).
 */
@ControllerAdvice
class CurrentUserAdvice {

	@ModelAttribute("currentUser")
	NiapUser currentUser() {
		return CurrentUser.get().orElse(null);
	}

}
