package org.niaptracker.review;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.CacheGets;
import org.niaptracker.test.MeetingReports;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting's public overview, as the SC document prints it: published reports only, the
 * Secretariat's figure in brackets only where it published its ratings and they differ; a
 * chart; PDF, Word and CSV named after the overview's document; a meeting with nothing
 * published says so and links to nothing missing; statements do not grow with the number
 * of Parties.
 */
@PostgresTest
class PublicOverviewTest {

	/**
	 * Signed out, read: the content's generation, then the meeting, its scale's ratings,
	 * the published reports, the Parties' counts, the Secretariat's published counts, the
	 * ratings' colours, the meetings' codes. Kept, the generation's alone.
	 */
	static final long PUBLIC_OVERVIEW_STATEMENTS = 8;

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

	@Autowired
	private OverviewService overviews;

	/**
	 * SC93 ("SC93 Doc. 27.4 Annex 1"): Atlantis published, the Secretariat's differing
	 * ratings published; Borduria published, the Secretariat's differing ratings not
	 * published; Carpania published, the Secretariat agreeing (and silent on 1.2);
	 * Dystopia submitted and Elbonia a draft, both with ratings of their own.
	 */
	@BeforeEach
	void sc93() {
		MeetingReports.meeting(this.jdbc, 93, "SC93 Doc. 27.4 Annex 1");
		MeetingReports.party(this.jdbc, "QA", "Atlantis", 4, "Action");
		MeetingReports.report(this.jdbc, "QA", "SC93", "PUBLISHED", "Synopsis", "Point", "SUBSTANTIALLY_ACHIEVED",
				"ON_TRACK", "ON_TRACK", "CHALLENGING");
		MeetingReports.assess(this.jdbc, "QA", "SC93", "ON_TRACK", "ON_TRACK", "CHALLENGING", "CHALLENGING");
		MeetingReports.publishAssessment(this.jdbc, "QA", "SC93");
		MeetingReports.party(this.jdbc, "QB", "Borduria", 3, "Action");
		MeetingReports.report(this.jdbc, "QB", "SC93", "PUBLISHED", "Synopsis", "Point", "ON_TRACK", "ON_TRACK",
				"ON_TRACK");
		MeetingReports.assess(this.jdbc, "QB", "SC93", "CHALLENGING", "CHALLENGING", "CHALLENGING");
		MeetingReports.party(this.jdbc, "QC", "Carpania", 2, "Action");
		MeetingReports.report(this.jdbc, "QC", "SC93", "PUBLISHED", "Synopsis", "Point", "ON_TRACK", "ON_TRACK");
		MeetingReports.assess(this.jdbc, "QC", "SC93", "ON_TRACK", null);
		MeetingReports.publishAssessment(this.jdbc, "QC", "SC93");
		MeetingReports.party(this.jdbc, "QD", "Dystopia", 5, "Action");
		MeetingReports.report(this.jdbc, "QD", "SC93", "SUBMITTED", "Synopsis", "Point", "UNCLEAR", "UNCLEAR",
				"UNCLEAR", "UNCLEAR", "UNCLEAR");
		MeetingReports.party(this.jdbc, "QE", "Elbonia", 5, "Action");
		MeetingReports.report(this.jdbc, "QE", "SC93", "DRAFT", "Synopsis", "Point", "UNCLEAR", null, null, null, null);
	}

