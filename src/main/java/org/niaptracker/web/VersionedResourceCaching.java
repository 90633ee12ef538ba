package org.niaptracker.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A stylesheet or script whose address carries the hash of its content
 * ({@code /css/niap-<md5>.css}, see {@code spring.web.resources.chain}) never changes:
 * browsers and proxies may keep it for a year. Every other answer keeps the application's
 * {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class VersionedResourceCaching {

	static final Pattern VERSIONED = Pattern.compile("^/(css|js)/.+-[0-9a-f]{32}\\.(css|js)$");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> versionedResourceCachingFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						String path = request.getRequestURI().substring(request.getContextPath().length());
						if (VERSIONED.matcher(path).matches()) {
							response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
						}
						chain.doFilter(request, response);
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
