package org.niaptracker.report;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A published report's page, read signed out, is rendered once and kept under its
 * validator: the next reader gets the same bytes and headers after one statement. A
 * change to anything the page shows changes the validator, so a kept page is never served
 * stale.
 */
@PostgresTest
class KeptReportPageTest {

	private static final String SC66 = "/parties/KH/reports/SC66";

	private static final String ZZ_SC66 = "/parties/ZZ/reports/SC66";

	private static final List<String> HEADERS = List.of("Content-Type", "Content-Language", "ETag", "Cache-Control",
			"Vary", "Content-Security-Policy", "X-Content-Type-Options");

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
	void theNextReaderGetsTheKeptPageAfterOneStatement() throws Exception {
		// Another language than the other tests', so that this test renders first.
		MockHttpServletResponse first = page(get(SC66).header("Accept-Language", "es"));
		long statements = this.sql.countDuring(() -> {
			MockHttpServletResponse kept = page(get(SC66).header("Accept-Language", "es"));
			assertThat(kept.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
			for (String header : HEADERS) {
				assertThat(kept.getHeaders(header)).as(header).isEqualTo(first.getHeaders(header));
			}
		});
		assertThat(statements).isEqualTo(1);
		assertThat(first.getHeader("Content-Language")).isEqualTo("es");
		assertThat(first.getContentAsString()).contains("lang=\"es\"");
	}

	@Test
	void aQueryStringSignedInReadersAndDraftsAreRenderedEachTime() throws Exception {
		page(get(SC66));
		double sent = keptPagesSent();
		page(get(SC66 + "?lang=en"));
		assertThat(page(get(SC66 + "?moved=publish")).getContentAsString()).contains("data-moved=\"moved\"");
		Accounts accounts = new Accounts(this.users);
		MockHttpServletResponse signedIn = page(get(SC66).with(accounts.as(Accounts.FOCAL_KH)));
		assertThat(keptPagesSent()).isEqualTo(sent);
		assertThat(signedIn.getHeader("ETag")).isNull();
		assertThat(signedIn.getContentAsString()).contains("/logout");
		assertThat(page(get(SC66)).getContentAsString()).doesNotContain("/logout");
	}

	/**
	 * The Secretariat's ratings of a published report, once published, are on its public
	 * page: rating an action again changes the page, and its validator.
	 */
	@Test
	void theSecretariatsNewRatingIsNotHiddenByAKeptPage() throws Exception {
		// A report of this test: the seeded SC66 report stays as it is for the others.
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 2);
		Accounts accounts = new Accounts(this.users);
		this.mvc
			.perform(post(ZZ_SC66 + "/review/assessment-publication").param("published", "true")
				.param("version", String.valueOf(Reports.reportVersion(this.jdbc, "ZZ", "SC66")))
				.with(accounts.as(Accounts.SECRETARIAT))
				.with(csrf()))
			.andReturn();
		long evaluation = Reports.evaluationId(this.jdbc, "ZZ", "SC66", "1.1");
		assess(accounts, ZZ_SC66, evaluation, "CHALLENGING", null);
		MockHttpServletResponse before = page(get(ZZ_SC66));
		assertThat(before.getContentAsString()).contains("data-assessment=\"CHALLENGING\"");
		page(get(ZZ_SC66));

		Integer version = this.jdbc.queryForObject("select version from secretariat_assessment where evaluation_id = ?",
				Integer.class, evaluation);
		assess(accounts, ZZ_SC66, evaluation, "ON_TRACK", version);
		MockHttpServletResponse after = page(get(ZZ_SC66));
		assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
		assertThat(after.getContentAsString()).contains("data-assessment=\"ON_TRACK\"")
			.doesNotContain("data-assessment=\"CHALLENGING\"");
		assertThat(page(get(ZZ_SC66).header("If-None-Match", before.getHeader("ETag"))).getStatus()).isEqualTo(200);
	}

	private void assess(Accounts accounts, String report, long evaluation, String rating, Integer version)
			throws Exception {
		var request = post(report + "/review/assessments/" + evaluation).param("rating", rating)
			.with(accounts.as(Accounts.SECRETARIAT))
			.with(csrf());
		if (version != null) {
			request.param("version", version.toString());
		}
		assertThat(this.mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	private double keptPagesSent() {
		return CacheGets.of(this.registry, "kept_pages", "hit");
	}

	private MockHttpServletResponse page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isIn(200, 304);
		return response;
	}

}
