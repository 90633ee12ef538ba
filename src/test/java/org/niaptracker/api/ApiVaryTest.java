package org.niaptracker.api;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API's answers that depend on the caller name Authorization (and Cookie) in Vary,
 * with the language and session of a revalidated answer, so that no cache serves one
 * caller's answer to another; answers the same for everyone and the pages do not.
 */
@PostgresTest
class ApiVaryTest {

	@Autowired
	private MockMvc mvc;

	@Test
	void aReportVariesByTokenSessionAndLanguage() throws Exception {
		MockHttpServletResponse first = answer(get("/api/v1/parties/KH/reports/SC66"));
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getHeader("ETag")).isNotNull();
		assertThat(vary(first)).containsExactlyInAnyOrder("Authorization", "Cookie", "Accept-Language");

		MockHttpServletResponse notModified = answer(
				get("/api/v1/parties/KH/reports/SC66").header("If-None-Match", first.getHeader("ETag")));
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(vary(notModified)).contains("Authorization", "Cookie", "Accept-Language");

		MockHttpServletResponse draft = answer(get("/api/v1/parties/KH/reports/SC67"));
		assertThat(draft.getStatus()).isEqualTo(404);
		assertThat(vary(draft)).as("a draft is there for some callers").contains("Authorization", "Cookie");
	}

	@Test
	void aPartysAnswersVaryByCaller() throws Exception {
		for (String path : List.of("/api/v1/parties/KH", "/api/v1/parties/KH/plan")) {
			MockHttpServletResponse response = answer(get(path));
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(vary(response)).as(path).contains("Authorization", "Cookie").doesNotHaveDuplicates();
		}
	}

	@Test
	void answersTheSameForEveryoneAndThePagesDoNotVaryByAuthorization() throws Exception {
		assertThat(vary(answer(get("/api/v1/meetings/SC66")))).doesNotContain("Authorization");
		MockHttpServletResponse page = answer(get("/parties/KH/reports/SC66"));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(vary(page)).contains("Accept-Language", "Cookie").doesNotContain("Authorization");
	}

	private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static List<String> vary(MockHttpServletResponse response) {
		return response.getHeaders("Vary")
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.filter((name) -> !name.isEmpty())
			.toList();
	}

}
