package org.niaptracker.report;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.CacheGets;
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
 * The list of Parties, a Party's page, a meeting's public overview and the dashboard,
 * read signed out, carry a validator from the content's generation (and, for the overview
 * and the dashboard, from their query: page, filters): a reader who has the page gets a
 * 304, and another reader the kept page, each after the generation's statement alone,
 * without rendering. Any committed change of the content changes the validator, so
 * neither is ever stale.
 */
@PostgresTest
class KeptContentPagesTest {

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

	@ParameterizedTest
	@ValueSource(strings = { "/", "/?page=0", "/parties/KH", "/meetings/SC66/overview",
			"/meetings/SC66/overview?page=2", "/dashboard", "/dashboard?sort=status&page=1" })
	void theNextReaderGetsTheKeptPageAndAReaderWhoHasItA304AfterOneStatement(String path) throws Exception {
		MockHttpServletResponse first = page(get(path).header("Accept-Language", "fr"));
		String etag = first.getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");

		double sent = keptPagesSent();
		MockHttpServletResponse[] again = new MockHttpServletResponse[1];
		long[] counted = new long[1];
		long commits = this.sql.commitsDuring(() -> counted[0] = this.sql
			.countDuring(() -> again[0] = page(get(path).header("Accept-Language", "fr"))));
		long statements = counted[0];
		assertThat(statements).as("the generation's").isEqualTo(1);
		assertThat(commits).as("no transaction").isZero();
		assertThat(keptPagesSent()).isEqualTo(sent + 1);
		assertThat(again[0].getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
		for (String header : HEADERS) {
			assertThat(again[0].getHeaders(header)).as(header).isEqualTo(first.getHeaders(header));
		}

		commits = this.sql.commitsDuring(() -> counted[0] = this.sql.countDuring(
				() -> again[0] = page(get(path).header("Accept-Language", "fr").header("If-None-Match", etag))));
		assertThat(again[0].getStatus()).isEqualTo(304);
		assertThat(counted[0]).isEqualTo(1);
		assertThat(commits).as("no transaction").isZero();

		// Another language, another page of the list, of the overview, another view of
		// the dashboard, another Party: other validators.
		assertThat(page(get(path).header("Accept-Language", "es")).getHeader("ETag")).isNotEqualTo(etag);
		for (String other : List.of("/?page=1", "/meetings/SC66/overview?page=3", "/meetings/SC67/overview",
				"/dashboard?sort=category")) {
			assertThat(page(get(other).header("Accept-Language", "fr")).getHeader("ETag")).as(other).isNotEqualTo(etag);
		}
		Accounts.createOtherParty(this.jdbc);
		assertThat(page(get("/parties/ZZ").header("Accept-Language", "fr")).getHeader("ETag")).isNotEqualTo(etag);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/parties/ZZ", "/meetings/SC66/overview", "/dashboard" })
	void aChangeOfTheContentChangesTheValidatorAndThePage(String path) throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 1);
		MockHttpServletResponse before = page(get(path));
		assertThat(before.getContentAsString()).contains("Test Party ZZ");
		page(get(path));

		this.jdbc.update("update party set name = 'Renamed Party' where code = 'ZZ'");
		MockHttpServletResponse after = page(get(path).header("If-None-Match", before.getHeader("ETag")));
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
		assertThat(after.getContentAsString()).contains("Renamed Party").doesNotContain("Test Party ZZ");
		assertThat(page(get(path)).getContentAsString()).contains("Renamed Party");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/parties/KH", "/meetings/SC66/overview", "/dashboard" })
	void signedInReadersAreRenderedEachTimeWithoutAValidator(String path) throws Exception {
		page(get(path));
		double sent = keptPagesSent();
		Accounts accounts = new Accounts(this.users);
		MockHttpServletResponse signedIn = page(get(path).with(accounts.as(Accounts.FOCAL_KH)));
		assertThat(signedIn.getHeader("ETag")).isNull();
		assertThat(signedIn.getContentAsString()).contains("/logout");
		assertThat(keptPagesSent()).isEqualTo(sent);
		assertThat(page(get(path)).getContentAsString()).doesNotContain("/logout");
	}

	/**
	 * A published report asked with a query string (another language) is rendered, from
	 * its page as this instance last read it under the same validator: the validator's
	 * statement alone, no report loaded.
	 */
	@Test
	void aPublishedReportRenderedAgainForAReaderSignedOutReadsOnlyItsValidator() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 2, 3);
		String path = "/parties/ZZ/reports/SC66?lang=fr";
		MockHttpServletResponse first = page(get(path));
		double sent = keptPagesSent();
		double taken = CacheGets.of(this.registry, "kept_report_pages", "hit");
		MockHttpServletResponse[] again = new MockHttpServletResponse[1];
		List<String> statements = this.sql.statementsDuring(() -> again[0] = page(get(path)));
		assertThat(statements).as("the validator's").hasSize(1);
		assertThat(CacheGets.of(this.registry, "kept_report_pages", "hit")).isEqualTo(taken + 1);
		assertThat(keptPagesSent()).as("rendered, not sent from the kept page").isEqualTo(sent);
		assertThat(again[0].getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(again[0].getHeader("ETag")).isEqualTo(first.getHeader("ETag"));

		// Signed in, the report is read as before, and the page is theirs.
		Accounts accounts = new Accounts(this.users);
		MockHttpServletResponse secretariat = page(get(path).with(accounts.as(Accounts.SECRETARIAT)));
		assertThat(secretariat.getHeader("ETag")).isNull();
		assertThat(secretariat.getContentAsString()).contains("/logout");
		assertThat(page(get(path)).getContentAsString()).doesNotContain("/logout");

		// A change of the report changes its validator: read again, not taken from
		// memory.
		this.jdbc.update("update reporting_period set version = version + 1, prepared_by = 'Someone else'"
				+ " where id = (select r.id from reporting_period r join party p on p.id = r.party_id"
				+ " join meeting m on m.id = r.meeting_id where p.code = 'ZZ' and m.code = 'SC66')");
		assertThat(this.sql.countDuring(() -> again[0] = page(get(path)))).isGreaterThan(1);
		assertThat(again[0].getContentAsString()).contains("Someone else");
	}

	@Test
	void aViewOfTheDashboardWithValuesItIgnoredIsNeitherValidatedNorKept() throws Exception {
		page(get("/dashboard?category=Z"));
		double sent = keptPagesSent();
		MockHttpServletResponse mistyped = page(get("/dashboard?category=Z"));
		assertThat(mistyped.getHeader("ETag")).isNull();
		assertThat(mistyped.getHeader("Cache-Control")).contains("no-store");
		assertThat(mistyped.getContentAsString()).contains("data-ignored");
		assertThat(keptPagesSent()).isEqualTo(sent);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/parties/XX", "/meetings/SC99/overview" })
	void aPartyOrMeetingThatDoesNotExistIsA404(String path) throws Exception {
		assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private double keptPagesSent() {
		return CacheGets.of(this.registry, "kept_pages", "hit");
	}

	private MockHttpServletResponse page(RequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isIn(200, 304);
		return response;
	}

}
