package org.niaptracker.system;

import java.io.IOException;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.niaptracker.web.ApiRefusals;
import org.niaptracker.web.ApiRequests;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;

/**
 * The 503 page for a request that failed because the database is unreachable before
 * Spring MVC could answer it: signed-in sessions live in PostgreSQL (Spring Session
 * JDBC), so loading or saving one fails in the session and security filters, where the
 * error boundary of the controllers cannot see it. This filter runs before them and
 * renders {@code error/503} itself (the API: a problem detail), without a session, with
 * one log line; a dispatch to Spring Boot's error page would go through the session
 * filter again and wait for the database a second time. Within the request the database
 * is waited for only once ({@link FailFastDataSource}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableFilter.class);

	private final ThymeleafViewResolver views;

	private final LocaleResolver locales;

	private final ApiRefusals api;

	DatabaseUnavailableFilter(ThymeleafViewResolver views, LocaleResolver localeResolver, ApiRefusals api) {
		this.views = views;
		this.locales = localeResolver;
		this.api = api;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			FailFastDataSource.inRequest(() -> chain.doFilter(request, response));
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseUnavailable.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("The database is not available: answered " + request.getMethod() + " " + request.getRequestURI()
					+ " with 503 (" + ex.getMessage() + ")");
			respond(request, response);
		}
	}

	private void respond(HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setHeader("Cache-Control", "no-store");
		if (ApiRequests.isApi(request)) {
			// The API's answer is the problem detail (RFC 9457) the error boundary gives.
			this.api.write(this.api.databaseUnavailable(request), response);
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		Locale locale = this.locales.resolveLocale(request);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, this.locales);
		try {
			View page = this.views.resolveViewName("error/503", locale);
			if (page != null) {
				page.render(Map.of(), request, response);
			}
		}
		catch (Exception ex) {
			throw new ServletException("Could not render the 503 page", ex);
		}
	}

}
