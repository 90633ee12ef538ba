package org.niaptracker.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The look-up of a controller method compares the address first, and otherwise answers as
 * Spring MVC does.
 */
@PostgresTest
class PathFirstHandlerMappingTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RequestMappingHandlerMapping requestMappingHandlerMapping;

	@Autowired
	private UserDetailsService users;

	private static final RequestMappingInfo PARTY_PAGE = RequestMappingInfo.paths("/parties/{code}")
		.methods(RequestMethod.GET)
		.produces(MediaType.TEXT_HTML_VALUE)
		.options(options())
		.build();

	@Test
	void theApplicationLooksUpItsControllersThisWay() {
		assertThat(this.requestMappingHandlerMapping).isInstanceOf(PathFirstHandlerMapping.PathFirst.class);
	}

	@Test
	void aMappingForAnotherAddressIsSetAsideWithoutAskingTheRequestAnythingElse() {
		Asked request = new Asked(request("GET", "/meetings/SC66"));

		assertThat(new PathFirstHandlerMapping.PathFirst().getMatchingMapping(PARTY_PAGE, request)).isNull();
		assertThat(request.asked).isEmpty();
		// Spring's own order asks for the method, and the headers, before it compares the
		// address.
		assertThat(PARTY_PAGE.getMatchingCondition(request)).isNull();
		assertThat(request.asked).contains("getMethod");
	}

	@Test
	void aMappingForThisAddressIsTestedAsSpringTestsIt() {
		MockHttpServletRequest page = request("GET", "/parties/KH");
		MockHttpServletRequest wrongMethod = request("POST", "/parties/KH");
		MockHttpServletRequest json = request("GET", "/parties/KH");
		json.addHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
		PathFirstHandlerMapping.PathFirst mapping = new PathFirstHandlerMapping.PathFirst();

		assertThat(mapping.getMatchingMapping(PARTY_PAGE, page)).isEqualTo(PARTY_PAGE.getMatchingCondition(page))
			.isNotNull();
		assertThat(mapping.getMatchingMapping(PARTY_PAGE, wrongMethod)).isNull();
		assertThat(mapping.getMatchingMapping(PARTY_PAGE, json)).isNull();
	}

	@Test
	void pagesWithVariablesAreFoundAndTheErrorsAreSpringsOwn() throws Exception {
		this.mvc.perform(get("/parties/KH/reports/SC66")).andExpect(status().isOk());
		this.mvc.perform(get("/parties/KH")).andExpect(status().isOk());
		this.mvc.perform(get("/parties/KH/reports/SC66/nothing-here")).andExpect(status().isNotFound());
		this.mvc.perform(delete("/parties/KH").with(new Accounts(this.users).as(Accounts.FOCAL_KH)).with(csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", containsString("GET")));
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	private static RequestMappingInfo.BuilderConfiguration options() {
		RequestMappingInfo.BuilderConfiguration options = new RequestMappingInfo.BuilderConfiguration();
		options.setPatternParser(PathPatternParser.defaultInstance);
		return options;
	}

	/** Remembers what was asked of the request, apart from its parsed path. */
	private static final class Asked extends HttpServletRequestWrapper {

		private final List<String> asked = new ArrayList<>();

		Asked(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			this.asked.add("getMethod");
			return super.getMethod();
		}

		@Override
		public String getHeader(String name) {
			this.asked.add("getHeader " + name);
			return super.getHeader(name);
		}

		@Override
		public java.util.Enumeration<String> getHeaders(String name) {
			this.asked.add("getHeaders " + name);
			return super.getHeaders(name);
		}

		@Override
		public String getContentType() {
			this.asked.add("getContentType");
			return super.getContentType();
		}

		@Override
		public java.util.Map<String, String[]> getParameterMap() {
			this.asked.add("getParameterMap");
			return super.getParameterMap();
		}

		@Override
		public String getParameter(String name) {
			this.asked.add("getParameter " + name);
			return super.getParameter(name);
		}

	}

}
