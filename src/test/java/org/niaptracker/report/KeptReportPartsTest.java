package org.niaptracker.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.niaptracker.report.lifecycle.PublicReportPages;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.CacheGets;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a report page keeps in memory for the next request that renders it: a published
 * report as read from PostgreSQL, under its versions, and the annex (cover, Parts A, B
 * and C) as rendered, under everything it prints. Neither is ever stale: a change shows
 * on the next page, and one reader's annex is never another's.
 */
@PostgresTest
class KeptReportPartsTest {

	private static final String ZZ = "/parties/ZZ/reports/SC66";

	private static final String SC67 = "/parties/KH/reports/SC67";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private MeterRegistry registry;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private ReportReader reader;

	@Autowired
	private PublicReportPages publicPages;

	@Test
	void aPublishedReportIsReadOnceUntilItsVersionChanges() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 2, 3);
		// A query string: the page is rendered, never answered from a kept page.
		String page = ZZ + "?lang=en";
		long first = this.sql.countDuring(() -> body(get(page)));
		assertThat(this.sql.countDuring(() -> body(get(page))))
			.as("the validator alone: signed out, the page as this instance read it under it")
			.isEqualTo(1);

		// Without that page (it left the memory first), the report is read again, but
		// not its scale and evaluations.
		this.publicPages.forgetCopiesInMemory();
		assertThat(this.sql.countDuring(() -> body(get(page)))).as("the scale and the evaluations are not read again")
			.isEqualTo(first - 2);

		// Another instance has read neither.
		this.publicPages.forgetCopiesInMemory();
		this.reader.forgetCopiesInMemory();
		assertThat(this.sql.countDuring(() -> body(get(page)))).isEqualTo(first);

		// A change raises the report's version: the report is read again.
		this.jdbc.update("""
				update evaluation set progress_points = array['Rewritten after publication.']
				 where reporting_period_id = (select r.id from reporting_period r join party p on p.id = r.party_id
				                               where p.code = 'ZZ')""");
		this.jdbc.update("""
				update reporting_period set version = version + 1
				 where party_id = (select id from party where code = 'ZZ')""");
		assertThat(body(get(page))).contains("Rewritten after publication.")
			.doesNotContain("consultations with the agencies concerned");
	}

	@Test
	void aDraftsAnnexIsTakenFromMemoryUntilItChanges() throws Exception {
		Accounts accounts = new Accounts(this.users);
		this.mvc.perform(Reports.startSc67(accounts));
		String before = withoutCsrfToken(body(get(SC67).with(accounts.as(Accounts.FOCAL_KH))));
		double hits = keptAnnexes("hit");
		assertThat(withoutCsrfToken(body(get(SC67).with(accounts.as(Accounts.FOCAL_KH))))).isEqualTo(before);
		assertThat(keptAnnexes("hit")).as("the page's head, its checks and moves, and its annex").isEqualTo(hits + 3);

		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		assertThat(partBColumnOf("1.2", accounts)).isEqualTo("CHALLENGING");
		assertThat(partBColumnOf("1.2", accounts)).as("the editor's Part B, kept").isEqualTo("CHALLENGING");
		assertThat(this.mvc
			.perform(post(SC67 + "/evaluations/" + id).with(accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("rating", "ON_TRACK")
				.param("points", "A point written a moment ago.")
				.param("version", String.valueOf(Reports.evaluationVersion(this.jdbc, id))))
			.andReturn()
			.getResponse()
			.getStatus()).isLessThan(400);
		double misses = keptAnnexes("miss");
		assertThat(body(get(SC67).with(accounts.as(Accounts.FOCAL_KH)))).contains("A point written a moment ago.");
		// The annex is rendered again; the moves carry the report's version, and may have
		// been kept for it by another test's page.
		assertThat(keptAnnexes("miss")).as("the annex").isBetween(misses + 1, misses + 2);
		assertThat(partBColumnOf("1.2", accounts)).as("the editor's Part B, rendered again").isEqualTo("ON_TRACK");
	}

	/**
	 * The head of a report's page (breadcrumb, toolbar, downloads) is kept for the values
	 * it shows: a renamed Party shows at once, each reader gets the links that reader may
	 * follow, and every link starts from the application's context path.
	 */
	@Test
	void thePagesHeadIsKeptForWhatItShows() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 2);
		String first = body(get(ZZ + "?lang=en"));
		double hits = keptAnnexes("hit");
		assertThat(body(get(ZZ + "?lang=en"))).isEqualTo(first);
		assertThat(keptAnnexes("hit")).as("the head and the annex").isEqualTo(hits + 2);
		var head = Jsoup.parse(first);
		assertThat(head.select(".breadcrumb a").eachAttr("href")).containsExactly("/", "/parties/ZZ");
		assertThat(head.select(".downloads a").eachAttr("href")).containsExactly(ZZ + "/print", ZZ + "/annex.pdf",
				ZZ + "/annex.docx", ZZ + "/report.json", ZZ + "/evaluations.csv");
		assertThat(head.select(".toolbar")).as("nothing more for a reader signed out").isEmpty();

		Accounts accounts = new Accounts(this.users);
		var secretariat = Jsoup.parse(body(get(ZZ + "?lang=en").with(accounts.as(Accounts.SECRETARIAT))));
		assertThat(secretariat.select(".toolbar a").eachAttr("href")).contains(ZZ + "/review",
				"/meetings/SC66/overview");
		assertThat(secretariat.select(".toolbar [data-status]").text()).isEqualTo("Published");

		this.jdbc.update("update party set name = 'Renamed Party', version = version + 1 where code = 'ZZ'");
		assertThat(Jsoup.parse(body(get(ZZ + "?lang=en"))).select(".breadcrumb a").eachText())
			.containsExactly("Parties", "Renamed Party");

		var under = Jsoup.parse(body(get("/niap" + ZZ + "?lang=fr").contextPath("/niap")));
		assertThat(under.select(".breadcrumb a, .downloads a").eachAttr("href"))
			.allSatisfy((href) -> assertThat(href).startsWith("/niap/"));
		assertThat(under.select(".downloads__label").text()).isEqualTo("Imprimer et télécharger");
	}

	/**
	 * A page read signed in is kept for every reader who stands where that reader does
	 * (the role, and whether one of the Party's focal points): never shown to a reader
	 * who stands elsewhere, and read again once the content changes.
	 */
	@Test
	void aSignedInPageIsKeptForTheReadersWhoStandTheSame() throws Exception {
		Accounts accounts = new Accounts(this.users);
		Accounts.createOtherParty(this.jdbc);
		this.mvc.perform(Reports.startSc67(accounts));
		String submit = "data-step=\"submit\"";
		String edit = "href=\"" + SC67 + "/edit\"";
		for (int i = 0; i < 2; i++) {
			assertThat(body(get(SC67).with(accounts.as(Accounts.FOCAL_KH)))).contains(submit, edit);
			assertThat(body(get(SC67).with(accounts.as(Accounts.SECRETARIAT)))).contains("Cambodia")
				.doesNotContain(submit, edit);
			assertThat(body(get(SC67).with(accounts.as(Accounts.ADMIN)))).doesNotContain(submit, edit);
			assertThat(this.mvc.perform(get(SC67).with(accounts.as(Accounts.FOCAL_OTHER)))
				.andReturn()
				.getResponse()
				.getStatus()).as("another Party's focal point").isEqualTo(404);
			assertThat(body(get(SC67 + "/edit").with(accounts.as(Accounts.FOCAL_KH)))).contains("action-editor");
			for (String refused : List.of(Accounts.SECRETARIAT, Accounts.ADMIN, Accounts.FOCAL_OTHER)) {
				assertThat(this.mvc.perform(get(SC67 + "/edit").with(accounts.as(refused)))
					.andReturn()
					.getResponse()
					.getStatus()).as(refused + " edits nothing here").isIn(403, 404);
			}
		}
		long keptEditor = this.sql.countDuring(() -> body(get(SC67 + "/edit").with(accounts.as(Accounts.FOCAL_KH))));
		long kept = this.sql.countDuring(() -> body(get(SC67).with(accounts.as(Accounts.FOCAL_KH))));
		this.jdbc.update("""
				update reporting_period set prepared_by = 'Prepared a moment ago'
				 where id = (select r.id from reporting_period r join party p on p.id = r.party_id
				             join meeting m on m.id = r.meeting_id where p.code = 'KH' and m.code = 'SC67')""");
		String[] changed = new String[1];
		long readAgain = this.sql.countDuring(() -> changed[0] = body(get(SC67).with(accounts.as(Accounts.FOCAL_KH))));
		assertThat(changed[0]).contains("Prepared a moment ago", submit);
		assertThat(readAgain).as("the report read again").isGreaterThan(kept);
		assertThat(body(get(SC67).with(accounts.as(Accounts.SECRETARIAT)))).contains("Prepared a moment ago")
			.doesNotContain(submit);
		String[] editor = new String[1];
		long editorReadAgain = this.sql
			.countDuring(() -> editor[0] = body(get(SC67 + "/edit").with(accounts.as(Accounts.FOCAL_KH))));
		assertThat(Jsoup.parse(editor[0]).select("#coverForm [name=preparedBy], [name=preparedBy]").first().val())
			.isEqualTo("Prepared a moment ago");
		assertThat(editorReadAgain).as("the editor read again").isGreaterThan(keptEditor);
	}

	/**
	 * The editor's forms (Part C's, one per action, the cover's and Part A's) are kept
	 * without the CSRF token, which every page puts in its forms anew; the action or form
	 * just saved says so; a form that failed shows what was typed.
	 */
	@Test
	void theEditorsFormsAreKeptWithoutTheirToken() throws Exception {
		Accounts accounts = new Accounts(this.users);
		this.mvc.perform(Reports.startSc67(accounts));
		String first = body(get(SC67 + "/edit").with(accounts.as(Accounts.FOCAL_KH)));
		double hits = keptAnnexes("hit");
		String second = body(get(SC67 + "/edit").with(accounts.as(Accounts.FOCAL_KH)));
		assertThat(keptAnnexes("hit")).as("Part B, Part C, and the cover and Part A forms").isEqualTo(hits + 3);
		assertThat(withoutCsrfToken(second)).isEqualTo(withoutCsrfToken(first));
		for (String page : List.of(first, second)) {
			var forms = Jsoup.parse(page).select("form.action-editor, #cover-form, #part-a-form");
			assertThat(forms).hasSizeGreaterThan(12);
			String token = Jsoup.parse(page).select("form[action$=/logout] input[name=_csrf]").attr("value");
			assertThat(forms)
				.allSatisfy((form) -> assertThat(form.select("input[name=_csrf]").attr("value")).isEqualTo(token));
		}
		assertThat(Jsoup.parse(first).select("form[action$=/logout] input[name=_csrf]").attr("value"))
			.isNotEqualTo(Jsoup.parse(second).select("form[action$=/logout] input[name=_csrf]").attr("value"));

		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		String saved = body(get(SC67 + "/edit?saved=" + id).with(accounts.as(Accounts.FOCAL_KH)));
		assertThat(Jsoup.parse(saved).select("#evaluation-" + id + "-status").text()).isEqualTo("Saved.");
		assertThat(Jsoup.parse(saved).select(".action-editor__status:not(:empty)")).hasSize(1);
		assertThat(Jsoup.parse(body(get(SC67 + "/edit?saved=nonsense").with(accounts.as(Accounts.FOCAL_KH))))
			.select(".action-editor__status:not(:empty)")).isEmpty();
		Document partA = Jsoup.parse(body(get(SC67 + "/edit?saved=part-a").with(accounts.as(Accounts.FOCAL_KH))));
		assertThat(partA.select("#part-a-form-status").text()).isEqualTo("Saved.");
		assertThat(partA.select(".action-editor__status:not(:empty)")).hasSize(1);

		var failed = this.mvc
			.perform(post(SC67 + "/evaluations/" + id).with(accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("rating", "NOT_A_RATING")
				.param("points", "Typed, not saved.")
				.param("version", String.valueOf(Reports.evaluationVersion(this.jdbc, id))))
			.andReturn()
			.getResponse();
		var form = Jsoup.parse(failed.getContentAsString(StandardCharsets.UTF_8)).select("#evaluation-" + id);
		assertThat(form.select("textarea[name=points]").text()).isEqualTo("Typed, not saved.");
		assertThat(form.select(".field-error")).isNotEmpty();
		assertThat(form.select("input[name=_csrf]").attr("value")).isNotBlank();
	}

	/**
	 * A draft's checks and moves are kept for the next request, without the token its
	 * forms need: each request's token is put in. A move that failed is drawn in the
	 * request, with what was typed and its error; the next page is the kept one again.
	 */
	@Test
	void theChecksAndMovesAreKeptWithoutTheirToken() throws Exception {
		Accounts accounts = new Accounts(this.users);
		this.mvc.perform(Reports.startSc67(accounts));
		String first = body(get(SC67).with(accounts.as(Accounts.FOCAL_KH)));
		String second = body(get(SC67).with(accounts.as(Accounts.FOCAL_KH)));
		assertThat(withoutCsrfToken(second)).isEqualTo(withoutCsrfToken(first));
		for (String page : List.of(first, second)) {
			Document html = Jsoup.parse(page);
			String token = html.select("form[action$=/logout] input[name=_csrf]").attr("value");
			assertThat(html.select("form.lifecycle-form")).hasSize(1)
				.allSatisfy((form) -> assertThat(form.select("input[name=_csrf]").attr("value")).isEqualTo(token));
			assertThat(html.select("form.lifecycle-form").attr("action")).isEqualTo(SC67 + "/lifecycle/submit");
			assertThat(html.select("#checks [data-check] a").eachAttr("href")).isNotEmpty()
				.allSatisfy((href) -> assertThat(href).startsWith(SC67 + "/edit#"));
		}
		assertThat(Jsoup.parse(first).select("form[action$=/logout] input[name=_csrf]").attr("value"))
			.isNotEqualTo(Jsoup.parse(second).select("form[action$=/logout] input[name=_csrf]").attr("value"));

		String version = String.valueOf(Reports.reportVersion(this.jdbc, "KH", "SC67"));
		Document tooLong = Jsoup.parse(
				this.mvc
					.perform(post(SC67 + "/lifecycle/submit").with(accounts.as(Accounts.FOCAL_KH))
						.with(csrf())
						.param("message", "x".repeat(4001))
						.param("version", version))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
		var message = tooLong.select("#lifecycle-submit-message");
		assertThat(message.text()).hasSize(4001);
		assertThat(message.attr("aria-invalid")).isEqualTo("true");
		assertThat(tooLong.select("#" + message.attr("aria-describedby")).text()).isNotBlank();
		assertThat(tooLong.select("form.lifecycle-form input[name=_csrf]").attr("value")).isNotBlank();

		Document refused = Jsoup.parse(
				this.mvc
					.perform(post(SC67 + "/lifecycle/submit").with(accounts.as(Accounts.FOCAL_KH))
						.with(csrf())
						.param("message", "Ready, we think.")
						.param("version", version))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
		assertThat(refused.select("[data-refusal]")).hasSize(1);
		assertThat(refused.select("#lifecycle-submit-message").text()).isEqualTo("Ready, we think.");
		assertThat(refused.select("#lifecycle-submit-message").hasAttr("aria-invalid")).isFalse();

		Document after = Jsoup.parse(body(get(SC67).with(accounts.as(Accounts.FOCAL_KH))));
		assertThat(after.select("#lifecycle-submit-message").text()).isEmpty();
		assertThat(Reports.reportVersion(this.jdbc, "KH", "SC67")).as("nothing stored")
			.isEqualTo(Integer.parseInt(version));
	}

	/**
	 * The Secretariat reads its ratings of a published report before they are published;
	 * the public must not, even once the Secretariat's annex is kept, nor get another
	 * language's.
	 */
	@Test
	void oneReadersAnnexIsNeverAnothers() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 2);
		Reports.assess(this.jdbc, "ZZ", "SC66", "1.1", "CHALLENGING");
		Accounts accounts = new Accounts(this.users);
		for (int i = 0; i < 2; i++) {
			assertThat(body(get(ZZ + "?lang=en").with(accounts.as(Accounts.SECRETARIAT))))
				.contains("data-assessment=\"CHALLENGING\"");
			assertThat(body(get(ZZ + "?lang=en"))).contains("Part B: Summary evaluation of actions")
				.doesNotContain("data-assessment=");
			assertThat(body(get(ZZ + "?lang=fr"))).doesNotContain("Part B: Summary evaluation of actions")
				.doesNotContain("data-assessment=");
		}
	}

	private String body(RequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The rating in whose column the editor's Part B places an action. */
	private String partBColumnOf(String action, Accounts accounts) throws Exception {
		return Jsoup.parse(body(get(SC67 + "/edit").with(accounts.as(Accounts.FOCAL_KH))))
			.select("#part-b-table td[data-rating]:has(li[data-action=" + action + "])")
			.attr("data-rating");
	}

	/** The page without the token of its forms, which is new on every page. */
	private static String withoutCsrfToken(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private double keptAnnexes(String result) {
		return CacheGets.of(this.registry, "kept_fragments", result);
	}

}
