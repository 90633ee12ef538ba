package org.niaptracker.review;

import jakarta.servlet.http.HttpServletRequest;
import org.niaptracker.security.CurrentUser;
import org.thymeleaf.context.LazyContextVariable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of notices in the header of every page a signed-in user opens. It is counted
 * only when a page's header shows it: a download, a redirect or a JSON answer runs no
 * notice query.
 */
@ControllerAdvice
class NoticeCountAdvice {

	private final NoticeService notices;

	NoticeCountAdvice(NoticeService notices) {
		this.notices = notices;
	}

	@ModelAttribute("noticeCount")
	LazyContextVariable<Integer> noticeCount(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || CurrentUser.get().isEmpty()) {
			return null;
		}
		return new LazyContextVariable<>() {
			@Override
			protected Integer loadValue() {
				return NoticeCountAdvice.this.notices.count();
			}
		};
	}

}
