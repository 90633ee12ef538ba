package org.niaptracker.test;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Personal API tokens for tests, made as their owner makes them (on the account's token
 * page), and requests that present them.
 */
public final class Tokens {

	private Tokens() {
	}

	/** Creates a token for the user on the token page and reads it where it is shown. */
	public static String create(MockMvc mvc, Accounts accounts, String username) throws Exception {
		String page = mvc
			.perform(post("/account/tokens").with(accounts.as(username))
				.with(csrf())
				.param("name", "Test script")
				.param("days", "30"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Element shown = Jsoup.parse(page).selectFirst("#new-token-value");
		assertThat(shown).as("the new token on the page").isNotNull();
		return shown.attr("value");
	}

	/** The request with the token and a JSON body. */
	public static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String token, String body) {
		MockHttpServletRequestBuilder json = request.contentType(MediaType.APPLICATION_JSON).content(body);
		return (token != null) ? json.header(HttpHeaders.AUTHORIZATION, "Bearer " + token) : json;
	}

}
