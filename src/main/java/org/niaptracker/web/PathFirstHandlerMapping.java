package org.niaptracker.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's look-up of a controller method, with the address compared first.
 * <p>
 * An address with variables ({@code /parties/KH/reports/SC66}) has no direct match, so
 * Spring MVC tries every mapping in turn. {@link RequestMappingInfo} tests the method,
 * the parameters, the headers, the content types and the version before the path; each
 * asks the request through the wrappers of Spring Security and Spring Session. For the
 * hundred mappings of this application that was a tenth of the CPU time of the SC66
 * page's full render (issue 13). Here a mapping whose path does not match is set aside at
 * once; the others are tested by Spring's own code, in its own order, so the chosen
 * method, the 404, 405, 406 and 415 answers are those of Spring MVC unchanged
 * (spring-framework#22598 discussed the same order).
 */
@Configuration(proxyBeanMethods = false)
class PathFirstHandlerMapping {

	@Bean
	WebMvcRegistrations pathFirstRegistrations() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PathFirst();
			}
		};
	}

	static class PathFirst extends RequestMappingHandlerMapping {

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			PathPatternsRequestCondition paths = info.getPathPatternsCondition();
			if (paths != null && paths.getMatchingCondition(request) == null) {
				return null;
			}
			return super.getMatchingMapping(info, request);
		}

	}

}
