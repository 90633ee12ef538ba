package org.niaptracker.report;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each page runs a fixed number of SQL statements, whatever the number of actions (no
 * N+1). Every statement sent to PostgreSQL counts, JdbcClient's included, signed out and
 * signed in.
 */
@PostgresTest
@Transactional
class ReportPageQueriesTest {

	/**
	 * Signed out: the report with its Party, meeting and scale; the scale's ratings; the
	 * evaluations with actions and pillars (how it was written, the timeline, is not
	 * public).
	 */
	static final int REPORT_PAGE_STATEMENTS = 3;

	/**
	 * What any signed-in HTML page adds: the notices in the header (the reports waiting,
	 * when the user last read the notices, the new comments), and the two statements of
	 * Spring Session keeping the session that holds the page's CSRF token (here it is
	 * created; in a browser it is read and its access time updated).
	 */
	static final int SIGNED_IN_STATEMENTS = 3 + 2;

	/** Signed in as the Party's focal point: plus the timeline. */
	static final int REPORT_PAGE_SIGNED_IN_STATEMENTS = REPORT_PAGE_STATEMENTS + 1 + SIGNED_IN_STATEMENTS;

	/** For the Secretariat: plus its own ratings. */
	static final int REPORT_PAGE_SECRETARIAT_STATEMENTS = REPORT_PAGE_SIGNED_IN_STATEMENTS + 1;

	/**
	 * An export loads the report, its scale and its evaluations: no timeline, no notices.
	 */
	static final int EXPORT_STATEMENTS = 3;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private UserDetailsService users;

	@Test
	void reportPageRunsTheSameFewStatementsForThirteenOrTwoHundredActions() throws Exception {
		Accounts accounts = new Accounts(this.users);
		Reports.insertReportWithActions(this.jdbc, "ZZ", 20, 10);
		Accounts.createOtherParty(this.jdbc);
		for (String party : new String[] { "KH", "ZZ" }) {
			String page = "/parties/" + party + "/reports/SC66";
			String focalPoint = party.equals("KH") ? Accounts.FOCAL_KH : Accounts.FOCAL_OTHER;
			// Rendered in full: a query string is never answered from the kept page. The
			// validator is read first; then, in this test's transaction, which may write,
			// nothing is taken from memory (KeptContentPagesTest shows what is).
			assertThat(count(get(page + "?lang=en"))).as("%s signed out", page).isEqualTo(1 + REPORT_PAGE_STATEMENTS);
			count(get(page));
			assertThat(count(get(page))).as("%s signed out, kept", page).isEqualTo(1);
			assertThat(count(get(page).with(accounts.as(focalPoint)))).as("%s as its focal point", page)
				.isEqualTo(REPORT_PAGE_SIGNED_IN_STATEMENTS);
			assertThat(count(get(page).with(accounts.as(Accounts.SECRETARIAT)))).as("%s as the Secretariat", page)
				.isEqualTo(REPORT_PAGE_SECRETARIAT_STATEMENTS);
		}
	}

	@Test
	void downloadsLoadWhatTheyPrintAndRunNoNoticeQuery() throws Exception {
		Accounts accounts = new Accounts(this.users);
		Reports.insertReportWithActions(this.jdbc, "ZZ", 20, 10);
		for (String party : new String[] { "KH", "ZZ" }) {
			String report = "/parties/" + party + "/reports/SC66";
			assertThat(count(get(report + "/report.json"))).isEqualTo(EXPORT_STATEMENTS);
			assertThat(count(get(report + "/evaluations.csv").with(accounts.as(Accounts.FOCAL_KH))))
				.isEqualTo(EXPORT_STATEMENTS);
			// A published report's Word file, the first time: its validator read on its
			// own (one plain statement), the look among the kept files (one), the report
			// read and the file made, then kept (two statements). Once per version of the
			// report: every later reader gets the kept file after one or two statements.
			assertThat(count(get(report + "/annex.docx").with(accounts.as(Accounts.SECRETARIAT))))
				.isEqualTo(1 + 1 + EXPORT_STATEMENTS + 2);
		}
		// The next time, after the versions its key is computed from (one plain
		// statement), without the report: from this instance's memory, no statement more
		// (KeptFilesTest: from PostgreSQL on another instance, one more).
		assertThat(count(get("/parties/KH/reports/SC66/annex.docx").with(accounts.as(Accounts.SECRETARIAT))))
			.isEqualTo(1);
	}

	@Test
	void listPagesRunAFixedNumberOfStatements() throws Exception {
		Accounts accounts = new Accounts(this.users);
		Reports.insertReportWithActions(this.jdbc, "ZZ", 5, 5);
		assertThat(count(get("/"))).isEqualTo(2);
		// The Party page: the Party with its profile, its reports and NIAP (3), and its
		// trend (4: ratings, scales, equivalences, counts); the Secretariat also sees its
		// own counts. PartyTrendTest grows the meetings.
		assertThat(count(get("/parties/ZZ"))).isEqualTo(3 + 4);
		assertThat(count(get("/").with(accounts.as(Accounts.FOCAL_KH)))).isEqualTo(2 + SIGNED_IN_STATEMENTS);
		assertThat(count(get("/parties/ZZ").with(accounts.as(Accounts.SECRETARIAT))))
			.isEqualTo(3 + 4 + 1 + SIGNED_IN_STATEMENTS);
	}

	private long count(MockHttpServletRequestBuilder request) throws Exception {
		RequestBuilder builder = request;
		return this.sql.countDuring(() -> this.mvc.perform(builder).andExpect(status().isOk()));
	}

}
