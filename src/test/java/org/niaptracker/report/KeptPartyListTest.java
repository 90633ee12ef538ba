package org.niaptracker.report;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The list of Parties, read signed out, carries a validator from the content's
 * generation: a reader who has the page gets a 304, and another reader the kept page,
 * each after the generation's statement alone, without rendering. Any committed change of
 * the content changes the validator, so neither is ever stale.
 */
@PostgresTest
class KeptPartyListTest {

	private static final List<String> HEADERS = List.of("Content-Type", "Content-Language", "ETag", "Cache-Control",
			"Vary", "Content-Security-Policy");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private MeterRegistry registry;

	@Test
	void theNextReaderGetsTheKeptListAndAReaderWhoHasItA304AfterOneStatement() throws Exception {
		MockHttpServletResponse first = page(get("/").header("Accept-Language", "fr"));
		String etag = first.getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");

		double sent = keptPagesSent();
		MockHttpServletResponse[] again = new MockHttpServletResponse[1];
		long statements = this.sql.countDuring(() -> again[0] = page(get("/").header("Accept-Language", "fr")));
		assertThat(statements).as("the generation's").isEqualTo(1);
		assertThat(keptPagesSent()).isEqualTo(sent + 1);
		assertThat(again[0].getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
		for (String header : HEADERS) {
			assertThat(again[0].getHeaders(header)).as(header).isEqualTo(first.getHeaders(header));
		}

		statements = this.sql
			.countDuring(() -> again[0] = page(get("/").header("Accept-Language", "fr").header("If-None-Match", etag)));
		assertThat(again[0].getStatus()).isEqualTo(304);
		assertThat(statements).isEqualTo(1);

		// Another language, another page of the list: other validators.
		assertThat(page(get("/").header("Accept-Language", "es")).getHeader("ETag")).isNotEqualTo(etag);
		assertThat(page(get("/").param("page", "1").header("Accept-Language", "fr")).getHeader("ETag"))
			.isNotEqualTo(etag);
	}

	@Test
	void aChangeOfTheContentChangesTheValidatorAndThePage() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 1);
		MockHttpServletResponse before = page(get("/"));
		assertThat(before.getContentAsString()).contains("Test Party ZZ");
		page(get("/"));

		this.jdbc.update("update party set name = 'Renamed Party' where code = 'ZZ'");
		MockHttpServletResponse after = page(get("/").header("If-None-Match", before.getHeader("ETag")));
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
		assertThat(after.getContentAsString()).contains("Renamed Party").doesNotContain("Test Party ZZ");
		assertThat(page(get("/")).getContentAsString()).contains("Renamed Party");
	}

	@Test
	void signedInReadersAreRenderedEachTimeWithoutAValidator() throws Exception {
		page(get("/"));
		double sent = keptPagesSent();
		Accounts accounts = new Accounts(this.users);
		MockHttpServletResponse signedIn = page(get("/").with(accounts.as(Accounts.FOCAL_KH)));
		assertThat(signedIn.getHeader("ETag")).isNull();
		assertThat(signedIn.getContentAsString()).contains("/logout");
		assertThat(keptPagesSent()).isEqualTo(sent);
		assertThat(page(get("/")).getContentAsString()).doesNotContain("/logout");
	}

	private double keptPagesSent() {
		return this.registry.get("cache.gets")
			.tag("cache", "kept_pages")
			.tag("result", "hit")
			.functionCounter()
			.count();
	}

	private MockHttpServletResponse page(RequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isIn(200, 304);
		return response;
	}

}
