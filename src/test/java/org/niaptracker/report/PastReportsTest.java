package org.niaptracker.report;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.DatabaseState;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Secretariat records a Party's report to a past meeting (Cambodia's to SC65, which
 * the app never saw), fills it in with the editor and records it as published; every bad
 * input gets a message and stores nothing. Also: the document and annex numbers are the
 * Secretariat's, a report's submission date is set once, and the checks on a report's
 * actions.
 */
@PostgresTest
class PastReportsTest {

	private static final String RECORD = "/parties/KH/reports/record";

	private static final String SC65 = "/parties/KH/reports/SC65";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private Accounts accounts;

	@BeforeEach
	void pastMeeting() {
		this.accounts = new Accounts(this.userDetailsService);
		this.jdbc.update("""
				insert into meeting (code, number, starts_on, rating_scale_id)
				select 'SC65', 65, date '2014-07-07', id from rating_scale where code = 'SC65'""");
	}

	@Test
	void theSecretariatRecordsAPastReportFillsItInAndRecordsItAsPublished() throws Exception {
		Document party = html(get("/parties/KH").with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(party.select("a[data-record]").attr("href")).isEqualTo(RECORD);
		assertThat(html(get("/parties/KH").with(this.accounts.as(Accounts.FOCAL_KH))).select("a[data-record]"))
			.isEmpty();

		Document form = html(get(RECORD).with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(form.select("#record-report-meetingCode option").eachAttr("value"))
			.as("the meetings Cambodia has no report to")
			.containsExactly("SC65", "SC67");
		assertThat(form.select("#record-report-languageLine").val()).as("from the latest report")
			.isEqualTo("(English only / únicamente en inglés / seulement en anglais)");

		this.mvc.perform(record(Accounts.SECRETARIAT, fields())).andExpect(redirectedUrl(SC65 + "/edit"));
		Map<String, Object> stored = this.jdbc.queryForMap("""
				select rp.status, rp.recorded, rp.submitted_on, rp.document_ref, rp.annex_ref, rp.prepared_by,
				       rp.period_start, rp.period_end, rp.plan_revision_id,
				       (select count(*) from evaluation e where e.reporting_period_id = rp.id) as evaluations,
				       (select count(*) from evaluation e where e.reporting_period_id = rp.id
				         and (e.progress_rating_id is not null or cardinality(e.progress_points) > 0)) as filled
				  from reporting_period rp join meeting m on m.id = rp.meeting_id where m.code = 'SC65'""");
		assertThat(stored).containsEntry("status", "DRAFT")
			.containsEntry("recorded", true)
			.containsEntry("submitted_on", java.sql.Date.valueOf("2014-06-02"))
			.containsEntry("document_ref", "SC65 Doc. 42")
			.containsEntry("annex_ref", "Annex 3")
			.containsEntry("period_start", java.sql.Date.valueOf("2014-01-01"))
			.containsEntry("period_end", java.sql.Date.valueOf("2014-05-01"))
			.containsEntry("evaluations", 13L)
			.containsEntry("filled", 0L);
		assertThat(history("SC65")).containsExactly("CREATED:>SC65", "DOCUMENT_REF:>SC65 Doc. 42",
				"ANNEX_REF:>Annex 3");

		// The recorded draft is not the Party's open report: its focal point still starts
		// its next one, reads the recorded one, but does not edit it.
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(redirectedUrl("/parties/KH/reports/SC67/edit"));
		this.mvc.perform(get(SC65).with(this.accounts.as(Accounts.FOCAL_KH))).andExpect(status().isOk());
		this.mvc.perform(get(SC65 + "/edit").with(this.accounts.as(Accounts.FOCAL_KH)))
			.andExpect(status().isForbidden());
		long evaluation = Reports.evaluationId(this.jdbc, "KH", "SC65", "1.1");
		this.mvc.perform(saveEvaluation(Accounts.FOCAL_KH, evaluation)).andExpect(status().isForbidden());

		// The Secretariat fills it in with the editor.
		this.mvc.perform(get(SC65 + "/edit").with(this.accounts.as(Accounts.SECRETARIAT))).andExpect(status().isOk());
		this.mvc.perform(saveEvaluation(Accounts.SECRETARIAT, evaluation)).andExpect(status().is3xxRedirection());
		assertThat(Reports.ratingCode(this.jdbc, evaluation)).isEqualTo("ON_TRACK");

		// Recording it as published waits for the checks.
		Document page = html(get(SC65).with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(page.select("[data-submitted-on] time").attr("datetime")).isEqualTo("2014-06-02");
		assertThat(page.select("form[data-step]").eachAttr("data-step")).containsExactly("record");
		assertThat(page.select("#checks li[data-check=check.unrated]")).hasSize(12);
		Document refused = html(move(Accounts.SECRETARIAT, "SC65", "record"));
		assertThat(refused.select("[data-refusal]").text()).contains("cannot be recorded as published yet");
		assertThat(statusOf("SC65")).isEqualTo("DRAFT");
		assertThat(html(get(SC65).with(this.accounts.as(Accounts.FOCAL_KH))).select("form[data-step]"))
			.as("the Party does not submit a recorded report")
			.isEmpty();
		this.mvc.perform(move(Accounts.FOCAL_KH, "SC65", "submit")).andExpect(status().isForbidden());

		fillIn("SC65");
		this.mvc.perform(move(Accounts.SECRETARIAT, "SC65", "record")).andExpect(redirectedUrl(SC65 + "?moved=record"));
		assertThat(statusOf("SC65")).isEqualTo("PUBLISHED");
		assertThat(this.jdbc.queryForList("""
				select t.from_status || '>' || t.to_status || ':' || t.actor_name from report_transition t
				  join reporting_period rp on rp.id = t.reporting_period_id join meeting m on m.id = rp.meeting_id
				 where m.code = 'SC65'""", String.class)).containsExactly("DRAFT>PUBLISHED:secretariat");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from report_submission s join reporting_period rp on rp.id = s.reporting_period_id
				  join meeting m on m.id = rp.meeting_id where m.code = 'SC65'""", Integer.class))
			.as("nothing frozen: no Party sent it through the app")
			.isZero();
		Document published = html(get(SC65));
		assertThat(published.select("[data-submitted-on] time").attr("datetime")).isEqualTo("2014-06-02");
		assertThat(published.select("#document-numbers")).isEmpty();
		assertThat(html(get(SC65).with(this.accounts.as(Accounts.SECRETARIAT))).select("#document-numbers"))
			.as("numbers are given before publication")
			.isEmpty();
	}

	@Test
	void anAdministratorRecordsToo() throws Exception {
		this.mvc.perform(record(Accounts.ADMIN, fields())).andExpect(redirectedUrl(SC65 + "/edit"));
		this.mvc.perform(get(SC65 + "/edit").with(this.accounts.as(Accounts.ADMIN))).andExpect(status().isOk());
	}

	@Test
	void everyBadInputGetsAMessageBesideItsFieldAndStoresNothing() throws Exception {
		Map<String, String> before = DatabaseState.of(this.jdbc);
		assertThat(refused(fields("meetingCode", "SC66"), "meetingCode"))
			.isEqualTo("This Party already has a report to this meeting.");
		assertThat(refused(fields("meetingCode", "SC99"), "meetingCode")).isEqualTo("There is no such meeting.");
		assertThat(refused(fields("meetingCode", ""), "meetingCode")).isEqualTo("Choose the meeting.");
		assertThat(refused(fields("submittedOn", "2 June 2014"), "submittedOn"))
			.isEqualTo("Enter a date as YYYY-MM-DD.");
		assertThat(refused(fields("submittedOn", "2014-02-30"), "submittedOn"))
			.isEqualTo("Enter a date as YYYY-MM-DD.");
		assertThat(refused(fields("submittedOn", ""), "submittedOn"))
			.isEqualTo("Enter the date the Party sent the report.");
		assertThat(refused(fields("submittedOn", LocalDate.now().plusDays(2).toString()), "submittedOn"))
			.isEqualTo("The date the Party sent the report cannot be in the future.");
		assertThat(refused(fields("submittedOn", "2013-12-31"), "submittedOn"))
			.isEqualTo("The report cannot have been sent before its reporting period began.");
		assertThat(refused(fields("periodStart", "2014-13"), "periodStart")).isEqualTo("Enter a month as YYYY-MM.");
		assertThat(refused(fields("documentRef", "x".repeat(61)), "documentRef")).contains("too long");
		Document outOfOrder = html(record(Accounts.SECRETARIAT, fields("periodEnd", "2013-05")));
		assertThat(outOfOrder.select("#record-report .alert--error").text()).contains("must end on or after");
		for (String field : List.of("documentRef", "annexRef", "languageLine", "groupHeading", "preparedBy")) {
			Map<String, String> missing = fields();
			missing.remove(field);
			this.mvc.perform(record(Accounts.SECRETARIAT, missing)).andExpect(status().isBadRequest());
		}
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aPartyWithoutAPlanInForceCannotHaveAReportRecorded() throws Exception {
		Accounts.createOtherParty(this.jdbc);
		Document form = html(get("/parties/ZZ/reports/record").with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(form.select("[data-record=no-plan]").text()).contains("no plan in force");
		Map<String, String> before = DatabaseState.of(this.jdbc);
		Document refused = html(post("/parties/ZZ/reports/record").with(this.accounts.as(Accounts.SECRETARIAT))
			.with(csrf())
			.params(params(fields())));
		assertThat(refused.select("#record-report-meetingCode-error").text()).contains("no plan in force");
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
		this.mvc.perform(get("/parties/QQ/reports/record").with(this.accounts.as(Accounts.SECRETARIAT)))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyTheSecretariatAndAdministratorsRecord() throws Exception {
		Map<String, String> before = DatabaseState.of(this.jdbc);
		this.mvc.perform(record(Accounts.FOCAL_KH, fields())).andExpect(status().isForbidden());
		this.mvc.perform(record(Accounts.FOCAL_KH, fields("submittedOn", "garbled"))).andExpect(status().isForbidden());
		this.mvc.perform(get(RECORD).with(this.accounts.as(Accounts.FOCAL_KH))).andExpect(status().isForbidden());
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void theSecretariatNumbersAReportBeforePublicationAndTheFocalPointNoLonger() throws Exception {
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(status().is3xxRedirection());
		String sc67 = "/parties/KH/reports/SC67";
		Document editor = html(get(sc67 + "/edit").with(this.accounts.as(Accounts.FOCAL_KH)));
		assertThat(editor.select("#cover-form input[name=documentRef], #cover-form input[name=annexRef]")).isEmpty();
		assertThat(html(get(sc67).with(this.accounts.as(Accounts.FOCAL_KH))).select("#document-numbers")).isEmpty();
		assertThat(html(get(sc67).with(this.accounts.as(Accounts.SECRETARIAT))).select("#numbers-documentRef"))
			.hasSize(1);

		this.mvc.perform(numbers(Accounts.FOCAL_KH, "SC67", "SC67 Doc. 1", "Annex 1"))
			.andExpect(status().isForbidden());
		this.mvc.perform(numbers(Accounts.SECRETARIAT, "SC67", "SC67 Doc. 27", "Annex 4"))
			.andExpect(redirectedUrl(sc67 + "?numbered#document-numbers"));
		assertThat(history("SC67")).contains("DOCUMENT_REF:>SC67 Doc. 27", "ANNEX_REF:>Annex 4");
		Document tooLong = html(numbers(Accounts.SECRETARIAT, "SC67", "x".repeat(61), "Annex 4"));
		assertThat(tooLong.select("#numbers-documentRef-error").text()).contains("too long");
		// A stale version is a conflict, the published report's numbers are closed.
		this.mvc
			.perform(post(sc67 + "/document").with(this.accounts.as(Accounts.SECRETARIAT))
				.with(csrf())
				.param("documentRef", "SC67 Doc. 28")
				.param("annexRef", "")
				.param("version", "0"))
			.andExpect(status().isConflict());
		Map<String, String> before = DatabaseState.of(this.jdbc);
		this.mvc.perform(numbers(Accounts.ADMIN, "SC66", "SC66 Doc. 30", "Annex 1")).andExpect(status().isConflict());
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("""
				select document_ref || ' ' || annex_ref from reporting_period rp join meeting m on m.id = rp.meeting_id
				 where m.code = 'SC67'""", String.class)).isEqualTo("SC67 Doc. 27 Annex 4");
	}

	@Test
	void aReportSubmittedInTheAppKeepsTheDayItWasFirstSent() throws Exception {
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(status().is3xxRedirection());
		Reports.removeTemplateInstruction(this.jdbc, "SC67");
		this.mvc.perform(move(Accounts.FOCAL_KH, "SC67", "submit")).andExpect(status().is3xxRedirection());
		assertThat(submittedOn("SC67")).isEqualTo(LocalDate.now());
		this.mvc.perform(move(Accounts.SECRETARIAT, "SC67", "return", "Please look at 1.2."))
			.andExpect(status().is3xxRedirection());
		this.jdbc.update("update reporting_period set submitted_on = date '2016-06-20' where meeting_id = "
				+ "(select id from meeting where code = 'SC67')");
		this.mvc.perform(move(Accounts.FOCAL_KH, "SC67", "submit")).andExpect(status().is3xxRedirection());
		assertThat(submittedOn("SC67")).as("a resubmission keeps the first day").isEqualTo(LocalDate.of(2016, 6, 20));
		Document overview = html(get("/meetings/SC67/reports").with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(overview.select("#overview-status tr[data-party=KH] [data-submitted-on]").text())
			.isEqualTo("2016-06-20");
	}

	@Test
	void aReportMissingAnActionOfItsPlanCannotBeSubmitted() throws Exception {
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(status().is3xxRedirection());
		Reports.removeTemplateInstruction(this.jdbc, "SC67");
		this.jdbc.update("delete from evaluation where id = ?", Reports.evaluationId(this.jdbc, "KH", "SC67", "5.2"));
		Document page = html(get("/parties/KH/reports/SC67").with(this.accounts.as(Accounts.FOCAL_KH)));
		assertThat(page.select("#checks li[data-check]").eachAttr("data-check")).containsExactly("check.actionMissing");
		assertThat(page.select("#checks li[data-check]").text())
			.isEqualTo("Action 5.2 of the plan this report follows is missing from the report.");
		Document refused = html(move(Accounts.FOCAL_KH, "SC67", "submit"));
		assertThat(refused.select("[data-refusal]").text()).contains("cannot be submitted yet");
		assertThat(statusOf("SC67")).isEqualTo("DRAFT");
	}

	@Test
	void aRecordedReportWithoutActionsCannotBeRecordedAsPublished() throws Exception {
		this.mvc.perform(record(Accounts.SECRETARIAT, fields())).andExpect(status().is3xxRedirection());
		fillIn("SC65");
		this.jdbc.update("delete from evaluation where reporting_period_id = (select id from reporting_period "
				+ "where meeting_id = (select id from meeting where code = 'SC65'))");
		Document page = html(get(SC65).with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(page.select("#checks li[data-check]").eachAttr("data-check")).startsWith("check.actionMissing")
			.contains("check.noActions");
		html(move(Accounts.SECRETARIAT, "SC65", "record"));
		assertThat(statusOf("SC65")).isEqualTo("DRAFT");
	}

	/** Rates every action, gives each a point and writes Part A, in SQL. */
	private void fillIn(String meeting) {
		this.jdbc.update(
				"""
						update evaluation e set progress_rating_id = (select pr.id from progress_rating pr
						         join rating_scale s on s.id = pr.rating_scale_id where s.code = 'SC65' and pr.code = 'ON_TRACK'),
						       progress_points = array['Recorded from the report as sent.']
						  from reporting_period rp join meeting m on m.id = rp.meeting_id
						 where e.reporting_period_id = rp.id and m.code = ?""",
				meeting);
		this.jdbc.update("""
				update reporting_period set synopsis = 'Synopsis.', progress_to_date = 'Progress.',
				       future_outlook = 'Outlook.' where meeting_id = (select id from meeting where code = ?)""",
				meeting);
	}

	private String refused(Map<String, String> fields, String field) throws Exception {
		Document page = html(record(Accounts.SECRETARIAT, fields));
		return page.select("#record-report-" + field + "-error").text();
	}

	private static Map<String, String> fields(String... changes) {
		Map<String, String> fields = new java.util.LinkedHashMap<>(
				Map.of("meetingCode", "SC65", "periodStart", "2014-01", "periodEnd", "2014-05", "submittedOn",
						"2014-06-02", "preparedBy", "Focal point of 2014", "documentRef", "SC65 Doc. 42", "annexRef",
						"Annex 3", "languageLine", "(English only)", "groupHeading", "Parties of ‘secondary concern’"));
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		return fields;
	}

	private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> fields) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		fields.forEach(params::add);
		return params;
	}

	private MockHttpServletRequestBuilder record(String who, Map<String, String> fields) {
		return post(RECORD).with(this.accounts.as(who)).with(csrf()).params(params(fields));
	}

	private MockHttpServletRequestBuilder numbers(String who, String meeting, String documentRef, String annexRef) {
		return post("/parties/KH/reports/" + meeting + "/document").with(this.accounts.as(who))
			.with(csrf())
			.param("documentRef", documentRef)
			.param("annexRef", annexRef)
			.param("version", String.valueOf(Reports.reportVersion(this.jdbc, "KH", meeting)));
	}

	private MockHttpServletRequestBuilder saveEvaluation(String who, long evaluation) {
		return post(SC65 + "/evaluations/" + evaluation).with(this.accounts.as(who))
			.with(csrf())
			.param("rating", "ON_TRACK")
			.param("points", "A point")
			.param("version", String.valueOf(Reports.evaluationVersion(this.jdbc, evaluation)));
	}

	private MockHttpServletRequestBuilder move(String who, String meeting, String step) {
		return move(who, meeting, step, "");
	}

	private MockHttpServletRequestBuilder move(String who, String meeting, String step, String message) {
		return post("/parties/KH/reports/" + meeting + "/lifecycle/" + step).with(this.accounts.as(who))
			.with(csrf())
			.param("message", message)
			.param("version", String.valueOf(Reports.reportVersion(this.jdbc, "KH", meeting)));
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private List<String> history(String meeting) {
		return this.jdbc.queryForList("""
				select c.field || ':' || coalesce(c.old_value, '') || '>' || coalesce(c.new_value, '')
				  from report_change c join reporting_period rp on rp.id = c.reporting_period_id
				  join meeting m on m.id = rp.meeting_id where m.code = ? and c.action_id is null order by c.id""",
				String.class, meeting);
	}

	private String statusOf(String meeting) {
		return this.jdbc.queryForObject("""
				select status from reporting_period rp join party p on p.id = rp.party_id
				 where p.code = 'KH' and rp.meeting_id = (select id from meeting where code = ?)""", String.class,
				meeting);
	}

	private LocalDate submittedOn(String meeting) {
		return this.jdbc.queryForObject("""
				select submitted_on from reporting_period rp join party p on p.id = rp.party_id
				 where p.code = 'KH' and rp.meeting_id = (select id from meeting where code = ?)""", LocalDate.class,
				meeting);
	}

}
