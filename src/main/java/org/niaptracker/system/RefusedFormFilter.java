package org.niaptracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form that Tomcat refuses to parse (over
 * {@code server.tomcat.max-http-form-post-size}, too many fields, bad encoding) is
 * answered here, right after the character encoding is set (UTF-8) and before any other
 * filter reads a parameter, with Tomcat's status (413 or 400) and one log line.
 * <p>
 * Without it, the first {@code getParameter} (Spring Security's CSRF check) threw, the
 * servlet container logged the exception with its stack trace, and the error page
 * dispatch threw and logged it again: a single 3 MB anonymous post to {@code /login}
 * wrote some 200 lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RefusedFormFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(RefusedFormFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isForm(request)) {
			if (request.getCharacterEncoding() == null) {
				// Parsing fixes the encoding: never let it default to ISO-8859-1.
				request.setCharacterEncoding(StandardCharsets.UTF_8.name());
			}
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException ex) {
				int status = (ex instanceof InvalidParameterException invalid && invalid.getErrorCode() >= 400)
						? invalid.getErrorCode() : HttpStatus.BAD_REQUEST.value();
				logger.warn("Refused " + request.getMethod() + " " + request.getRequestURI() + " from "
						+ request.getRemoteAddr() + " with " + status + ": " + ex.getMessage());
				response.setStatus(status);
				response.setHeader("Connection", "close");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isForm(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null && contentType.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33);
	}

}
