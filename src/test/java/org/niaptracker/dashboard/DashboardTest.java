package org.niaptracker.dashboard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.BenchData;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The process dashboard on generated data (50 Parties of 10 actions reporting to SC100 to
 * SC103, beside Cambodia): what each reader sees, filters, sorting, pages, late and
 * overdue reports, the exit condition, parameters that are not known, and a number of
 * statements that does not grow with the Parties.
 */
@PostgresTest
class DashboardTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private UserDetailsService users;

	private Accounts accounts;

	@BeforeEach
	void accounts() {
		this.accounts = new Accounts(this.users);
	}

	@Test
	void cambodiaAloneSignedOut() throws Exception {
		String html = page(get("/dashboard"));
		assertThat(row(html, "KH"))
			.contains("Cambodia", "/parties/KH/reports/SC66", "data-status=\"PUBLISHED\"",
					"SC66: 2 of 13 actions achieved or substantially achieved")
			.doesNotContain("data-flag");
		assertThat(bars(row(html, "KH"))).containsExactly("SC66");
		assertThat(html).contains("Parties 1 to 1 of 1").doesNotContain("rel=\"next\"");
	}

	@Test
	void statementsDoNotGrowWithTheParties() throws Exception {
		long one = this.sql.countDuring(() -> page(get("/dashboard")));
		long oneInside = this.sql.countDuring(() -> page(get("/dashboard").with(as(Accounts.SECRETARIAT))));
		BenchData.generate(this.jdbc, 50, 10, 4);
		long many = this.sql.countDuring(() -> page(get("/dashboard")));
		long manyInside = this.sql.countDuring(() -> page(get("/dashboard").with(as(Accounts.SECRETARIAT))));
		long filtered = this.sql.countDuring(() -> page(get("/dashboard?category=B&meeting=SC102&sort=achieved")));
		assertThat(one).as("signed out").isEqualTo(5);
		assertThat(many).isEqualTo(one);
		assertThat(filtered).isEqualTo(one);
		assertThat(manyInside).as("as the Secretariat").isEqualTo(oneInside);
	}

	@Test
	void pagesOfFiftyKeepTheFilters() throws Exception {
		BenchData.generate(this.jdbc, 50, 10, 4);
		String first = page(get("/dashboard?sort=category"));
		assertThat(first).contains("Parties 1 to 50 of 51", "Page 1 of 2");
		assertThat(rows(first)).hasSize(50);
		assertThat(first).contains("href=\"/dashboard?sort=category&amp;page=2\"");
		String second = page(get("/dashboard?sort=category&page=2"));
		assertThat(rows(second)).hasSize(1);
		assertThat(second).contains("rel=\"prev\"", "href=\"/dashboard?sort=category\"");
		// A page past the last (an old link) shows the last.
		assertThat(rows(page(get("/dashboard?sort=category&page=9")))).isEqualTo(rows(second));
	}

	@Test
	void filtersByCategoryStatusAndMeeting() throws Exception {
		BenchData.generate(this.jdbc, 50, 10, 4);
		String categoryA = page(get("/dashboard?category=A"));
		assertThat(rows(categoryA)).hasSize(17).allSatisfy((code) -> assertThat(category(code)).isEqualTo("A"));
		assertThat(rows(page(get("/dashboard?status=EXITED")))).containsExactly("AK", "AV", "BG", "BR");
		assertThat(rows(page(get("/dashboard?category=C&status=IMPLEMENTING"))))
			.allSatisfy((code) -> assertThat(category(code)).isEqualTo("C"))
			.doesNotContain("AK", "AV", "BG", "BR");
		String sc101 = page(get("/dashboard?meeting=SC101"));
		assertThat(sc101).contains("Report to SC101");
		assertThat(row(sc101, "AB")).contains("/parties/AB/reports/SC101\"").doesNotContain("SC102", "SC103");
		assertThat(bars(row(sc101, "AB"))).endsWith("SC101");
		assertThat(row(sc101, "KH")).as("its figures as they stood at SC101").contains("No report");
		assertThat(bars(row(sc101, "KH"))).containsExactly("SC66");
		assertThat(sc101).contains("<option value=\"SC101\" selected=\"selected\">SC101</option>");
		assertThat(page(get("/dashboard?category=a&status=exited&meeting=sc101"))).as("values are read in any case")
			.doesNotContain("data-ignored");
	}

	@Test
	void sortsByNameCategoryReportAndShareAchieved() throws Exception {
		BenchData.generate(this.jdbc, 50, 10, 4);
		List<String> byName = rows(page(get("/dashboard")));
		assertThat(byName.get(0)).isEqualTo("KH").as("Cambodia before Generated Party AA");
		assertThat(byName.subList(1, 50)).isSorted();
		List<String> byCategory = rows(page(get("/dashboard?sort=category")));
		assertThat(byCategory.stream().map(this::category).toList()).isSorted();
		assertThat(rows(page(get("/dashboard?sort=report")))).doesNotContain("KH");
		assertThat(rows(page(get("/dashboard?sort=report&page=2")))).containsExactly("KH");
		String byAchieved = page(get("/dashboard?sort=achieved"));
		List<Integer> percents = Pattern.compile("actions achieved or substantially achieved \\((\\d+)%\\)")
			.matcher(byAchieved)
			.results()
			.map((match) -> Integer.valueOf(match.group(1)))
			.toList();
		assertThat(percents).hasSizeGreaterThan(40).isSortedAccordingTo((a, b) -> b - a);
	}

	@Test
	void lateAndOverdueReports() throws Exception {
		BenchData.generate(this.jdbc, 50, 10, 4);
		setSubmittedAfterDue("AE", 10);
		setSubmittedAfterDue("AF", -10);
		String html = page(get("/dashboard"));
		assertThat(row(html, "AE")).contains("data-flag=\"late\"");
		assertThat(row(html, "AF")).doesNotContain("data-flag=\"late\"");
		// Nothing sent to SC103 (AJ: no report; AA: a draft): overdue, for those who may
		// see drafts.
		assertThat(html).doesNotContain("data-flag=\"overdue\"");
		String inside = page(get("/dashboard").with(as(Accounts.SECRETARIAT)));
		assertThat(row(inside, "AJ")).contains("Overdue for SC103");
		assertThat(row(inside, "AA")).contains("Overdue for SC103", "data-status=\"DRAFT\"");
		assertThat(row(inside, "AB")).doesNotContain("Overdue").contains("data-status=\"SUBMITTED\"");
		assertThat(row(inside, "AK")).as("exited").doesNotContain("Overdue");
	}

	@Test
	void exitConditionFollowsThePublicationOfTheSecretariatsRatings() throws Exception {
		BenchData.generate(this.jdbc, 50, 10, 4);
		assertThat(row(page(get("/dashboard")), "AY")).contains("data-flag=\"exit\"", "(Secretariat, SC103)");
		assertThat(row(page(get("/dashboard?category=B")), "BX")).contains("(Secretariat, SC102)");
		assertThat(row(page(get("/dashboard")), "AE")).doesNotContain("data-flag=\"exit\"");
		this.jdbc.update("""
				update reporting_period set assessment_published = false
				 where party_id = (select id from party where code = 'AY')
				   and meeting_id = (select id from meeting where code = 'SC103')""");
		assertThat(row(page(get("/dashboard")), "AY")).as("its earlier published assessment")
			.contains("(Secretariat, SC102)");
		assertThat(row(page(get("/dashboard").with(as(Accounts.SECRETARIAT))), "AY"))
			.as("the Secretariat sees its own unpublished ratings")
			.contains("(Secretariat, SC103)");
		this.jdbc.update("""
				update reporting_period set assessment_published = false
				 where party_id = (select id from party where code = 'AY')""");
		assertThat(row(page(get("/dashboard")), "AY")).doesNotContain("data-flag=\"exit\"");
	}

	@Test
	void signedOutNoDraftNoUnpublishedReportNoDraftFigures() throws Exception {
		BenchData.generate(this.jdbc, 50, 10, 4);
		String html = page(get("/dashboard"));
		for (String status : List.of("DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED")) {
			assertThat(html).doesNotContain("data-status=\"" + status + "\"");
		}
		// AA's draft, AB's submitted and AC's accepted report to SC103: neither listed
		// nor counted.
		for (String code : List.of("AA", "AB", "AC")) {
			assertThat(row(html, code)).contains("/parties/" + code + "/reports/SC102\"").doesNotContain("SC103");
			assertThat(bars(row(html, code))).endsWith("SC102");
		}
		assertThat(html).doesNotContain("Overdue");
		String inside = page(get("/dashboard").with(as(Accounts.SECRETARIAT)));
		assertThat(row(inside, "AA")).contains("/parties/AA/reports/SC103\"");
		assertThat(bars(row(inside, "AA"))).as("a draft's figures are still being written").doesNotContain("SC103");
		assertThat(bars(row(inside, "AB"))).endsWith("SC103");
	}

	@Test
	void parametersThatAreNotKnownAreIgnoredAndSaidSo() throws Exception {
		String html = page(get("/dashboard").param("category", "Z")
			.param("status", "<script>alert(1)</script>")
			.param("meeting", "SC")
			.param("sort", "evil")
			.param("page", "-1"));
		assertThat(html)
			.contains("data-ignored", "“Z” of “category”", "“SC” of “meeting”", "“evil” of “sort”", "“-1” of “page”",
					"&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert");
		assertThat(rows(html)).containsExactly("KH");
		assertThat(page(get("/dashboard?meeting=SC99999999999"))).contains("data-ignored");
		assertThat(page(get("/dashboard?page=99999999999"))).contains("data-ignored");
		assertThat(page(get("/dashboard?meeting=SC42"))).contains("Report to SC42", "No report");
		assertThat(page(get("/dashboard?category=C&status=REQUESTED"))).contains("No Party matches these filters.");
	}

	@Test
	void inFrenchAndSpanish() throws Exception {
		assertThat(page(get("/dashboard?lang=fr"))).contains("Le processus des PANI", "Cambodge", "Catégorie C");
		assertThat(page(get("/dashboard?lang=es"))).contains("El proceso de los PANM", "Camboya");
	}

	private void setSubmittedAfterDue(String code, int days) {
		this.jdbc.update("""
				update reporting_period rp set submitted_on = m.report_due_on + ?
				  from meeting m where m.id = rp.meeting_id and m.code = 'SC103'
				   and rp.party_id = (select id from party where code = ?)""", days, code);
	}

	private String category(String code) {
		return this.jdbc.queryForObject("select category from party where code = ?", String.class, code);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return this.accounts.as(username);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private static List<String> rows(String html) {
		return Pattern.compile("<tr data-party=\"([A-Z]{2})\"").matcher(html).results().map((m) -> m.group(1)).toList();
	}

	/** The meetings of a row's trend chart, oldest first. */
	private static List<String> bars(String row) {
		Matcher matcher = Pattern.compile("<svg [^>]*data-bars=\"([^\"]*)\"").matcher(row);
		assertThat(matcher.find()).as("trend chart").isTrue();
		return List.of(matcher.group(1).split(" "));
	}

	private static String row(String html, String code) {
		Matcher matcher = Pattern.compile("<tr data-party=\"" + code + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
		assertThat(matcher.find()).as("row of " + code).isTrue();
		return matcher.group(1);
	}

}