	@Test
	void showsThePublishedReportsWithTheSecretariatsPublishedFiguresInBracketsWhereTheyDiffer() throws Exception {
		Document page = html("/meetings/SC93/overview");
		assertThat(page.select("[data-document=stamp]").text()).isEqualTo("SC93 Doc. 27.4 Annex 1");
		assertThat(page.select("#overview-shares thead th").eachText()).containsExactly("Party", "Actions",
				"Substantially achieved", "On track", "Challenging", "Unclear");
		assertThat(page.select("#overview-shares tbody tr").eachAttr("data-party")).containsExactly("QA", "QB", "QC");
		assertThat(cells(page, "QA")).containsExactly("4", "25% (0%)", "50%", "25% (50%)", "0%");
		assertThat(cells(page, "QB")).as("the Secretariat's ratings are not published")
			.containsExactly("3", "0%", "100%", "0%", "0%");
		assertThat(cells(page, "QC")).as("the Secretariat agrees").containsExactly("2", "0%", "100%", "0%", "0%");
		assertThat(page.text()).doesNotContain("Dystopia", "Elbonia", "Not yet rated");

		// The chart: one bar per Party, its own ratings, with its title and description.
		Element chart = page.selectFirst("figure[data-chart=overview-chart]");
		assertThat(chart.select("svg > g[data-bar]").eachAttr("data-bar")).containsExactly("Atlantis", "Borduria",
				"Carpania");
		assertThat(chart.select("g[data-bar=Atlantis] rect").eachAttr("data-count")).containsExactly("1", "2", "1");
		assertThat(chart.select("svg > title").text()).isEqualTo("Share of actions per rating, per Party (SC93)");
		assertThat(chart.select("svg > desc").text()).contains("Atlantis: 25% Substantially achieved, 50% On track")
			.doesNotContain("Dystopia");

		assertThat(page.select(".downloads a").eachAttr("href")).containsExactly("/meetings/SC93/overview.pdf",
				"/meetings/SC93/overview.docx", "/meetings/SC93/overview.csv", "/meetings/SC93/annexes.pdf");
		assertThat(page.select("[data-overview=internal]")).as("signed out").isEmpty();
		Document secretariat = Jsoup.parse(
				this.mvc.perform(get("/meetings/SC93/overview").with(new Accounts(this.users).as(Accounts.SECRETARIAT)))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
		assertThat(secretariat.select("#overview-shares tbody tr").eachAttr("data-party"))
			.as("the same public figures for the Secretariat")
			.containsExactly("QA", "QB", "QC");
		assertThat(secretariat.select("[data-overview=internal]").attr("href")).isEqualTo("/meetings/SC93/reports");
	}

	/**
	 * The page's content (downloads, table, pager, chart), rendered once for the page's
	 * values, serves every reader of the page, the Secretariat's signed-in readers
	 * included, each with the link to the Secretariat's overview only if they may follow
	 * it; its links start from the context path. The Secretariat's overview likewise.
	 */
	@Test
	void theContentIsRenderedOnceForEveryReaderOfThePage() throws Exception {
		sixtyParties();
		Accounts accounts = new Accounts(this.users);
		Document first = Jsoup.parse(body(get("/meetings/SC93/overview").with(accounts.as(Accounts.SECRETARIAT))));
		double hits = CacheGets.of(this.registry, "kept_fragments", "hit");
		Document second = Jsoup.parse(body(get("/meetings/SC93/overview").with(accounts.as(Accounts.SECRETARIAT))));
		assertThat(CacheGets.of(this.registry, "kept_fragments", "hit")).as("the page's content, from memory")
			.isEqualTo(hits + 1);
		assertThat(second.selectFirst("main").outerHtml()).isEqualTo(first.selectFirst("main").outerHtml());
		assertThat(second.select("#overview-shares tbody tr[data-party] a").eachAttr("href")).hasSize(25)
			.startsWith("/parties/QA/reports/SC93", "/parties/QB/reports/SC93", "/parties/QC/reports/SC93");
		assertThat(second.select("[data-overview=internal]").attr("href")).isEqualTo("/meetings/SC93/reports");
		// Signed in through the form, as in a browser: read again, the page costs one
		// transaction, Spring Session's reading the session, and no other (deciding who
		// may follow the link to the Secretariat's overview included).
		Cookie session = Accounts.signIn(this.mvc, Accounts.SECRETARIAT, "secretariat-demo");
		body(get("/meetings/SC93/overview").cookie(session));
		assertThat(this.sql.commitsDuring(() -> body(get("/meetings/SC93/overview").cookie(session))))
			.as("kept: the session's transaction alone")
			.isEqualTo(1);
		Document focalPoint = Jsoup.parse(body(get("/meetings/SC93/overview").with(accounts.as(Accounts.FOCAL_KH))));
		assertThat(focalPoint.select("[data-overview=internal]")).as("not for a focal point").isEmpty();
		assertThat(focalPoint.select("#overview-shares").outerHtml())
			.isEqualTo(first.select("#overview-shares").outerHtml());

		for (String page : List.of("/meetings/SC93/overview", "/meetings/SC93/reports")) {
			Document under = Jsoup
				.parse(body(get("/niap" + page).contextPath("/niap").with(accounts.as(Accounts.SECRETARIAT))));
			assertThat(under.select("main a").eachAttr("href")).as(page)
				.hasSizeGreaterThan(25)
				.allSatisfy((href) -> assertThat(href).startsWith("/niap/"))
				.contains("/niap/meetings/SC93/annexes.pdf", "/niap/meetings/SC93" + page.substring(14) + "?page=2",
						"/niap/meetings/SC66" + page.substring(14));
		}
		Document reports = Jsoup.parse(body(get("/meetings/SC93/reports").with(accounts.as(Accounts.SECRETARIAT))));
		hits = CacheGets.of(this.registry, "kept_fragments", "hit");
		Document again = Jsoup.parse(body(get("/meetings/SC93/reports").with(accounts.as(Accounts.ADMIN))));
		assertThat(CacheGets.of(this.registry, "kept_fragments", "hit"))
			.as("the Secretariat's overview's content, from memory")
			.isEqualTo(hits + 1);
		assertThat(again.selectFirst("main").outerHtml()).isEqualTo(reports.selectFirst("main").outerHtml());
		assertThat(again.select("h1").text()).isEqualTo("Reports to SC93");
		assertThat(again.select("[data-pager=next]").attr("href")).isEqualTo("/meetings/SC93/reports?page=2");
		assertThat(Jsoup.parse(body(get("/meetings/SC93/overview?lang=fr")))
			.select("#overview-shares thead th")
			.first()
			.text()).isEqualTo("Partie");
	}

	/**
	 * A page of the Secretariat's overview, or of the public one, kept under the
	 * content's generation costs the generation's statement and no transaction (read, it
	 * is read in a read-only transaction of its own).
	 */
	@Test
	void aKeptOverviewCostsTheGenerationsStatementAndNoTransaction() throws Exception {
		UserDetails secretariat = this.users.loadUserByUsername(Accounts.SECRETARIAT);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(secretariat, null, secretariat.getAuthorities()));
		try {
			Map<String, SqlStatements.ThrowingRunnable> reads = Map.of("the Secretariat's",
					() -> this.overviews.overview("SC93", 1), "the public",
					() -> this.overviews.publishedPage("SC93", Locale.ENGLISH, 1));
			for (var read : reads.entrySet()) {
				assertThat(this.sql.commitsDuring(read.getValue())).as(read.getKey() + ", read").isEqualTo(1);
				long[] statements = new long[1];
				assertThat(this.sql.commitsDuring(() -> statements[0] = this.sql.countDuring(read.getValue())))
					.as(read.getKey() + ", kept: no transaction")
					.isZero();
				assertThat(statements[0]).as(read.getKey() + ", kept: the generation's statement").isEqualTo(1);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String body(RequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void downloadsThePdfWithItsChartTheWordTableAndTheCsvNamedAfterTheDocument() throws Exception {
		MvcResult pdf = download("/meetings/SC93/overview.pdf");
		assertThat(pdf.getResponse().getHeader("Content-Disposition")).contains("SC93-Doc27.4-Annex1.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text)
				.contains("SC93 Doc. 27.4 Annex 1", "Overview of the NIAP progress reports to SC93", "Atlantis",
						"25% (0%)", "25% (50%)", "Borduria", "Carpania")
				.doesNotContain("Dystopia", "Elbonia");
			assertThat(document.getDocumentInformation().getTitle())
				.isEqualTo("SC93 Doc. 27.4 Annex 1: Overview of the NIAP progress reports to SC93");
			// The table's columns, as the page heads them.
			assertThat(text).contains("Party Actions Substantially achieved On track Challenging Unclear");
			// The chart's caption; its bars are drawn by Batik (see target/pdf-pages).
			assertThat(text).contains("Share of actions per rating, per Party (SC93)");
		}
		Path exports = Path.of("target", "exports");
		Files.createDirectories(exports);
		Files.write(exports.resolve("SC93-Doc27.4-Annex1.pdf"), pdf.getResponse().getContentAsByteArray());

		MvcResult docx = download("/meetings/SC93/overview.docx");
		assertThat(docx.getResponse().getHeader("Content-Disposition")).contains("SC93-Doc27.4-Annex1.docx");
		try (XWPFDocument document = new XWPFDocument(
				new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
			XWPFTable table = document.getTables().get(0);
			assertThat(table.getRows()).hasSize(4);
			assertThat(table.getRow(1).getTableCells()).extracting((cell) -> cell.getText())
				.containsExactly("Atlantis", "4", "25% (0%)", "50%", "25% (50%)", "0%");
			assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("Borduria");
			try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
				assertThat(extractor.getText()).doesNotContain("Dystopia", "Elbonia");
			}
		}

		MvcResult csv = download("/meetings/SC93/overview.csv");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("SC93-Doc27.4-Annex1.csv");
		List<String> lines = csv.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFFmeeting,document,party,party_name,rating,rating_label,actions,"
				+ "share,secretariat_actions,secretariat_share");
		assertThat(lines)
			.contains("SC93,SC93 Doc. 27.4 Annex 1,QA,Atlantis,CHALLENGING,Challenging,1,25,2,50",
					"SC93,SC93 Doc. 27.4 Annex 1,QB,Borduria,ON_TRACK,On track,3,100,,",
					"SC93,SC93 Doc. 27.4 Annex 1,QC,Carpania,ON_TRACK,On track,2,100,2,100")
			.hasSize(1 + 3 * 4)
			.noneMatch((line) -> line.contains("Dystopia") || line.contains("Elbonia"));

		// Without a document of its own, the overview's files are named after the
		// meeting.
		assertThat(download("/meetings/SC66/overview.csv").getResponse().getHeader("Content-Disposition"))
			.contains("SC66-overview.csv");
	}

	@Test
	void aMeetingWithNothingPublishedSaysSoAndLinksToNothingMissing() throws Exception {
		MeetingReports.meeting(this.jdbc, 94, null);
		MeetingReports.party(this.jdbc, "QF", "Freedonia", 2, "Action");
		MeetingReports.report(this.jdbc, "QF", "SC94", "SUBMITTED", "Synopsis", "Point", "ON_TRACK", "ON_TRACK");
		Document page = html("/meetings/SC94/overview");
		assertThat(page.select("[data-overview=none]").text())
			.isEqualTo("No report to SC94 is published yet: there is no overview to show or to download.");
		assertThat(page.select("#overview-shares, figure.chart, .downloads")).isEmpty();
		assertThat(page.text()).doesNotContain("Freedonia");
		for (Element link : page.select("a[href^=/]")) {
			assertThat(this.mvc.perform(get(link.attr("href"))).andReturn().getResponse().getStatus())
				.as(link.attr("href"))
				.isNotEqualTo(404);
		}
		for (String file : List.of("overview.pdf", "overview.docx", "overview.csv", "annexes.pdf")) {
			MvcResult missing = this.mvc.perform(get("/meetings/SC94/" + file))
				.andExpect(status().isNotFound())
				.andReturn();
			assertThat(missing.getResponse().getContentType()).as(file).startsWith("text/html");
			assertThat(
					Jsoup.parse(missing.getResponse().getContentAsString(StandardCharsets.UTF_8)).select("h1").text())
				.as("the normal 404 page")
				.isNotBlank();
		}
		this.mvc.perform(get("/meetings/SC99/overview")).andExpect(status().isNotFound());
	}

	@Test
	void theOverviewRunsTheSameStatementsForThreeOrSixtyPartiesAndKeepsWhatItRead() throws Exception {
		assertThat(statements("/meetings/SC93/overview")).isEqualTo(PUBLIC_OVERVIEW_STATEMENTS);
		assertThat(statements("/meetings/SC93/overview")).as("kept under the content's generation").isEqualTo(1);
		sixtyParties();
		assertThat(statements("/meetings/SC93/overview")).isEqualTo(PUBLIC_OVERVIEW_STATEMENTS);
		assertThat(statements("/meetings/SC93/overview?page=2")).isEqualTo(PUBLIC_OVERVIEW_STATEMENTS);
		assertThat(statements("/meetings/SC93/overview?page=2")).isEqualTo(1);
	}

	/**
	 * A meeting of many Parties: twenty-five a page, with every Party's actions together
	 * on each; the downloads keep every Party; the Secretariat's overview likewise, with
	 * how many reports stand at each status.
	 */
	@Test
	void aMeetingOfManyPartiesIsListedFiftyAPageWithEveryPartyTogether() throws Exception {
		sixtyParties();
		Document first = html("/meetings/SC93/overview");
		assertThat(first.select("#overview-shares tbody tr[data-party]")).hasSize(25);
		assertThat(first.select("#overview-shares tbody tr[data-party]").eachAttr("data-party")).startsWith("QA", "QB",
				"QC", "RA");
		assertThat(first.select("[data-pager=rows]").text()).isEqualTo("Parties 1 to 25 of 60");
		assertThat(first.select("[data-pager=previous]")).isEmpty();
		assertThat(first.select("[data-pager=next]").attr("href")).isEqualTo("/meetings/SC93/overview?page=2");
		assertThat(first.select("figure[data-chart=overview-chart] svg > g[data-bar]")).hasSize(25);
		// Every Party's actions together: 4 + 3 + 2 + 57 × 5 = 294; 1 substantially
		// achieved, 178 on track, 58 challenging, 57 unclear.
		Element all = first.selectFirst("tr[data-summary=all]");
		assertThat(all.select("th").text()).isEqualTo("All 60 Parties");
		assertThat(all.select("td").eachText()).containsExactly("294", "0%", "61%", "20%", "19%");

		Document second = html("/meetings/SC93/overview?page=2");
		assertThat(second.select("#overview-shares tbody tr[data-party]")).hasSize(25);
		assertThat(second.select("[data-pager=rows]").text()).isEqualTo("Parties 26 to 50 of 60");
		assertThat(second.select("[data-pager=previous]").attr("href")).isEqualTo("/meetings/SC93/overview");
		assertThat(second.select("[data-pager=next]").attr("href")).isEqualTo("/meetings/SC93/overview?page=3");
		for (String last : List.of("/meetings/SC93/overview?page=3", "/meetings/SC93/overview?page=7")) {
			Document page = html(last);
			assertThat(page.select("#overview-shares tbody tr[data-party]")).as(last).hasSize(10);
			assertThat(page.select("#overview-shares tbody tr[data-party]").eachAttr("data-party")).as(last)
				.endsWith("TE");
			assertThat(page.select("[data-pager=rows]").text()).isEqualTo("Parties 51 to 60 of 60");
			assertThat(page.select("[data-pager=previous]").attr("href")).isEqualTo("/meetings/SC93/overview?page=2");
			assertThat(page.select("[data-pager=next]")).isEmpty();
			assertThat(page.select("figure[data-chart=overview-chart] svg > g[data-bar]")).hasSize(10);
			assertThat(page.select("figure[data-chart=overview-chart] svg > desc").text()).contains("Party TE")
				.doesNotContain("Atlantis");
			assertThat(page.selectFirst("tr[data-summary=all]").select("td").eachText()).containsExactly("294", "0%",
					"61%", "20%", "19%");
		}
		// A page before the first is the first, never the whole overview that the
		// downloads
		// read.
		download("/meetings/SC93/overview.csv");
		assertThat(html("/meetings/SC93/overview?page=0").select("#overview-shares tbody tr[data-party]")).hasSize(25);
		assertThat(html("/meetings/SC93/overview?page=-3").select("[data-pager=rows]").text())
			.isEqualTo("Parties 1 to 25 of 60");
		assertThat(download("/meetings/SC93/overview.csv").getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()).as("the download lists every Party").hasSize(1 + 60 * 4);

		Document statuses = Jsoup.parse(
				this.mvc.perform(get("/meetings/SC93/reports").with(new Accounts(this.users).as(Accounts.SECRETARIAT)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
		assertThat(statuses.select("#overview-status tbody tr[data-party]")).hasSize(25);
		Element summary = statuses.selectFirst("[data-summary=statuses]");
		assertThat(summary.select("[data-status=PUBLISHED]").text()).isEqualTo("Published: 60");
		assertThat(summary.select("[data-status=SUBMITTED]").text()).isEqualTo("Submitted: 1");
		assertThat(summary.select("[data-status=DRAFT]").text()).isEqualTo("Draft: 1");
		int parties = Integer.parseInt(summary.selectFirst("strong").text().replaceAll("\\D", ""));
		assertThat(statuses.select("[data-pager=rows]").first().text()).isEqualTo("Parties 1 to 25 of " + parties);
		Document rest = Jsoup.parse(this.mvc
			.perform(get("/meetings/SC93/reports?page=2").with(new Accounts(this.users).as(Accounts.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(rest.select("#overview-status tbody tr[data-party]")).as("62 Parties or more").hasSize(25);
		assertThat(rest.select("#overview-status tbody tr[data-party]").eachAttr("data-party"))
			.doesNotContainAnyElementsOf(
					statuses.select("#overview-status tbody tr[data-party]").eachAttr("data-party"));
		assertThat(rest.select("[data-pager=previous]").first().attr("href")).isEqualTo("/meetings/SC93/reports");
	}

	/** 57 more Parties (RA to TE), their reports published: 60 in the overview. */
	private void sixtyParties() {
		for (int i = 0; i < 57; i++) {
			String code = "" + (char) ('R' + i / 26) + (char) ('A' + i % 26);
			MeetingReports.party(this.jdbc, code, "Party " + code, 5, "Action");
			MeetingReports.report(this.jdbc, code, "SC93", "PUBLISHED", "Synopsis", "Point", "ON_TRACK", "CHALLENGING",
					"UNCLEAR", "ON_TRACK", "ON_TRACK");
			MeetingReports.assess(this.jdbc, code, "SC93", "CHALLENGING");
			MeetingReports.publishAssessment(this.jdbc, code, "SC93");
		}
	}

	private long statements(String path) throws Exception {
		return this.sql.countDuring(() -> this.mvc.perform(get(path)).andExpect(status().isOk()));
	}

	private Document html(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private MvcResult download(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
	}

	private static List<String> cells(Document page, String party) {
		return page.select("#overview-shares tr[data-party=" + party + "] td").eachText();
	}

}
