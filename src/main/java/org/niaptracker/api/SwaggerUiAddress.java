package org.niaptracker.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@value #DOCS}, the address of the API's documentation, sends the browser to Swagger
 * UI's page. springdoc's own redirect copies the query string into the new address and
 * answered 500 to a parameter Java cannot encode (an unpaired surrogate); this one
 * carries no parameter, so no value can break it.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerUiAddress {

	static final String DOCS = "/api/docs";

	static final String SWAGGER_UI = "/api/swagger-ui/index.html";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> swaggerUiRedirect() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Redirect());
		registration.addUrlPatterns(DOCS);
		return registration;
	}

	static final class Redirect extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
				chain.doFilter(request, response);
				return;
			}
			response.setStatus(HttpStatus.FOUND.value());
			response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + SWAGGER_UI);
		}

	}

}
