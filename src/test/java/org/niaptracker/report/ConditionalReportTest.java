package org.niaptracker.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A published report read signed out carries a validator; asked again with it, the page
 * answers 304 after one statement. The validator changes with the report, its Party and
 * the reader's language; signed-in pages carry none.
 */
@PostgresTest
class ConditionalReportTest {

	private static final String SC66 = "/parties/KH/reports/SC66";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private ReportValidator validator;

	@Test
	void aPublishedReportIsRevalidatedNotRenderedAgain() throws Exception {
		MvcResult first = this.mvc.perform(get(SC66)).andReturn();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(first.getResponse().getHeaders("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Cookie"));
		// The same bytes every time, so the validator stands for them.
		assertThat(this.mvc.perform(get(SC66)).andReturn().getResponse().getContentAsString())
			.isEqualTo(first.getResponse().getContentAsString());

		long statements = this.sql.countDuring(() -> {
			MvcResult again = this.mvc.perform(get(SC66).header("If-None-Match", etag)).andReturn();
			assertThat(again.getResponse().getStatus()).isEqualTo(304);
			assertThat(again.getResponse().getContentAsString()).isEmpty();
		});
		assertThat(statements).isEqualTo(1);

		assertThat(this.mvc.perform(get(SC66).param("lang", "fr")).andReturn().getResponse().getHeader("ETag"))
			.isNotEqualTo(etag);
		// Another Party's report: renaming the Party (as the profile page does, raising
		// its
		// version) changes the validator.
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 2);
		String zz = this.mvc.perform(get("/parties/ZZ/reports/SC66")).andReturn().getResponse().getHeader("ETag");
		this.jdbc.update("update party set name_fr = 'Autre Partie', version = version + 1 where code = 'ZZ'");
		assertThat(this.mvc.perform(get("/parties/ZZ/reports/SC66").header("If-None-Match", zz))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void aPublishedReportsDownloadsAreRevalidatedNotRenderedAgain() throws Exception {
		for (String file : new String[] { "annex.pdf", "annex.docx", "report.json", "evaluations.csv" }) {
			MvcResult first = this.mvc.perform(get(SC66 + "/" + file)).andReturn();
			String etag = first.getResponse().getHeader("ETag");
			assertThat(etag).as(file).startsWith("W/\"");
			assertThat(first.getResponse().getContentAsByteArray()).as(file).isNotEmpty();
			MvcResult again = this.mvc.perform(get(SC66 + "/" + file).header("If-None-Match", etag)).andReturn();
			assertThat(again.getResponse().getStatus()).as(file).isEqualTo(304);
			assertThat(again.getResponse().getContentAsByteArray()).as(file).isEmpty();
		}
		// A report not published carries none.
		Accounts accounts = new Accounts(this.users);
		this.mvc.perform(Reports.startSc67(accounts)).andReturn();
		assertThat(this.mvc.perform(get("/parties/KH/reports/SC67/report.json").with(accounts.as(Accounts.FOCAL_KH)))
			.andReturn()
			.getResponse()
			.getHeader("ETag")).isNull();
	}

	/**
	 * The validator read on its own (one plain statement, for a 304 or a kept page) is
	 * the one the rendered page sends, in each language and after a change; there is none
	 * for a draft, an unknown report, or a reader signed in.
	 */
	@Test
	void theValidatorReadOnItsOwnIsTheOneThePageSends() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 2);
		for (String language : new String[] { "en", "fr", "es" }) {
			assertThat(this.validator.ofPublished("ZZ", "SC66", "page", Locale.forLanguageTag(language))).as(language)
				.contains(etag("/parties/ZZ/reports/SC66?lang=" + language));
		}
		String before = etag("/parties/ZZ/reports/SC66?lang=en");
		this.jdbc.update("update party set version = version + 1 where code = 'ZZ'");
		assertThat(this.validator.ofPublished("ZZ", "SC66", "page", Locale.ENGLISH)).isNotEqualTo(Optional.of(before))
			.contains(etag("/parties/ZZ/reports/SC66?lang=en"));
		assertThat(this.validator.ofPublished("ZZ", "SC66", "print", Locale.ENGLISH))
			.isNotEqualTo(this.validator.ofPublished("ZZ", "SC66", "page", Locale.ENGLISH));
		assertThat(this.validator.ofPublished("ZZ", "SC99", "page", Locale.ENGLISH)).isEmpty();
		assertThat(this.validator.ofPublished("XX", "SC66", "page", Locale.ENGLISH)).isEmpty();
		this.jdbc.update("update reporting_period set status = 'ACCEPTED' where party_id = "
				+ "(select id from party where code = 'ZZ')");
		assertThat(this.validator.ofPublished("ZZ", "SC66", "page", Locale.ENGLISH)).isEmpty();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken
				.authenticated(this.users.loadUserByUsername(Accounts.FOCAL_KH), null, List.of()));
		try {
			assertThat(this.validator.ofPublished("KH", "SC66", "page", Locale.ENGLISH)).isEmpty();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String etag(String page) throws Exception {
		MvcResult result = this.mvc.perform(get(page)).andReturn();
		assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
		return result.getResponse().getHeader("ETag");
	}

	@Test
	void signedInPagesAndDraftsCarryNoValidator() throws Exception {
		Accounts accounts = new Accounts(this.users);
		MvcResult signedIn = this.mvc.perform(get(SC66).with(accounts.as(Accounts.FOCAL_KH))).andReturn();
		assertThat(signedIn.getResponse().getHeader("ETag")).isNull();
		assertThat(signedIn.getResponse().getHeader("Cache-Control")).contains("no-store");
	}

}
