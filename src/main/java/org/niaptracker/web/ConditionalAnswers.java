package org.niaptracker.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Answers for content that carries a validator: the reader's copy is checked against it
 * ({@code If-None-Match}), and the answer says how to cache it: keep it, but ask again
 * each time ({@code no-cache}), per language and session. An answer that also depends on
 * other request headers (the API's {@code Authorization}) names them with
 * {@link #vary(HttpServletResponse, String...)}, which adds to {@code Vary} rather than
 * replacing it.
 */
public final class ConditionalAnswers {

	private ConditionalAnswers() {
	}

	/**
	 * Whether the reader says which copy it has ({@code If-None-Match}): only then can
	 * the answer be a 304, so only then is it worth reading a validator on its own first.
	 */
	public static boolean isConditional(ServletWebRequest request) {
		return request.getHeader(HttpHeaders.IF_NONE_MATCH) != null;
	}

	/**
	 * Sets the validator and caching headers on the response; true when the reader's copy
	 * is current, the response is then a 304 and nothing more should be written.
	 */
	public static boolean revalidate(ServletWebRequest request, String etag) {
		HttpServletResponse response = request.getResponse();
		if (response != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			vary(response, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE);
		}
		return request.checkNotModified(etag);
	}

	/**
	 * Adds the request headers to the answer's {@code Vary}, keeping those already named
	 * there (once each, in order).
	 */
	public static void vary(HttpServletResponse response, String... headers) {
		Set<String> names = new LinkedHashSet<>();
		for (String value : response.getHeaders(HttpHeaders.VARY)) {
			for (String name : StringUtils.commaDelimitedListToStringArray(value)) {
				if (!name.isBlank()) {
					names.add(name.trim());
				}
			}
		}
		for (String header : headers) {
			if (names.stream().noneMatch(header::equalsIgnoreCase)) {
				names.add(header);
			}
		}
		response.setHeader(HttpHeaders.VARY, String.join(", ", names));
	}

}
