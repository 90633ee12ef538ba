package org.niaptracker.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.niaptracker.web.ConditionalAnswers;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's answers about a Party (its profile, plan, actions, reports, imports) depend
 * on who asks: a draft is there for those who may read it, whether they sign in by an API
 * token ({@code Authorization}) or, for reads, by the browser's session ({@code Cookie}).
 * They say so in {@code Vary}, so that no cache gives one caller's answer to another.
 * Meetings, rating scales and overviews are the same for everyone.
 */
@Configuration(proxyBeanMethods = false)
class ApiVary implements WebMvcConfigurer {

	static final String PER_CALLER = ApiReader.BASE + "/parties/**";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				ConditionalAnswers.vary(response, HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE);
				return true;
			}
		}).addPathPatterns(PER_CALLER);
	}

}
