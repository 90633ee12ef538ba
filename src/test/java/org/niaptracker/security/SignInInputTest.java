package org.niaptracker.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The sign-in form is read by Spring Security, not by the application's binder: hostile
 * user names still get the ordinary "wrong name or password" answer, never a server
 * error.
 */
@PostgresTest
class SignInInputTest {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "focal\u0000kh", "\u0000", "\u001b[2J", "\uD800", "" })
	void hostileUserNamesAreAWrongSignIn(String username) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", "cambodia-demo"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?");
	}

	@org.junit.jupiter.api.Test
	void anOverLongUserNameIsAWrongSignIn() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf()).param("username", "x".repeat(20000)).param("password", "secret"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?");
	}

}
