package org.niaptracker.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The language comes from {@code ?lang=}, the cookie or the browser, and is English,
 * French or Spanish: any other value is ignored, never printed into the page and never an
 * error.
 */
@PostgresTest
class LanguageChoiceTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void aLanguageOfTheApplicationIsChosen() throws Exception {
		assertThat(page("/?lang=fr", null)).contains("<html lang=\"fr\"");
		assertThat(page("/?lang=ES", null)).contains("<html lang=\"es\"");
		assertThat(page("/", new Cookie("niap-lang", "fr"))).contains("<html lang=\"fr\"");
	}

	@Test
	void anyOtherValueIsIgnored() throws Exception {
		String made = "x".repeat(5000);
		assertThat(page("/login?lang=" + made, null)).contains("<html lang=\"en\"").doesNotContain(made);
		assertThat(page("/?lang=zz", null)).contains("<html lang=\"en\"");
		assertThat(page("/", new Cookie("niap-lang", made))).contains("<html lang=\"en\"").doesNotContain(made);
		assertThat(page("/?lang=%22%3E%3Cscript%3E", new Cookie("niap-lang", "de"))).contains("<html lang=\"en\"");
	}

	private String page(String path, Cookie cookie) throws Exception {
		var request = get(path);
		if (cookie != null) {
			request.cookie(cookie);
		}
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

}
