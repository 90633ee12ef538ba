package org.niaptracker.niap;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.TestMessages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Party's plan through its pages: entered and adopted, revised (actions renumbered,
 * retired, merged, added) without rewriting a submitted report, with the open draft
 * following the plan in force, every bad input answered with a message beside its field,
 * and the database refusing changes to a revision in force.
 */
@PostgresTest
class PlanRevisionTest {

	private static final MessageSource MESSAGES = TestMessages.messageSource();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private Accounts accounts;

	@BeforeEach
	void accounts() {
		this.accounts = new Accounts(this.userDetailsService);
	}

	@Test
	void aNewPartyEntersItsPlanAndAdoptsIt() throws Exception {
		this.jdbc.update("insert into party (code, name) values ('UG', 'Uganda')");
		assertThat(page(get("/parties/UG/plan")).text()).contains(message("plan.inForce.none"));

		String location = redirect(as(Accounts.SECRETARIAT, post("/parties/UG/plan/revisions")));
		assertThat(location).isEqualTo("/parties/UG/plan/revisions/1");
		String[] pillars = { "Legislation", "Enforcement", "Public awareness" };
		for (int pillar = 1; pillar <= 3; pillar++) {
			redirect(as(Accounts.SECRETARIAT, post(location + "/pillars").param("number", String.valueOf(pillar))
				.param("name", pillars[pillar - 1])));
			for (int action = 1; action <= 2; action++) {
				redirect(as(Accounts.SECRETARIAT,
						post(location + "/actions").param("pillarNumber", String.valueOf(pillar))
							.param("number", pillar + "." + action)
							.param("title", "Action " + pillar + "." + action + " of Uganda")));
			}
		}
		// Not public while a draft.
		assertThat(this.mvc.perform(get(location)).andReturn().getResponse().getRedirectedUrl()).contains("/login");

		adopt("UG", 1, "2015-06-01", "First plan");

		Document plan = page(get("/parties/UG/plan"));
		assertThat(plan.select("[data-action]")).extracting((element) -> element.attr("data-action"))
			.containsExactly("1.1", "1.2", "2.1", "2.2", "3.1", "3.2");
		assertThat(plan.select("[data-pillar] h3").eachText()).containsExactly("1. Legislation", "2. Enforcement",
				"3. Public awareness");
		assertThat(plan.text()).contains("Revision 1", "In force since 1 June 2015");
		assertThat(page(get("/parties/UG")).select("[data-action]")).hasSize(6);
	}

	@Test
	void renumberingAnActionKeepsItsHistoryAndNeverRewritesASubmittedReport() throws Exception {
		String sc66Before = body(get("/parties/KH/reports/SC66"));
		String pdfText = body(get("/parties/KH/reports/SC66/report.json"));
		long lineage = lineageOf(1, "3.2");

		int draft = startDraft(Accounts.FOCAL_KH);
		assertThat(draft).isEqualTo(2);
		changeAction(Accounts.FOCAL_KH, draft, "3.2", 4, "4.2",
				"Increase the capacity of FA officials in wildlife crime investigations");
		adopt("KH", draft, "2016-02-01", "3.2 moved under Drivers and Prevention as 4.2");

		// The action keeps its identity: same lineage, new number.
		assertThat(lineageOf(2, "4.2")).isEqualTo(lineage);
		Document history = page(get("/parties/KH/actions/" + lineage));
		assertThat(history.select("#action-reports [data-meeting=SC66] td").eachText()).startsWith("SC66", "3.2",
				"On track");
		assertThat(history.select("#action-revisions tr[data-revision] .action-number").eachText())
			.containsExactly("3.2", "4.2");

		Document changes = page(get("/parties/KH/plan/revisions/2/changes"));
		assertThat(changes.select("#action-changes [data-change=CHANGED]").text())
			.contains("Renumbered from 3.2 to 4.2", "Moved to pillar 4");

		// The published SC66 report is exactly what it was: 3.2 under pillar 3.
		assertThat(body(get("/parties/KH/reports/SC66"))).isEqualTo(sc66Before);
		assertThat(body(get("/parties/KH/reports/SC66/report.json"))).isEqualTo(pdfText);
		// The plan in force shows the new number.
		assertThat(page(get("/parties/KH/plan")).select("[data-pillar=4] [data-action]"))
			.extracting((element) -> element.attr("data-action"))
			.containsExactly("4.1", "4.2");
	}

