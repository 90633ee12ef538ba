package org.niaptracker.links;

import org.springframework.web.util.UriUtils;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The application's address scheme, from a base: the pages from the context path (the
 * links of a fragment rendered outside a request, which cannot link through
 * {@code @{...}}), the API's resources under its base, the notices' links under the
 * public base URL. Codes are encoded as path segments. A value, with no request in it: a
 * kept fragment is kept under it, so the same fragment under another context path is
 * rendered again.
 *
 * @param contextPath what the addresses start with: the application's context path
 * ({@code ""} at the root), the API's base, or an absolute base URL
 */
public record Addresses(String contextPath) {

	/**
	 * The addresses inside the application, without its context path: what a controller's
	 * {@code "redirect:..."} takes (Spring adds the context path).
	 */
	public static final Addresses IN_APPLICATION = new Addresses("");

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
