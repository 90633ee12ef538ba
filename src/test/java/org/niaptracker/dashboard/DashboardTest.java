package org.niaptracker.dashboard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.BenchData;
import org.niaptracker.test.CacheGets;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.SqlStatements;
import org.niaptracker.tracking.RatingPalette;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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

	@Autowired
	private MeterRegistry registry;

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
		assertThat(row(html, "KH")).as("the chart's text alternative, also its tooltip")
			.contains("aria-labelledby=\"trend-KH\"", "<title id=\"trend-KH\">Shares of actions per rating in the "
					+ "latest reports of Cambodia: SC66: Substantially achieved 16%, On track 69%, Challenging 15%.</title>");
		assertThat(html).as("the colours' legend")
			.contains("Colours in the charts:",
					"fill=\"" + RatingPalette.colour("ON_TRACK") + "\"/></svg></span>On track</li>");
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
		assertThat(one).as("signed out: the content's generation, then five").isEqualTo(6);
		assertThat(this.sql.countDuring(() -> page(get("/dashboard")))).as("kept under the generation").isEqualTo(1);
		assertThat(many).isEqualTo(one);
		assertThat(filtered).isEqualTo(one);
		assertThat(manyInside).as("as the Secretariat").isEqualTo(oneInside);
	}

	@Test
	void pagesOfTwentyKeepTheFilters() throws Exception {
		BenchData.generate(this.jdbc, 50, 10, 4);
		String first = page(get("/dashboard?sort=category"));
		assertThat(first).contains("Parties 1 to 20 of 51", "Page 1 of 3");
		assertThat(rows(first)).hasSize(20);
		assertThat(first).contains("href=\"/dashboard?sort=category&amp;page=2\"");
		String second = page(get("/dashboard?sort=category&page=2"));
		assertThat(rows(second)).hasSize(20).doesNotContainAnyElementsOf(rows(first));
		assertThat(second).contains("Parties 21 to 40 of 51", "rel=\"prev\"", "href=\"/dashboard?sort=category\"",
				"href=\"/dashboard?sort=category&amp;page=3\"");
		String third = page(get("/dashboard?sort=category&page=3"));
		assertThat(rows(third)).hasSize(11);
		assertThat(third).contains("Parties 41 to 51 of 51", "href=\"/dashboard?sort=category&amp;page=2\"")
			.doesNotContain("rel=\"next\"");
		// A page past the last (an old link) shows the last.
		assertThat(rows(page(get("/dashboard?sort=category&page=9")))).isEqualTo(rows(third));
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
		List<String> byName = rows(everyPage("/dashboard"));
		assertThat(byName).hasSize(51);
		assertThat(byName.get(0)).isEqualTo("KH").as("Cambodia before Generated Party AA");
		assertThat(byName.subList(1, 51)).isSorted();
		List<String> byCategory = rows(everyPage("/dashboard?sort=category"));
		assertThat(byCategory.stream().map(this::category).toList()).hasSize(51).isSorted();
		assertThat(rows(everyPage("/dashboard?sort=report"))).hasSize(51).endsWith("KH");
		String byAchieved = everyPage("/dashboard?sort=achieved");
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
		String html = everyPage("/dashboard");
		assertThat(row(html, "AE")).contains("data-flag=\"late\"");
		assertThat(row(html, "AF")).doesNotContain("data-flag=\"late\"");
		// Nothing sent to SC103 (AJ: no report; AA: a draft): overdue, for those who may
		// see drafts.
		assertThat(html).doesNotContain("data-flag=\"overdue\"");
		String inside = everyPage("/dashboard", as(Accounts.SECRETARIAT));
		assertThat(row(inside, "AJ")).contains("Overdue for SC103");
		assertThat(row(inside, "AA")).contains("Overdue for SC103", "data-status=\"DRAFT\"");
		assertThat(row(inside, "AB")).doesNotContain("Overdue").contains("data-status=\"SUBMITTED\"");
		assertThat(row(inside, "AK")).as("exited").doesNotContain("Overdue");
	}

	@Test
	void exitConditionFollowsThePublicationOfTheSecretariatsRatings() throws Exception {
		BenchData.generate(this.jdbc, 50, 10, 4);
		assertThat(row(everyPage("/dashboard"), "AY")).contains("data-flag=\"exit\"", "(Secretariat, SC103)");
		assertThat(row(everyPage("/dashboard?category=B"), "BX")).contains("(Secretariat, SC102)");
		assertThat(row(everyPage("/dashboard"), "AE")).doesNotContain("data-flag=\"exit\"");
		this.jdbc.update("""
				update reporting_period set assessment_published = false
				 where party_id = (select id from party where code = 'AY')
				   and meeting_id = (select id from meeting where code = 'SC103')""");
		assertThat(row(everyPage("/dashboard"), "AY")).as("its earlier published assessment")
			.contains("(Secretariat, SC102)");
		assertThat(row(everyPage("/dashboard", as(Accounts.SECRETARIAT)), "AY"))
			.as("the Secretariat sees its own unpublished ratings")
			.contains("(Secretariat, SC103)");
		this.jdbc.update("""
				update reporting_period set assessment_published = false
				 where party_id = (select id from party where code = 'AY')""");
		assertThat(row(everyPage("/dashboard"), "AY")).doesNotContain("data-flag=\"exit\"");
	}

	/**
	 * The legend and the table are rendered once for the rows they show and kept
	 * (web.KeptFragments): the Secretariat's page asked again takes them from memory, a
	 * change to a row renders them again, and under a context path their links start from
	 * it.
	 */
	@Test
	void theTableIsKeptForTheRowsItShows() throws Exception {
		String first = page(get("/dashboard").with(as(Accounts.SECRETARIAT)));
		double hits = CacheGets.of(this.registry, "kept_fragments", "hit");
		assertThat(table(page(get("/dashboard").with(as(Accounts.SECRETARIAT))))).isEqualTo(table(first));
		assertThat(CacheGets.of(this.registry, "kept_fragments", "hit")).as("the table taken from memory")
			.isEqualTo(hits + 1);
		assertThat(row(first, "KH")).contains("data-status=\"PUBLISHED\"", "href=\"/parties/KH\"",
				"href=\"/parties/KH/reports/SC66\"");

		BenchData.generate(this.jdbc, 2, 3, 1);
		String generated = page(get("/dashboard").with(as(Accounts.SECRETARIAT)));
		assertThat(row(generated, "AA")).as("a new row, a new table").doesNotContain("Renamed Party");
		this.jdbc.update("update party set name = 'Renamed Party' where code = 'AA'");
		assertThat(row(page(get("/dashboard").with(as(Accounts.SECRETARIAT))), "AA")).contains(">Renamed Party</a>");

		String under = page(get("/niap/dashboard").contextPath("/niap").with(as(Accounts.SECRETARIAT)));
		assertThat(row(under, "KH")).contains("href=\"/niap/parties/KH\"", "href=\"/niap/parties/KH/reports/SC66\"")
			.doesNotContain("href=\"/parties/");
	}

	@Test
	void signedOutNoDraftNoUnpublishedReportNoDraftFigures() throws Exception {
		BenchData.generate(this.jdbc, 50, 10, 4);
		String html = everyPage("/dashboard");
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
		String inside = everyPage("/dashboard", as(Accounts.SECRETARIAT));
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
		String french = page(get("/dashboard?lang=fr"));
		assertThat(french).contains("Le processus des PANI", "Cambodge", "Catégorie C",
				"Couleurs des graphiques\u202f:");
		// The chart's figures (its title, also its tooltip) as French sets them: a narrow
		// no-break space before the colon and the percent sign.
		Matcher title = Pattern.compile("<title id=\"trend-KH\">([^<]*)</title>").matcher(row(french, "KH"));
		assertThat(title.find()).isTrue();
		assertThat(title.group(1))
			.startsWith(
					"Part des actions par évaluation dans les derniers rapports de " + "Cambodge\u202f: SC66\u202f: ")
			.contains(" 69\u202f%")
			.endsWith("\u202f%.")
			.doesNotContain("SC66:", " %")
			.doesNotContainPattern("[0-9]%");
		assertThat(page(get("/dashboard?lang=es"))).contains("El proceso de los PANM", "Camboya",
				"Colores de los gráficos:", "últimos informes de Camboya: SC66:");
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

	private RequestPostProcessor as(String username) {
		return this.accounts.as(username);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	/** Every page of a view, one after the other, following the "next page" links. */
	private String everyPage(String path, RequestPostProcessor... as) throws Exception {
		StringBuilder pages = new StringBuilder();
		String next = path;
		for (int page = 1; next != null; page++) {
			assertThat(page).as("pages of " + path).isLessThan(10);
			MockHttpServletRequestBuilder request = get(next);
			for (RequestPostProcessor who : as) {
				request = request.with(who);
			}
			String html = page(request);
			pages.append(html);
			Matcher link = Pattern.compile("href=\"([^\"]*)\" rel=\"next\"").matcher(html);
			next = link.find() ? link.group(1).replace("&amp;", "&") : null;
		}
		return pages.toString();
	}

	private static List<String> rows(String html) {
		return Pattern.compile("<tr data-party=\"([A-Z]{2})\"").matcher(html).results().map((m) -> m.group(1)).toList();
	}

	/** The meetings of a row's trend chart, oldest first. */
	private static List<String> bars(String row) {
		Matcher matcher = Pattern.compile("<svg\\s[^>]*data-bars=\"([^\"]*)\"").matcher(row);
		assertThat(matcher.find()).as("trend chart").isTrue();
		return List.of(matcher.group(1).split(" "));
	}

	/** The legend and the table (the page around them holds the request's CSRF token). */
	private static String table(String html) {
		assertThat(html).contains("<div class=\"dashboard__legend\"", "</table>");
		return html.substring(html.indexOf("<div class=\"dashboard__legend\""), html.indexOf("</table>"));
	}

	private static String row(String html, String code) {
		Matcher matcher = Pattern.compile("<tr data-party=\"" + code + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
		assertThat(matcher.find()).as("row of " + code).isTrue();
		return matcher.group(1);
	}

}
