package org.niaptracker.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Answers for content that carries a validator: the reader's copy is checked against it
 * ({@code If-None-Match}), and the answer says how to cache it: keep it, but ask again
 * each time ({@code no-cache}), per language and session.
 */
public final class ConditionalAnswers {

	private ConditionalAnswers() {
	}

	/**
	 * Sets the validator and caching headers on the response; true when the reader's copy
	 * is current, the response is then a 304 and nothing more should be written.
	 */
	public static boolean revalidate(ServletWebRequest request, String etag) {
		HttpServletResponse response = request.getResponse();
		if (response != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		}
		return request.checkNotModified(etag);
	}

}
