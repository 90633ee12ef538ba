package org.niaptracker.review;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** What waits for the signed-in user. */
@Controller
class NoticeController {

	private final NoticeService notices;

	NoticeController(NoticeService notices) {
		this.notices = notices;
	}

	@GetMapping("/notices")
	String notices(Model model) {
		model.addAttribute("notices", this.notices.noticesPage());
		return "review/notices";
	}

	@PostMapping("/notices/seen")
	String seen() {
		this.notices.markSeen();
		return "redirect:/notices?seen";
	}

}
