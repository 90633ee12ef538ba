package org.niaptracker.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload over the server's multipart limit ({@code spring.servlet.multipart.*}) is
 * answered here, before any other filter reads a parameter: Tomcat refuses to parse it,
 * and the first {@code getParameter} (Spring Security's CSRF check) would otherwise fail
 * with a 500. The import form is sent back to its page with the refusal (303); any other
 * multipart post gets 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class UploadLimitFilter extends OncePerRequestFilter {

	private static final Pattern IMPORT = Pattern.compile("/parties/[A-Za-z0-9]{1,8}/reports/import");

	private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);

	/**
	 * How much of a refused upload is read and dropped, so that the browser, still
	 * sending, reads the answer rather than a reset connection; past it the connection is
	 * closed.
	 */
	private static final long DRAINED = 64L * 1024 * 1024;

	private final long limit;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:6MB}") DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMultipart(request)) {
			long length = request.getContentLengthLong();
			if (length > this.limit) {
				if (length <= DRAINED) {
					request.getInputStream().transferTo(OutputStream.nullOutputStream());
				}
				refuse(request, response, "Content-Length " + length);
				return;
			}
			try {
				request.getParts();
			}
			catch (IllegalStateException | IOException | ServletException ex) {
				response.setHeader("Connection", "close");
				refuse(request, response, ex.getMessage());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String why) {
		log.warn("Refused {} {} from {} over the upload limit: {}", request.getMethod(), request.getRequestURI(),
				request.getRemoteAddr(), why);
		if (IMPORT.matcher(request.getRequestURI()).matches()) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getRequestURI() + "?refused=tooLarge");
		}
		else {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		}
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String contentType = request.getContentType();
		return "POST".equals(request.getMethod()) && contentType != null
				&& contentType.regionMatches(true, 0, "multipart/", 0, 10);
	}

}
