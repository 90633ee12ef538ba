package org.niaptracker.tracking;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
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
 * A Party's trend and its actions' timelines on real PostgreSQL: what each reader sees
 * (never a draft's or a returned report's figures, nor the Secretariat's unpublished
 * ratings, outside those who may read them), the change since the previous report across
 * scales, and a fixed number of statements from one to five meetings and from 13 to 200
 * actions. Each test runs in a transaction rolled back afterwards, so the seeded SC66
 * report may be changed here.
 */
@PostgresTest
@Transactional
class PartyTrendTest {

	/**
	 * The Party page with the Secretariat's figures visible: the Party, its plan in
	 * force, its reports; every action's rating in each report; the scales; the
	 * equivalences; the Party's counts; the Secretariat's counts.
	 */
	static final int PARTY_PAGE_STATEMENTS = 3 + 5;

	/** An action's page with the Secretariat's ratings visible. */
	static final int ACTION_PAGE_STATEMENTS = 2 + 1;

	/** The notices in the header and Spring Session (ReportPageQueriesTest). */
	static final int SIGNED_IN_STATEMENTS = 3 + 2;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private UserDetailsService users;

	@PersistenceContext
	private EntityManager entityManager;

	private Accounts accounts;

	@BeforeEach
	void meetings() {
		this.accounts = new Accounts(this.users);
		Reports.meeting(this.jdbc, "SC69", "SC69");
		Reports.meeting(this.jdbc, "SC70", "SC69");
		Reports.meeting(this.jdbc, "SC74", "SC69");
	}

