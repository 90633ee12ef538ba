package org.niaptracker.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests are the public API's, whose errors are problem details (RFC 9457), never
 * pages ({@link ApiRefusals} words them). One place for the error boundary and for
 * {@code system.DatabaseUnavailableFilter}, which answers before it.
 */
public final class ApiRequests {

	/** Where the public API lives. */
	public static final String PATH = "/api/";

	private ApiRequests() {
	}

	/** Whether the request is one of the public API's. */
	public static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + PATH);
	}

}
