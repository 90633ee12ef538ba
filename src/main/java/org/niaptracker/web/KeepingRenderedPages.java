package org.niaptracker.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the page of a request that {@link KeptPages#answer} marked: its template is
 * rendered as usual, into a buffer, then kept and sent. Requests not marked are not
 * touched.
 */
@Configuration(proxyBeanMethods = false)
class KeepingRenderedPages implements WebMvcConfigurer, HandlerInterceptor {

	private final KeptPages pages;

	private final ThymeleafViewResolver templates;

	KeepingRenderedPages(KeptPages pages, ThymeleafViewResolver templates) {
		this.pages = pages;
		this.templates = templates;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		String etag = this.pages.toKeep(request);
		if (etag != null && modelAndView != null && modelAndView.getViewName() != null
				&& !modelAndView.getViewName().startsWith("redirect:")) {
			modelAndView.setView(new KeepingView(modelAndView.getViewName(), etag));
		}
	}

	private final class KeepingView implements View {

		private final String template;

		private final String etag;

		private KeepingView(String template, String etag) {
			this.template = template;
			this.etag = etag;
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			View view = KeepingRenderedPages.this.templates.resolveViewName(this.template, response.getLocale());
			if (view == null) {
				throw new IllegalStateException("No template " + this.template);
			}
			ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
			view.render(model, request, rendered);
			if (rendered.getStatus() == HttpStatus.OK.value()) {
				KeepingRenderedPages.this.pages.keep(this.etag, rendered.getContentType(), rendered.getLocale(),
						rendered.getContentAsByteArray());
			}
			rendered.copyBodyToResponse();
		}

	}

}
