package org.niaptracker.review;

import jakarta.servlet.http.HttpServletRequest;
import org.niaptracker.security.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of notices in the header of every page a signed-in user opens. */
@ControllerAdvice
class NoticeCountAdvice {

	private final NoticeService notices;

	NoticeCountAdvice(NoticeService notices) {
		this.notices = notices;
	}

	@ModelAttribute("noticeCount")
	Integer noticeCount(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || CurrentUser.get().isEmpty()) {
			return null;
		}
		return this.notices.notices().count();
	}

}