	@Test
	void partyPageAndTimelineRunTheSameStatementsFromOneToFiveMeetingsAndThirteenToTwoHundredActions()
			throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 20, 10);
		publishAssessments();
		for (String party : new String[] { "KH", "ZZ" }) {
			long lineage = this.jdbc.queryForObject("""
					select min(a.lineage_id) from niap_action a join pillar pl on pl.id = a.pillar_id
					  join party p on p.id = pl.party_id where p.code = ?""", Long.class, party);
			assess(party, "SC66");
			for (String meeting : new String[] { "SC66", "SC67", "SC69", "SC70", "SC74" }) {
				if (!meeting.equals("SC66")) {
					Reports.report(this.jdbc, party, meeting, "PUBLISHED");
					assess(party, meeting);
					publishAssessments();
				}
				String as = party + " with reports up to " + meeting;
				assertThat(count(get("/parties/" + party))).as(as + ", signed out").isEqualTo(PARTY_PAGE_STATEMENTS);
				assertThat(count(get("/parties/" + party).with(this.accounts.as(Accounts.SECRETARIAT))))
					.as(as + ", the Secretariat")
					.isEqualTo(PARTY_PAGE_STATEMENTS + SIGNED_IN_STATEMENTS);
				assertThat(count(get("/parties/" + party + "/actions/" + lineage))).as(as + ", action page")
					.isEqualTo(ACTION_PAGE_STATEMENTS);
				assertThat(count(
						get("/parties/" + party + "/actions/" + lineage).with(this.accounts.as(Accounts.SECRETARIAT))))
					.as(as + ", action page, the Secretariat")
					.isEqualTo(ACTION_PAGE_STATEMENTS + SIGNED_IN_STATEMENTS);
			}
			Document page = page(get("/parties/" + party));
			assertThat(page.select("#party-trend svg g[data-bar]").eachAttr("data-bar")).containsExactly("SC66", "SC66",
					"SC67", "SC67", "SC69", "SC69", "SC70", "SC70", "SC74", "SC74");
			assertThat(page.select("[data-strip]").first().select("[data-meeting]")).hasSize(5);
		}
	}

	/**
	 * A Party with more reports than the chart shows: the chart, the strips and their
	 * note cover the latest eight, the page says how many earlier ones there are, and the
	 * list of reports still names them all.
	 */
	@Test
	void theChartAndTheStripsShowTheLatestEightReports() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 2, 3);
		for (String meeting : new String[] { "SC71", "SC72", "SC73", "SC75", "SC76", "SC77" }) {
			Reports.meeting(this.jdbc, meeting, "SC69");
		}
		List<String> later = List.of("SC69", "SC70", "SC71", "SC72", "SC73", "SC74", "SC75", "SC76");
		for (String meeting : later) {
			Reports.report(this.jdbc, "ZZ", meeting, "PUBLISHED");
		}
		Document nine = page(get("/parties/ZZ"));
		assertThat(nine.select("#party-trend svg g[data-bar]").eachAttr("data-bar")).as("9 reports: the latest 8")
			.isEqualTo(later);
		assertThat(nine.select("#trend-earlier").text())
			.contains("the latest 8 reports; the earlier one is in the list");

		Reports.report(this.jdbc, "ZZ", "SC77", "PUBLISHED");
		Document page = page(get("/parties/ZZ"));
		List<String> charted = List.of("SC70", "SC71", "SC72", "SC73", "SC74", "SC75", "SC76", "SC77");
		assertThat(page.select("#party-trend svg g[data-bar]").eachAttr("data-bar")).isEqualTo(charted);
		assertThat(page.select("[data-strip]")).hasSize(6)
			.allSatisfy(
					(strip) -> assertThat(strip.select("[data-meeting]").eachAttr("data-meeting")).isEqualTo(charted));
		assertThat(page.select("#strip-note").text()).contains("SC70, SC71")
			.doesNotContain("SC66")
			.doesNotContain("SC69");
		assertThat(page.select("#trend-earlier").text()).isEqualTo("The chart and the squares beside each action show "
				+ "the latest 8 reports; the 2 earlier ones are in the list above, and each action’s page shows all "
				+ "of its ratings.");
		for (String meeting : new String[] { "SC66", "SC69", "SC77" }) {
			assertThat(page.select("a[href=/parties/ZZ/reports/" + meeting + "]")).as("listed: " + meeting)
				.isNotEmpty();
		}
		assertThat(page(get("/parties/ZZ").param("lang", "fr")).select("#trend-earlier").text())
			.contains("les 2 rapports antérieurs figurent");
	}

	@Test
	void signedOutNobodySeesADraftOrAReturnedReportOrUnpublishedSecretariatRatings() throws Exception {
		Accounts.createOtherParty(this.jdbc);
		// A draft to SC67, written in SQL: the SC66 ratings, then 1.1 changed.
		Reports.report(this.jdbc, "KH", "SC67", "DRAFT");
		Reports.copyRatings(this.jdbc, "KH", "SC66", "SC67");
		Reports.rate(this.jdbc, "KH", "SC67", "1.1", "CHALLENGING");
		this.jdbc.update("update evaluation set progress_points = array['DRAFT POINT of 1.1'] where id = ?",
				Reports.evaluationId(this.jdbc, "KH", "SC67", "1.1"));
		// The test's transaction holds the report started above: read what SQL changed.
		this.entityManager.clear();
		long lineage = lineage("1.1");
		String action = "/parties/KH/actions/" + lineage;

		for (String status : new String[] { "DRAFT", "RETURNED" }) {
			this.jdbc
				.update("""
						update reporting_period set status = ? where meeting_id = (select id from meeting where code = 'SC67')""",
						status);
			this.entityManager.clear();
			for (String reader : new String[] { null, Accounts.SECRETARIAT, Accounts.ADMIN, Accounts.FOCAL_OTHER }) {
				String as = status + " report, read by " + reader;
				Document party = page(as(reader, get("/parties/KH")));
				assertThat(party.select("#party-trend svg g[data-bar]").eachAttr("data-bar")).as(as)
					.containsOnly("SC66");
				assertThat(party.select("[data-strip] [data-meeting]").eachAttr("data-meeting")).as(as)
					.containsOnly("SC66");
				assertThat(party.select("#trend-change")).as(as).isEmpty();
				assertThat(party.select("#party-trend").text()).as(as).doesNotContain("SC67");
				Document timeline = page(as(reader, get(action)));
				assertThat(timeline.select("#action-reports tr[data-meeting]").eachAttr("data-meeting")).as(as)
					.containsExactly("SC66");
				assertThat(timeline.text()).as(as).doesNotContain("DRAFT POINT");
			}
			// The Party's focal point works on the draft and sees it.
			Document own = page(as(Accounts.FOCAL_KH, get("/parties/KH")));
			assertThat(own.select("#party-trend svg g[data-bar]").eachAttr("data-bar")).containsExactly("SC66", "SC67");
			assertThat(own.select("[data-strip=\"1.1\"] [data-meeting=SC67]").attr("title"))
				.isEqualTo("SC67: Challenging");
			assertThat(own.select("#trend-change [data-field=change-summary]").text())
				.isEqualTo("Since SC66: 1 fewer action on track; 1 more action challenging.");
			assertThat(page(as(Accounts.FOCAL_KH, get(action))).select("#action-reports tr[data-meeting=SC67]").text())
				.contains("Challenging", "DRAFT POINT of 1.1");
		}

		// Published, with the Secretariat's own ratings not (yet) published.
		this.jdbc
			.update("""
					update reporting_period set status = 'PUBLISHED' where meeting_id = (select id from meeting where code = 'SC67')""");
		Reports.assess(this.jdbc, "KH", "SC67", "1.1", "UNCLEAR");
		this.entityManager.clear();
		for (String reader : new String[] { null, Accounts.FOCAL_KH, Accounts.FOCAL_OTHER }) {
			Document party = page(as(reader, get("/parties/KH")));
			assertThat(party.select("#party-trend svg g[data-bar]").eachAttr("data-bar")).as("%s", reader)
				.containsExactly("SC66", "SC67");
			assertThat(party.select("#party-trend").text()).as("%s", reader).doesNotContain("Secretariat", "Unclear");
			Document timeline = page(as(reader, get(action)));
			assertThat(timeline.select("[data-field=secretariat-rating]")).as("%s", reader).isEmpty();
			assertThat(timeline.text()).as("%s", reader).doesNotContain("Unclear");
		}
		Document secretariat = page(as(Accounts.SECRETARIAT, get(action)));
		assertThat(secretariat.select("#action-reports tr[data-meeting=SC67] [data-field=secretariat-rating]").text())
			.isEqualTo("Unclear");

		// Once the Secretariat publishes its ratings, everyone sees them.
		this.jdbc.update("""
				update reporting_period set assessment_published = true
				 where meeting_id = (select id from meeting where code = 'SC67')""");
		this.entityManager.clear();
		Document party = page(get("/parties/KH"));
		assertThat(party.select("#party-trend svg g[data-bar]").eachAttr("data-bar")).containsExactly("SC66", "SC67",
				"SC67");
		assertThat(party.select("#party-trend svg [data-bar=SC67] [data-rating=UNCLEAR]").attr("data-count"))
			.isEqualTo("1");
		Document timeline = page(get(action));
		assertThat(timeline.select("#action-reports tr[data-meeting=SC67] [data-field=secretariat-rating]").text())
			.isEqualTo("Unclear");
		assertThat(timeline.select("#action-reports tr[data-meeting=SC66] [data-field=secretariat-rating]").text())
			.isEqualTo("Not published");
	}

	@Test
	void theChangeSinceThePreviousReportComparesEquivalentRatingsAcrossScales() throws Exception {
		Reports.report(this.jdbc, "KH", "SC69", "PUBLISHED");
		this.jdbc
			.update("""
					update evaluation set progress_rating_id = (select pr.id from progress_rating pr
					       join rating_scale s on s.id = pr.rating_scale_id where s.code = 'SC69' and pr.code = 'ON_TRACK')
					 where reporting_period_id = (select rp.id from reporting_period rp join meeting m on m.id = rp.meeting_id
					                               where m.code = 'SC69')""");
		Reports.rate(this.jdbc, "KH", "SC69", "4.1", "ACHIEVED");
		Reports.rate(this.jdbc, "KH", "SC69", "6.1", "SUBSTANTIALLY_ACHIEVED");
		Reports.rate(this.jdbc, "KH", "SC69", "1.1", "SUBSTANTIALLY_ACHIEVED");
		Reports.rate(this.jdbc, "KH", "SC69", "1.2", "PARTIAL_PROGRESS");
		Reports.rate(this.jdbc, "KH", "SC69", "2.4", "PARTIAL_PROGRESS");

		Document page = page(get("/parties/KH"));
		assertThat(page.select("#trend-change [data-field=change-summary]").text())
			.isEqualTo("Since SC66: 1 more action achieved; 1 fewer action on track.");
		assertThat(page.select("#trend-change [data-field=scales-note]").text())
			.startsWith("The scales differ: SC66 rated on a scale of 4 ratings, SC69 on a scale of 6.");
		List<String> rows = page.select("#trend-change-table tbody tr").eachText();
		assertThat(rows).containsExactly("Achieved 0 1 +1", "Substantially achieved 2 2 0", "On track 9 8 −1",
				"Challenging → Partial progress 2 2 0", "Pending completion of another action 0 0 0",
				"Not commenced 0 0 0", "Unclear 0 0 0");
		// Challenging (SC66) and Partial progress (SC69) share a colour in the chart and
		// the strips.
		String challenging = page.select("#party-trend svg [data-bar=SC66] [data-rating=CHALLENGING]").attr("fill");
		assertThat(page.select("#party-trend svg [data-bar=SC69] [data-rating=PARTIAL_PROGRESS]").attr("fill"))
			.isEqualTo(challenging);
		assertThat(page.select("[data-strip=\"1.2\"] [data-meeting]").eachAttr("data-colour"))
			.containsExactly(challenging, challenging);
		assertThat(page.select("[data-strip=\"4.1\"] [data-meeting]").eachAttr("title"))
			.containsExactly("SC66: Substantially achieved", "SC69: Achieved");

		Document french = page(get("/parties/KH").header("Accept-Language", "fr"));
		assertThat(french.select("#trend-change [data-field=change-summary]").text())
			.startsWith("Depuis SC66\u202f: 1 action de plus «\u202fréalisé\u202f»\u202f; ");
		// Each segment's tooltip: rating, actions and share, with French spacing.
		assertThat(page.select("#party-trend svg [data-bar=SC69] [data-rating=ACHIEVED] > title").text())
			.isEqualTo("Achieved: 1 (8%)");
		assertThat(french.select("#party-trend svg [data-bar=SC69] [data-rating=ON_TRACK] > title").text())
			.endsWith("\u202f: 8 (62\u202f%)");
	}

	private void assess(String party, String meeting) {
		Reports.assess(this.jdbc, party, meeting, "1.1", "ON_TRACK");
	}

	private void publishAssessments() {
		this.jdbc.update("update reporting_period set assessment_published = true where status = 'PUBLISHED'");
	}

	private long lineage(String number) {
		return this.jdbc.queryForObject("""
				select a.lineage_id from niap_action a join pillar pl on pl.id = a.pillar_id
				  join party p on p.id = pl.party_id where p.code = 'KH' and a.number = ? order by a.id limit 1""",
				Long.class, number);
	}

	private MockHttpServletRequestBuilder as(String reader, MockHttpServletRequestBuilder request) {
		return (reader != null) ? request.with(this.accounts.as(reader)) : request;
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private long count(RequestBuilder request) throws Exception {
		return this.sql.countDuring(() -> this.mvc.perform(request).andExpect(status().isOk()));
	}

}
