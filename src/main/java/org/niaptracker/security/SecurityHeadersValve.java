package org.niaptracker.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The security headers on every response, Tomcat's own included. Tomcat answers some
 * requests before any servlet filter runs (a 400 for a URL it cannot decode, such as
 * {@code /%}), and a filter in front of Spring Security (the 413 or 400 of a refused
 * form, {@code system.RefusedFormFilter}) answers before Spring Security writes its
 * headers. This valve, first in Tomcat's engine, sets the same values Spring Security
 * writes ({@link SecurityConfiguration}) before anything else runs; Spring Security's
 * writers leave a header that is already there alone. Swagger UI's pages get the same
 * policy with inline styles allowed ({@link SecurityConfiguration#SWAGGER_UI_PATH}).
 */
final class SecurityHeadersValve extends ValveBase {

	SecurityHeadersValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		// The raw address, as sent: this runs before Tomcat decodes and maps it (so
		// before
		// the context path is known, and for addresses it cannot decode too).
		String uri = request.getRequestURI();
		boolean swaggerUi = uri != null && uri.contains(SecurityConfiguration.SWAGGER_UI_PATH);
		response.setHeader("Content-Security-Policy",
				swaggerUi ? SecurityConfiguration.SWAGGER_UI_CONTENT_SECURITY_POLICY
						: SecurityConfiguration.CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", SecurityConfiguration.REFERRER_POLICY.getPolicy());
		getNext().invoke(request, response);
	}

}