	@Test
	void theOpenDraftMovesOntoTheAdoptedRevisionKeepingRatingsAndPoints() throws Exception {
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(status().is3xxRedirection());
		long was32 = Reports.evaluationId(this.jdbc, "KH", "SC67", "3.2");
		List<String> points = Reports.points(this.jdbc, was32);

		int draft = startDraft(Accounts.SECRETARIAT);
		changeAction(Accounts.SECRETARIAT, draft, "3.2", 4, "4.2",
				"Increase the capacity of FA officials in wildlife crime investigations");
		redirect(as(Accounts.SECRETARIAT,
				post("/parties/KH/plan/revisions/2/actions/" + actionId(draft, "6.1") + "/retire")
					.param("mergedInto", "5.1")
					.param("version", "0")));
		// Pillar 6 has no action left: it goes too.
		redirect(as(Accounts.SECRETARIAT,
				post("/parties/KH/plan/revisions/2/pillars/" + pillarId(draft, 6) + "/delete").param("version", "0")));
		redirect(as(Accounts.SECRETARIAT,
				post("/parties/KH/plan/revisions/2/actions").param("pillarNumber", "1")
					.param("number", "1.3")
					.param("title", "Adopt the new wildlife law")));
		adopt("KH", draft, "2016-03-01", "");

		assertThat(Reports.evaluationId(this.jdbc, "KH", "SC67", "4.2")).isEqualTo(was32);
		assertThat(Reports.ratingCode(this.jdbc, was32)).isEqualTo("ON_TRACK");
		assertThat(Reports.points(this.jdbc, was32)).isEqualTo(points);
		assertThat(Reports.ratingCode(this.jdbc, Reports.evaluationId(this.jdbc, "KH", "SC67", "1.3"))).isNull();
		assertThat(this.jdbc.queryForList("""
				select a.number from evaluation e join niap_action a on a.id = e.action_id
				  join reporting_period rp on rp.id = e.reporting_period_id join meeting m on m.id = rp.meeting_id
				 where m.code = 'SC67' order by a.number""", String.class)).contains("1.3", "4.2")
			.doesNotContain("3.2", "6.1")
			.hasSize(13);
		assertThat(this.jdbc.queryForList("""
				select old_value || '>' || new_value from report_change where field = 'PLAN_REVISION'""", String.class))
			.containsExactly("1>2");
		// The published SC66 report still rates 13 actions of revision 1.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from evaluation e join niap_action a on a.id = e.action_id
				  join plan_revision r on r.id = a.plan_revision_id
				 where r.number = 1 and e.reporting_period_id = (select rp.id from reporting_period rp
				       join meeting m on m.id = rp.meeting_id where m.code = 'SC66')""", Integer.class)).isEqualTo(13);
		Document changes = page(get("/parties/KH/plan/revisions/2/changes"));
		assertThat(changes.select("[data-change=RETIRED]").text()).contains("6.1", "Merged into 5.1");
		assertThat(changes.select("[data-change=ADDED]").text()).contains("1.3", "New action");
		assertThat(changes.select("[data-pillar=6]").text()).contains("Pillar 6 removed: Other");
	}

	@Test
	void badInputGetsAMessageBesideTheFieldAndChangesNothing() throws Exception {
		int draft = startDraft(Accounts.SECRETARIAT);
		String revision = "/parties/KH/plan/revisions/" + draft;
		Map<String, MockHttpServletRequestBuilder> cases = Map.of("plan.action.number.taken",
				post(revision + "/actions").param("pillarNumber", "1").param("number", "1.2").param("title", "Again"),
				"plan.action.title.required",
				post(revision + "/actions").param("pillarNumber", "1").param("number", "1.3").param("title", "  "),
				"plan.action.number.format",
				post(revision + "/actions").param("pillarNumber", "1").param("number", "one").param("title", "Bad"),
				"plan.action.pillar.unknown",
				post(revision + "/actions").param("pillarNumber", "9").param("number", "9.1").param("title", "Where"),
				"plan.pillar.hasActions",
				post(revision + "/pillars/" + pillarId(draft, 1) + "/delete").param("version", "0"),
				"plan.pillar.number.taken",
				post(revision + "/pillars").param("number", "2").param("name", "Second enforcement"),
				"plan.action.mergedInto.unknown",
				post(revision + "/actions/" + actionId(draft, "6.1") + "/retire").param("mergedInto", "6.1")
					.param("version", "0"),
				"plan.adopt.date.beforePrevious",
				post(revision + "/adopt").param("adoptedOn", "2014-10-31")
					.param("note", "")
					.param("version", version()),
				"plan.adopt.date.future",
				post(revision + "/adopt").param("adoptedOn", "2999-01-01")
					.param("note", "")
					.param("version", version()),
				"plan.adopt.date.required",
				post(revision + "/adopt").param("adoptedOn", "").param("note", "").param("version", version()));
		for (Map.Entry<String, MockHttpServletRequestBuilder> bad : cases.entrySet()) {
			String before = snapshot();
			Document page = Jsoup
				.parse(this.mvc.perform(bad.getValue().with(this.accounts.as(Accounts.SECRETARIAT)).with(csrf()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
			assertThat(page.select(".field-error, .alert--error").text()).as(bad.getKey())
				.contains(message(bad.getKey()));
			assertThat(snapshot()).as(bad.getKey() + " changes nothing").isEqualTo(before);
		}
	}

	@Test
	void anEmptyPlanOrAnEmptyPillarCannotBeAdopted() throws Exception {
		this.jdbc.update("insert into party (code, name) values ('UG', 'Uganda')");
		redirect(as(Accounts.SECRETARIAT, post("/parties/UG/plan/revisions")));
		assertThat(adoptionErrors("UG")).contains(message("plan.adopt.empty"));
		redirect(as(Accounts.SECRETARIAT,
				post("/parties/UG/plan/revisions/1/pillars").param("number", "1").param("name", "Legislation")));
		redirect(as(Accounts.SECRETARIAT,
				post("/parties/UG/plan/revisions/1/pillars").param("number", "2").param("name", "Enforcement")));
		redirect(as(Accounts.SECRETARIAT,
				post("/parties/UG/plan/revisions/1/actions").param("pillarNumber", "1")
					.param("number", "1.1")
					.param("title", "A law")));
		assertThat(adoptionErrors("UG")).contains(message("plan.adopt.emptyPillar"));
		assertThat(this.jdbc.queryForObject(
				"select status from plan_revision where party_id = (select id from party where code = 'UG')",
				String.class))
			.isEqualTo("DRAFT");
	}

	@Test
	void aChangeToTheDraftSinceItWasShownMakesTheAdoptionAConflict() throws Exception {
		int draft = startDraft(Accounts.FOCAL_KH);
		String shown = version();
		redirect(as(Accounts.SECRETARIAT,
				post("/parties/KH/plan/revisions/2/actions").param("pillarNumber", "1")
					.param("number", "1.3")
					.param("title", "Added meanwhile")));
		this.mvc
			.perform(as(Accounts.FOCAL_KH,
					post("/parties/KH/plan/revisions/" + draft + "/adopt").param("adoptedOn", "2016-02-01")
						.param("note", "")
						.param("version", shown)))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select status from plan_revision where number = 2", String.class))
			.isEqualTo("DRAFT");
	}

	@Test
	void theDatabaseRefusesChangesToARevisionInForce() {
		assertThatThrownBy(() -> this.jdbc.update("""
				update niap_action set title = 'Rewritten' where number = '1.1'
				   and plan_revision_id = (select id from plan_revision where number = 1)"""))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("read-only");
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into pillar (party_id, plan_revision_id, number, name)
				select party_id, id, 9, 'Sneaked in' from plan_revision where number = 1"""))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("read-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from plan_revision where number = 1"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("read-only");
		assertThatThrownBy(() -> this.jdbc.update("""
				update reporting_period set plan_revision_id = null
				 where meeting_id = (select id from meeting where code = 'SC66')"""))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aPillarWithActionsCannotBeDeletedEvenInSqlButADraftGoesWithAllItHolds() throws Exception {
		int draft = startDraft(Accounts.SECRETARIAT);
		assertThatThrownBy(() -> this.jdbc.update("delete from pillar where id = ?", pillarId(draft, 1)))
			.isInstanceOf(DataIntegrityViolationException.class);
		this.jdbc.update("delete from plan_revision where number = ?", draft);
		assertThat(this.jdbc.queryForObject("select count(*) from niap_action", Integer.class)).isEqualTo(13);
		assertThat(this.jdbc.queryForObject("select count(*) from pillar", Integer.class)).isEqualTo(6);
	}

	private int startDraft(String who) throws Exception {
		String location = redirect(as(who, post("/parties/KH/plan/revisions")));
		return Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
	}

	private void changeAction(String who, int revision, String number, int pillar, String newNumber, String title)
			throws Exception {
		long id = actionId(revision, number);
		redirect(as(who, post("/parties/KH/plan/revisions/" + revision + "/actions/" + id)
			.param("pillarNumber", String.valueOf(pillar))
			.param("number", newNumber)
			.param("title", title)
			.param("marked", "true")
			.param("_marked", "on")
			.param("version", String.valueOf(
					this.jdbc.queryForObject("select version from niap_action where id = ?", Integer.class, id)))));
	}

	private void adopt(String party, int revision, String day, String note) throws Exception {
		String version = String.valueOf(this.jdbc.queryForObject(
				"""
						select version from plan_revision where number = ? and party_id = (select id from party where code = ?)""",
				Integer.class, revision, party));
		assertThat(redirect(as(Accounts.SECRETARIAT,
				post("/parties/" + party + "/plan/revisions/" + revision + "/adopt").param("adoptedOn", day)
					.param("note", note)
					.param("version", version))))
			.isEqualTo("/parties/" + party + "/plan?adopted=" + revision);
	}

	private String adoptionErrors(String party) throws Exception {
		String version = String.valueOf(this.jdbc.queryForObject(
				"select version from plan_revision where party_id = (select id from party where code = ?)",
				Integer.class, party));
		return Jsoup.parse(this.mvc
			.perform(as(Accounts.SECRETARIAT,
					post("/parties/" + party + "/plan/revisions/1/adopt").param("adoptedOn", "2015-06-01")
						.param("note", "")
						.param("version", version)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).select("#adopt-form .alert--error").text();
	}

	private String version() {
		return String
			.valueOf(this.jdbc.queryForObject("select version from plan_revision where number = 2", Integer.class));
	}

	private long lineageOf(int revision, String number) {
		return this.jdbc.queryForObject("""
				select a.lineage_id from niap_action a join plan_revision r on r.id = a.plan_revision_id
				 where r.party_id = (select id from party where code = 'KH') and r.number = ? and a.number = ?""",
				Long.class, revision, number);
	}

	private long actionId(int revision, String number) {
		return this.jdbc.queryForObject("""
				select a.id from niap_action a join plan_revision r on r.id = a.plan_revision_id
				 where r.party_id = (select id from party where code = 'KH') and r.number = ? and a.number = ?""",
				Long.class, revision, number);
	}

	private long pillarId(int revision, int number) {
		return this.jdbc.queryForObject("""
				select pl.id from pillar pl join plan_revision r on r.id = pl.plan_revision_id
				 where r.party_id = (select id from party where code = 'KH') and r.number = ? and pl.number = ?""",
				Long.class, revision, number);
	}

	private String snapshot() {
		return this.jdbc.queryForList("""
				select r.number || ':' || r.version || ':' || r.status || ':' || coalesce(string_agg(
				       a.number || '/' || a.title || '/' || a.version, ',' order by a.id), '')
				  from plan_revision r left join niap_action a on a.plan_revision_id = r.id
				 group by r.id order by r.id""", String.class).toString()
				+ this.jdbc.queryForList("select number || name from pillar order by id", String.class);
	}

	private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
		return request.with(this.accounts.as(who)).with(csrf());
	}

	private String redirect(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(body(request));
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String message(String key) {
		return MESSAGES.getMessage(key, null, Locale.ENGLISH);
	}

}
