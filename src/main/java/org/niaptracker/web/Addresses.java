package org.niaptracker.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriUtils;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The application's pages, from its context path: the links of a fragment rendered
 * outside a request ({@link KeptFragments}), which cannot link through {@code @{...}}.
 * Codes are encoded as path segments. A value: a kept fragment is kept under it, so the
 * same fragment under another context path is rendered again.
 *
 * @param contextPath the application's context path ({@code ""} at the root)
 */
public record Addresses(String contextPath) {

	/**
	 * The addresses inside the application, without its context path: what a controller's
	 * {@code "redirect:..."} takes (Spring adds the context path).
	 */
	public static final Addresses IN_APPLICATION = new Addresses("");

	/** The addresses as this request reaches the application. */
	public static Addresses of(HttpServletRequest request) {
		return new Addresses(request.getContextPath());
	}

	/** The list of Parties. */
	public String home() {
		return this.contextPath + "/";
	}

	/** A Party's page. */
	public String party(String partyCode) {
		return this.contextPath + "/parties/" + segment(partyCode);
	}

	/** A Party's report to a meeting; its other pages and files are below it. */
	public String report(String partyCode, String meetingCode) {
		return party(partyCode) + "/reports/" + segment(meetingCode);
	}

	/** A meeting; its overviews and files are below it. */
	public String meeting(String meetingCode) {
		return this.contextPath + "/meetings/" + segment(meetingCode);
	}

	private static String segment(String code) {
		return UriUtils.encodePathSegment(code, UTF_8);
	}

}
