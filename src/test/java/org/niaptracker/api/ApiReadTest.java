package org.niaptracker.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.SqlStatements;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The public API's answers for the seeded Cambodia SC66 report and its Party, plan,
 * meetings and scales; its pages; its 404s for what does not exist or may not be seen;
 * its validators; its problem details; and its stateless security chain.
 */
@PostgresTest
class ApiReadTest {

	private static final String SC66 = "/api/v1/parties/KH/reports/SC66";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private JsonMapper json;

	private Accounts accounts;

	@BeforeEach
	void accounts() {
		this.accounts = new Accounts(this.users);
	}

	@Test
	void theSc66ReportHasItsCoverPartAAndThirteenEvaluations() throws Exception {
		MockHttpServletResponse response = ok(get(SC66));
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
		JsonNode report = read(response);
		assertThat(report.get("party").get("code").asString()).isEqualTo("KH");
		assertThat(report.get("party").get("name").asString()).isEqualTo("Cambodia");
		assertThat(report.get("meeting").get("code").asString()).isEqualTo("SC66");
		assertThat(report.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(report.get("cover").get("stamp").asString()).isEqualTo("SC66 Doc. 29 Annex 19");
		assertThat(report.get("secretariatRatings").asBoolean()).isFalse();
		assertThat(report.get("ratingScale")).extracting((rating) -> rating.get("code").asString())
			.containsExactly("SUBSTANTIALLY_ACHIEVED", "ON_TRACK", "CHALLENGING", "UNCLEAR");
		assertThat(report.get("pillars")).hasSize(6);
		StringBuilder ratings = new StringBuilder();
		int actions = 0;
		for (JsonNode pillar : report.get("pillars")) {
			for (JsonNode action : pillar.get("actions")) {
				actions++;
				ratings.append(action.get("number").asString())
					.append('=')
					.append(action.get("rating").asString())
					.append(' ');
				assertThat(action.get("secretariatRating").isNull()).isTrue();
			}
		}
		assertThat(actions).isEqualTo(13);
		assertThat(ratings.toString()).contains("1.2=CHALLENGING", "2.4=CHALLENGING", "4.1=SUBSTANTIALLY_ACHIEVED",
				"6.1=SUBSTANTIALLY_ACHIEVED", "5.2=ON_TRACK", "1.1=ON_TRACK");
		assertThat(report.get("partA").get("synopsis").get(0).asString()).isNotBlank();
		// One JSON shape for a report: the API's answer is the JSON download's document.
		assertThat(report).isEqualTo(read(ok(get("/parties/KH/reports/SC66/report.json"))));
	}

	@Test
	void aPartyIsReadInTwoStatementsWithoutItsPlanThenKept() throws Exception {
		long statements = this.sql.countDuring(() -> ok(get("/api/v1/parties/KH")));
		assertThat(statements).as("the content's generation, then two").isEqualTo(3);
		assertThat(this.sql.countDuring(() -> ok(get("/api/v1/parties/KH")))).as("kept under the generation")
			.isEqualTo(1);
	}

	@Test
	void aPublishedReportIsRevalidatedAfterOneStatement() throws Exception {
		MockHttpServletResponse first = ok(get(SC66));
		String etag = first.getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");
		long statements = this.sql.countDuring(() -> {
			MvcResult again = this.mvc.perform(get(SC66).header("If-None-Match", etag)).andReturn();
			assertThat(again.getResponse().getStatus()).isEqualTo(304);
			assertThat(again.getResponse().getContentAsString()).isEmpty();
			assertThat(again.getResponse().getHeader("ETag")).isEqualTo(etag);
		});
		assertThat(statements).isEqualTo(1);
		// The page's validator and the API's differ (not the same bytes), each stable.
		assertThat(ok(get("/parties/KH/reports/SC66")).getHeader("ETag")).isNotEqualTo(etag);
		assertThat(ok(get(SC66)).getHeader("ETag")).isEqualTo(etag);
		// Signed in, no validator (as the pages).
		assertThat(ok(get(SC66).with(this.accounts.as(Accounts.FOCAL_KH))).getHeader("ETag")).isNull();
	}

	@Test
	void theReportRunsTheSameStatementsForThirteenOrTwoHundredActions() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 20, 10);
		long sc66 = this.sql.countDuring(() -> ok(get(SC66)));
		long big = this.sql.countDuring(() -> ok(get("/api/v1/parties/ZZ/reports/SC66")));
		assertThat(read(ok(get("/api/v1/parties/ZZ/reports/SC66"))).get("pillars")).hasSize(20);
		assertThat(sc66).isEqualTo(3);
		assertThat(big).isEqualTo(sc66);
	}

	@Test
	void aDraftIsNotFoundForThoseWhoMayNotReadIt() throws Exception {
		Accounts.createOtherParty(this.jdbc);
		this.mvc.perform(Reports.startSc67(this.accounts)).andReturn();
		String draft = "/api/v1/parties/KH/reports/SC67";
		problem(get(draft), 404);
		problem(get(draft).with(this.accounts.as(Accounts.FOCAL_OTHER)), 404);
		assertThat(read(ok(get(draft).with(this.accounts.as(Accounts.FOCAL_KH)))).get("status").asString())
			.isEqualTo("DRAFT");
		assertThat(ok(get(draft).with(this.accounts.as(Accounts.SECRETARIAT))).getHeader("ETag")).isNull();
		// Unknown reports, Parties and meetings answer the same.
		problem(get("/api/v1/parties/KH/reports/SC99"), 404);
		problem(get("/api/v1/parties/QQ/reports/SC66"), 404);
		problem(get("/api/v1/parties/QQ"), 404);
		// The draft is listed only for those who may read it.
		assertThat(read(ok(get("/api/v1/parties/KH"))).get("reports"))
			.extracting((r) -> r.get("meetingCode").asString())
			.containsExactly("SC66");
		assertThat(read(ok(get("/api/v1/parties/KH").with(this.accounts.as(Accounts.FOCAL_KH)))).get("reports"))
			.extracting((r) -> r.get("meetingCode").asString())
			.contains("SC66", "SC67");
	}

	@Test
	void aPartyHasItsProfileAndReports() throws Exception {
		JsonNode party = read(ok(get("/api/v1/parties/KH")));
		assertThat(party.get("code").asString()).isEqualTo("KH");
		assertThat(party.get("name").asString()).isEqualTo("Cambodia");
		JsonNode sc66 = party.get("reports").get(0);
		assertThat(sc66.get("meetingCode").asString()).isEqualTo("SC66");
		assertThat(sc66.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(sc66.get("documentRef").asString()).isEqualTo("SC66 Doc. 29");
		assertThat(sc66.get("annexRef").asString()).isEqualTo("Annex 19");
		assertThat(sc66.get("href").asString()).isEqualTo(SC66);
		assertThat(party.has("nameFr")).isTrue();
		assertThat(party.has("category")).isTrue();
	}

	@Test
	void partiesComeInPagesWithLinks() throws Exception {
		for (String code : new String[] { "AA", "AB", "AC" }) {
			this.jdbc.update("insert into party (code, name) values (?, ?)", code, "Party " + code);
		}
		MockHttpServletResponse first = ok(get("/api/v1/parties").param("size", "2"));
		JsonNode page = read(first);
		assertThat(page.get("items")).extracting((p) -> p.get("code").asString()).containsExactly("KH", "AA");
		assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("Cambodia");
		assertThat(page.get("page").get("number").asInt()).isZero();
		assertThat(page.get("page").get("size").asInt()).isEqualTo(2);
		assertThat(page.get("page").get("hasNext").asBoolean()).isTrue();
		assertThat(page.get("page").get("hasPrevious").asBoolean()).isFalse();
		assertThat(first.getHeader("Link")).isEqualTo("</api/v1/parties?page=1&size=2>; rel=\"next\"");
		MockHttpServletResponse last = ok(get("/api/v1/parties").param("page", "1").param("size", "2"));
		assertThat(read(last).get("items")).extracting((p) -> p.get("code").asString()).containsExactly("AB", "AC");
		assertThat(read(last).get("page").get("hasNext").asBoolean()).isFalse();
		assertThat(last.getHeader("Link")).isEqualTo("</api/v1/parties?page=0&size=2>; rel=\"prev\"");
		assertThat(read(ok(get("/api/v1/parties"))).get("page").get("size").asInt()).isEqualTo(Paging.DEFAULT_SIZE);
		assertThat(read(ok(get("/api/v1/parties").param("page", "9"))).get("items")).isEmpty();
	}

	/**
	 * A page or size out of range, not a whole number or beyond an int: a 400 that names
	 * the field with a message in the caller's language, for both paged lists; never a
	 * 500. An empty parameter takes its default.
	 */
	@ParameterizedTest
	@CsvSource({ "/api/v1/parties, page, -1, Pages are numbered from 0.",
			"/api/v1/parties, page, first, 'The page is a whole number, from 0.'",
			"/api/v1/parties, page, 1.5, 'The page is a whole number, from 0.'",
			"/api/v1/parties, page, 2147483648, 'The page is a whole number, from 0.'",
			"/api/v1/parties, page, 2147483647, The page is at most 21474835.",
			"/api/v1/meetings, page, 21474836, The page is at most 21474835.",
			"/api/v1/parties, size, 0, The size is at least 1.", "/api/v1/parties, size, 101, The size is at most 100.",
			"/api/v1/meetings, size, 1000, The size is at most 100.",
			"/api/v1/meetings, size, ten, The size is a whole number.",
			"/api/v1/meetings, page, -5, Pages are numbered from 0." })
	void aBadPageOrSizeIsA400NamingTheField(String list, String parameter, String value, String message)
			throws Exception {
		JsonNode problem = read(problem(get(list).param(parameter, value), 400));
		assertThat(problem.get("errors")).hasSize(1);
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(parameter);
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo(message);
	}

	@Test
	void pagingIsRefusedInTheCallersLanguageAndDefaultsWhenEmpty() throws Exception {
		assertThat(frenchErrors(get("/api/v1/parties").param("page", "-1").param("size", "500")))
			.containsExactlyInAnyOrder("page: Les pages sont numérotées à partir de 0.",
					"size: La taille est d’au plus 100.");
		// What does not bind is told first (validation waits for a query that binds).
		assertThat(frenchErrors(get("/api/v1/parties").param("page", "x").param("size", "500")))
			.containsExactly("page: La page est un nombre entier, à partir de 0.");
		assertThat(read(ok(get("/api/v1/parties").param("page", "").param("size", ""))).get("page").get("size").asInt())
			.isEqualTo(Paging.DEFAULT_SIZE);
		// The last page there can be, at the largest size: nothing there.
		for (String list : new String[] { "/api/v1/meetings", "/api/v1/parties" }) {
			assertThat(read(ok(get(list).param("page", String.valueOf(Paging.MAX_PAGE)).param("size", "100")))
				.get("items")).isEmpty();
		}
	}

	@Test
	void badParametersAreProblemDetails() throws Exception {
		problem(get("/api/v1/parties").param("size", "101"), 400);
		problem(get("/api/v1/parties").param("size", "0"), 400);
		problem(get("/api/v1/parties").param("page", "-1"), 400);
		problem(get("/api/v1/parties").param("page", "first"), 400);
		problem(get("/api/v1/meetings").param("size", "1000"), 400);
		problem(get("/api/v1/parties/KH/actions/first"), 400);
		problem(get("/api/v1/parties/KH/plan/revisions/last"), 400);
		// Never the HTML page, even for a browser.
		problem(get("/api/v1/nothing-here").accept(MediaType.TEXT_HTML), 404);
		problem(get("/api/v1/parties/KH/nothing"), 404);
	}

	@Test
	void aPlanAndItsRevisions() throws Exception {
		JsonNode plan = read(ok(get("/api/v1/parties/KH/plan")));
		assertThat(plan.get("partyName").asString()).isEqualTo("Cambodia");
		assertThat(plan.get("inForce").get("number").asInt()).isEqualTo(1);
		assertThat(plan.get("inForce").get("pillars")).hasSize(6);
		assertThat(plan.get("inForce").get("pillars").get(0).get("actions").get(1).get("number").asString())
			.isEqualTo("1.2");
		assertThat(plan.get("revisions")).hasSize(1);
		assertThat(plan.get("revisions").get(0).get("href").asString())
			.isEqualTo("/api/v1/parties/KH/plan/revisions/1");
		JsonNode revision = read(ok(get("/api/v1/parties/KH/plan/revisions/1")));
		assertThat(revision.get("status").asString()).isEqualTo("ADOPTED");
		assertThat(revision.get("inForce").asBoolean()).isTrue();
		assertThat(revision.get("pillars").get(3).get("actions").get(0).get("number").asString()).isEqualTo("4.1");
		// A draft revision: for the Party's own, not for anyone else.
		Reports.draftPlan(this.jdbc, "KH");
		problem(get("/api/v1/parties/KH/plan/revisions/2"), 404);
		assertThat(read(ok(get("/api/v1/parties/KH/plan"))).get("revisions")).hasSize(1);
		assertThat(read(ok(get("/api/v1/parties/KH/plan/revisions/2").with(this.accounts.as(Accounts.FOCAL_KH))))
			.get("status")
			.asString()).isEqualTo("DRAFT");
		problem(get("/api/v1/parties/KH/plan/revisions/9"), 404);
		problem(get("/api/v1/parties/QQ/plan"), 404);
	}

	@Test
	void anActionsTimeline() throws Exception {
		long lineage = this.jdbc.queryForObject("""
				select a.lineage_id from niap_action a join pillar pl on pl.id = a.pillar_id
				  join party p on p.id = pl.party_id where p.code = 'KH' and a.number = '1.2'""", Long.class);
		JsonNode timeline = read(ok(get("/api/v1/parties/KH/actions/" + lineage)));
		assertThat(timeline.get("number").asString()).isEqualTo("1.2");
		assertThat(timeline.get("lineageId").asLong()).isEqualTo(lineage);
		assertThat(timeline.get("revisions").get(0).get("revision").asInt()).isEqualTo(1);
		assertThat(timeline.get("revisions").get(0).get("pillarNumber").asInt()).isEqualTo(1);
		JsonNode sc66 = timeline.get("reports").get(0);
		assertThat(sc66.get("meetingCode").asString()).isEqualTo("SC66");
		assertThat(sc66.get("rating").asString()).isEqualTo("CHALLENGING");
		assertThat(sc66.get("ratingLabel").asString()).isEqualTo("Challenging");
		assertThat(sc66.get("points")).isNotEmpty();
		assertThat(sc66.get("secretariatRating").isNull()).isTrue();
		problem(get("/api/v1/parties/KH/actions/999999999"), 404);
		problem(get("/api/v1/parties/QQ/actions/" + lineage), 404);
	}

	@Test
	void meetingsScalesAndOverviews() throws Exception {
		MockHttpServletResponse list = ok(get("/api/v1/meetings"));
		JsonNode meetings = read(list).get("items");
		assertThat(meetings).extracting((m) -> m.get("code").asString()).contains("SC66", "SC67");
		JsonNode sc66 = meetings.get(0);
		assertThat(sc66.get("code").asString()).isEqualTo("SC66");
		assertThat(sc66.get("number").asInt()).isEqualTo(66);
		assertThat(sc66.get("ratingScaleCode").asString()).isEqualTo("SC65");
		assertThat(sc66.get("href").asString()).isEqualTo("/api/v1/meetings/SC66");
		JsonNode onePerPage = read(ok(get("/api/v1/meetings").param("size", "1").param("page", "1")));
		assertThat(onePerPage.get("items")).extracting((m) -> m.get("code").asString()).containsExactly("SC67");
		assertThat(onePerPage.get("page").get("hasPrevious").asBoolean()).isTrue();

		JsonNode meeting = read(ok(get("/api/v1/meetings/SC66")));
		assertThat(meeting.get("ratings")).extracting((r) -> r.get("label").asString())
			.containsExactly("Substantially achieved", "On track", "Challenging", "Unclear");
		assertThat(meeting.get("ratings").get(1).get("position").asInt()).isEqualTo(2);
		problem(get("/api/v1/meetings/SC99"), 404);

		JsonNode scales = read(ok(get("/api/v1/rating-scales")));
		assertThat(scales).extracting((s) -> s.get("code").asString()).contains("SC65", "SC69");
		JsonNode sc69 = read(ok(get("/api/v1/rating-scales/SC69")));
		assertThat(sc69.get("ratings")).hasSize(6);
		assertThat(sc69.get("ratings").get(0).get("code").asString()).isEqualTo("ACHIEVED");
		assertThat(sc69.has("meetings")).isTrue();
		problem(get("/api/v1/rating-scales/NOPE"), 404);

		JsonNode overview = read(ok(get("/api/v1/meetings/SC66/overview")));
		assertThat(overview.get("ratings")).extracting((c) -> c.get("code").asString())
			.containsExactly("SUBSTANTIALLY_ACHIEVED", "ON_TRACK", "CHALLENGING", "UNCLEAR");
		JsonNode cambodia = overview.get("rows").get(0);
		assertThat(cambodia.get("partyCode").asString()).isEqualTo("KH");
		assertThat(cambodia.get("total").asInt()).isEqualTo(13);
		assertThat(cambodia.get("cells")).extracting((c) -> c.get("count").asInt()).containsExactly(2, 9, 2, 0);
		assertThat(cambodia.get("cells").get(1).get("secretariatCount").isNull()).isTrue();
		assertThat(overview.get("page").get("number").asInt()).isZero();
		assertThat(overview.get("page").get("size").asInt()).isEqualTo(25);
		assertThat(overview.get("page").get("hasNext").asBoolean()).isFalse();
		// The Parties a page at a time: past the last, no rows, and a link back.
		MockHttpServletResponse past = ok(get("/api/v1/meetings/SC66/overview").param("page", "1").param("size", "1"));
		assertThat(read(past).get("rows")).isEmpty();
		assertThat(read(past).get("page").get("hasPrevious").asBoolean()).isTrue();
		assertThat(past.getHeader("Link")).isEqualTo("</api/v1/meetings/SC66/overview?page=0&size=1>; rel=\"prev\"");
		problem(get("/api/v1/meetings/SC66/overview").param("size", "0"), 400);
		assertThat(read(ok(get("/api/v1/meetings/SC67/overview"))).get("rows")).isEmpty();
		problem(get("/api/v1/meetings/SC99/overview"), 404);
	}

	@Test
	void theChainIsStatelessAndWritesNeedAuthentication() throws Exception {
		MvcResult read = this.mvc.perform(get("/api/v1/parties")).andReturn();
		assertThat(read.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(read.getRequest().getSession(false)).isNull();
		// No redirect to the sign-in page and no CSRF refusal: 401, as a problem.
		MockHttpServletResponse write = problem(post("/api/v1/parties/KH/reports/SC66"), 401);
		assertThat(write.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		problem(post("/api/v1/nothing-here"), 401);
	}

	/**
	 * A browser signed in on the pages reads through the API what its pages show it; its
	 * cookie never authenticates a change.
	 */
	@Test
	void aSignedInSessionIsHonouredForReadsOnly() throws Exception {
		this.jdbc.update("""
				insert into app_user (username, display_name, password_hash, role, party_id)
				select 'api.kh', 'API reader', '{noop}api-reader-password', 'FOCAL_POINT', id
				  from party where code = 'KH'""");
		this.mvc.perform(Reports.startSc67(this.accounts)).andReturn();
		MvcResult signIn = this.mvc.perform(formLogin("/login").user("api.kh").password("api-reader-password"))
			.andReturn();
		Cookie session = signIn.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		String draft = "/api/v1/parties/KH/reports/SC67";
		assertThat(read(ok(get(draft).cookie(session))).get("status").asString()).isEqualTo("DRAFT");
		problem(get(draft), 404);
		problem(post(draft).cookie(session), 401);
	}

	private MockHttpServletResponse ok(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response;
	}

	private MockHttpServletResponse problem(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode problem = read(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("title").asString()).isNotBlank();
		return response;
	}

	private List<String> frenchErrors(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = problem(request.locale(Locale.FRENCH), 400);
		JsonNode problem = this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		List<String> errors = new ArrayList<>();
		problem.get("errors")
			.forEach((error) -> errors.add(error.get("field").asString() + ": " + error.get("message").asString()));
		return errors;
	}

	private JsonNode read(MockHttpServletResponse response) throws Exception {
		return this.json.readTree(response.getContentAsString());
	}

}
