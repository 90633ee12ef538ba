package org.niaptracker.web;

import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.niaptracker.model.KeptInMemory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages that cannot change while their validator stays the same (a published report read
 * signed out), kept once rendered under that validator: asked again, by anyone, the page
 * is written from the kept copy without loading the report or rendering its template.
 * <p>
 * The validator is computed from the database on every request, and names everything on
 * the page (the report's, Party's, meeting's and scale's versions, the language and the
 * build), so a kept copy is never stale and several instances need not share anything:
 * each keeps what it rendered. Only requests without a query string are kept or answered
 * (a query string can change the page: notices, {@code ?lang=}), unless the page's
 * validator names what its query can change ({@link #isKeptWithQuery}). The copies take
 * at most {@code niap.kept-pages.max-size} of memory (8 MB: some 200 reports), the least
 * used leaving first.
 */
@Component
public class KeptPages {

	private static final String KEEP = KeptPages.class.getName() + ".KEEP";

	private static final String SEND = KeptPages.class.getName() + ".SEND";

	private final Cache<String, KeptPage> pages;

	KeptPages(@Value("${niap.kept-pages.max-size:8MB}") DataSize maxSize, ObjectProvider<MeterRegistry> meters) {
		this.pages = KeptInMemory.cache("kept_pages", maxSize, (page) -> page.body().length, meters);
	}

	/**
	 * Whether the page with this validator is answered without rendering it: true when
	 * the reader's copy is current (a 304) or a copy is kept, which {@link #answer} then
	 * sends. Otherwise the page is to be rendered, and is kept once rendered. Nothing is
	 * written here, so it may be asked inside a transaction.
	 */
	public boolean isKept(ServletWebRequest request, String etag) {
		return isKept(request, etag, false);
	}

	/**
	 * {@link #isKept} for a page whose validator names everything its query string can
	 * change (an overview's page number, the dashboard's filters; the language comes in
	 * the validator as the request's locale): such a page is kept, and answered, with its
	 * query string too.
	 */
	public boolean isKeptWithQuery(ServletWebRequest request, String etag) {
		return isKept(request, etag, true);
	}

	private boolean isKept(ServletWebRequest request, String etag, boolean queryNamed) {
		if (ConditionalAnswers.revalidate(request, etag)) {
			return true;
		}
		HttpServletRequest servletRequest = request.getRequest();
		if (!queryNamed && hasQueryString(servletRequest)) {
			return false;
		}
		KeptPage page = this.pages.getIfPresent(etag);
		servletRequest.setAttribute((page != null) ? SEND : KEEP, (page != null) ? page : etag);
		return page != null;
	}

	/**
	 * The answer of a request for which {@link #isKept} was true: the kept page, or
	 * nothing more for a 304.
	 */
	public ModelAndView answer(ServletWebRequest request) {
		if (!(request.getRequest().getAttribute(SEND) instanceof KeptPage page)) {
			return null;
		}
		return new ModelAndView((model, servletRequest, response) -> {
			response.setContentType(page.contentType());
			response.setLocale(page.locale());
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
		});
	}

	private static boolean hasQueryString(HttpServletRequest request) {
		return request.getQueryString() != null;
	}

	/** The validator under which this request's page is to be kept, if any. */
	String toKeep(HttpServletRequest request) {
		return (request.getAttribute(KEEP) instanceof String etag) ? etag : null;
	}

	void keep(String etag, String contentType, Locale locale, byte[] body) {
		this.pages.put(etag, new KeptPage(contentType, locale, body));
	}

	private record KeptPage(String contentType, Locale locale, byte[] body) {
	}

}
