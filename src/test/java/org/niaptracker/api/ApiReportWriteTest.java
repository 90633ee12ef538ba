package org.niaptracker.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A script with its owner's token does what its owner can in the browser, through the
 * same services: Cambodia's focal point saves an evaluation and Part A of its draft and
 * submits it; a stale version gets 409 with the current one; another Party's focal point,
 * the Secretariat on a Party's draft, and nobody without a token get what the pages give.
 */
@PostgresTest
class ApiReportWriteTest {

	private static final String REPORT = "/api/v1/parties/KH/reports/SC67";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private Accounts accounts;

	private String focalPoint;

	@BeforeEach
	void startSc67() throws Exception {
		this.accounts = new Accounts(this.userDetailsService);
		Accounts.createOtherParty(this.jdbc);
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(status().is3xxRedirection());
		Reports.removeTemplateInstruction(this.jdbc, "SC67");
		this.focalPoint = Tokens.create(this.mvc, this.accounts, Accounts.FOCAL_KH);
	}

	@Test
	void aFocalPointsTokenSavesAnEvaluationOfItsOwnParty() throws Exception {
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		int version = Reports.evaluationVersion(this.jdbc, id);
		this.mvc
			.perform(saveEvaluation(this.focalPoint, id,
					"""
							{"rating": "ON_TRACK", "points": ["Inventory done", "  Stockpile sealed  ", ""], "version": %d}"""
						.formatted(version)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.evaluationId").value(id))
			.andExpect(jsonPath("$.rating").value("ON_TRACK"))
			.andExpect(jsonPath("$.points[0]").value("Inventory done"))
			.andExpect(jsonPath("$.points[1]").value("Stockpile sealed"))
			.andExpect(jsonPath("$.points.length()").value(2))
			.andExpect(jsonPath("$.version").value(version + 1));
		assertThat(Reports.ratingCode(this.jdbc, id)).isEqualTo("ON_TRACK");
		assertThat(Reports.points(this.jdbc, id)).containsExactly("Inventory done", "Stockpile sealed");
		assertThat(this.jdbc.queryForList("""
				select c.changed_by_name from report_change c join evaluation e on e.action_id = c.action_id
				 where e.id = ? and c.reporting_period_id = e.reporting_period_id""", String.class, id))
			.as("recorded in the report's history as the token's owner")
			.isNotEmpty()
			.containsOnly(Accounts.FOCAL_KH);

		// Not rated again, with no points.
		this.mvc.perform(saveEvaluation(this.focalPoint, id, """
				{"rating": null, "points": [], "version": %d}""".formatted(version + 1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rating").doesNotExist());
		assertThat(Reports.ratingCode(this.jdbc, id)).isNull();
	}

	@Test
	void aStaleVersionGets409WithTheCurrentVersionAndSavesNothing() throws Exception {
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		int version = Reports.evaluationVersion(this.jdbc, id);
		this.mvc.perform(saveEvaluation(this.focalPoint, id, evaluation("ON_TRACK", "First", version)))
			.andExpect(status().isOk());
		this.mvc.perform(saveEvaluation(this.focalPoint, id, evaluation("ACHIEVED", "Second", version)))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.currentVersion").value(version + 1))
			.andExpect(jsonPath("$.instance").value(REPORT + "/evaluations/" + id));
		assertThat(Reports.ratingCode(this.jdbc, id)).isEqualTo("ON_TRACK");

		int report = Reports.reportVersion(this.jdbc, "KH", "SC67");
		this.mvc.perform(savePartA(this.focalPoint, "Synopsis", report)).andExpect(status().isOk());
		this.mvc.perform(savePartA(this.focalPoint, "Lost", report))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(report + 1))
			.andExpect(jsonPath("$.currentStatus").value("DRAFT"));
		assertThat(this.jdbc.queryForObject(
				"""
						select synopsis from reporting_period rp join meeting m on m.id = rp.meeting_id where m.code = 'SC67'""",
				String.class))
			.isEqualTo("Synopsis");
	}

	@Test
	void anotherPartysTokenAndTheSecretariatsAreRefusedAsOnThePages() throws Exception {
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		int version = Reports.evaluationVersion(this.jdbc, id);
		String other = Tokens.create(this.mvc, this.accounts, Accounts.FOCAL_OTHER);
		this.mvc.perform(saveEvaluation(other, id, evaluation("ON_TRACK", "Forged", version)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		String secretariat = Tokens.create(this.mvc, this.accounts, Accounts.SECRETARIAT);
		this.mvc.perform(saveEvaluation(secretariat, id, evaluation("ON_TRACK", "Not ours", version)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(403));
		this.mvc.perform(saveEvaluation(null, id, evaluation("ON_TRACK", "Anonymous", version)))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"));
		assertThat(Reports.evaluationVersion(this.jdbc, id)).isEqualTo(version);
		assertThat(Reports.ratingCode(this.jdbc, id)).isEqualTo("CHALLENGING");

		// A published report is closed: refused as the editor refuses it.
		long published = Reports.evaluationId(this.jdbc, "KH", "SC66", "1.2");
		this.mvc
			.perform(Tokens.json(put("/api/v1/parties/KH/reports/SC66/evaluations/" + published), this.focalPoint,
					evaluation("ON_TRACK", "Rewriting history", Reports.evaluationVersion(this.jdbc, published))))
			.andExpect(status().isForbidden());
		// An evaluation of another report, under this report's address.
		this.mvc.perform(saveEvaluation(this.focalPoint, published, evaluation("ON_TRACK", "Forged", 0)))
			.andExpect(status().isNotFound());
		assertThat(Reports.ratingCode(this.jdbc, published)).isEqualTo("CHALLENGING");
	}

	@Test
	void badInputGets400WithTheFieldsAndSavesNothing() throws Exception {
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		int version = Reports.evaluationVersion(this.jdbc, id);
		this.mvc.perform(saveEvaluation(this.focalPoint, id, evaluation("on track!", "A point", version)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("rating")));
		this.mvc.perform(saveEvaluation(this.focalPoint, id, evaluation("NOT_ON_THE_SCALE", "A point", version)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rating"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		this.mvc
			.perform(saveEvaluation(this.focalPoint, id,
					"""
							{"rating": "ON_TRACK", "points": ["Two\\nlines", "NUL \\u0000"], "version": %d}"""
						.formatted(version)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("points[0]")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("points[1]")));
		this.mvc.perform(saveEvaluation(this.focalPoint, id, """
				{"rating": "ON_TRACK", "points": ["A point"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		this.mvc.perform(saveEvaluation(this.focalPoint, id, "{\"rating\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
		this.mvc.perform(Tokens.json(put(REPORT + "/evaluations/not-a-number"), this.focalPoint,
				evaluation("ON_TRACK", "A point", version)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(Tokens.json(put(REPORT + "/part-a"), this.focalPoint, """
				{"synopsis": "x\\u001b", "progressToDate": null, "futureOutlook": "", "version": 0}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("synopsis")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("progressToDate")));
		assertThat(Reports.evaluationVersion(this.jdbc, id)).isEqualTo(version);
		assertThat(Reports.reportVersion(this.jdbc, "KH", "SC67")).isZero();
	}

	@Test
	void aFocalPointSubmitsAndTheSecretariatAccepts() throws Exception {
		this.mvc.perform(Tokens.json(put(REPORT + "/part-a"), this.focalPoint, """
				{"synopsis": "Line one\\r\\n\\r\\nLine two", "progressToDate": "Inventories done.",
				 "futureOutlook": "  More to come.  ", "version": 0}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(1));
		assertThat(this.jdbc.queryForObject(
				"""
						select synopsis from reporting_period rp join meeting m on m.id = rp.meeting_id where m.code = 'SC67'""",
				String.class))
			.isEqualTo("Line one\n\nLine two");
		assertThat(this.jdbc.queryForObject("""
				select future_outlook from reporting_period rp join meeting m on m.id = rp.meeting_id
				 where m.code = 'SC67'""", String.class)).isEqualTo("More to come.");

		this.mvc.perform(move(this.focalPoint, "submit", 1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		int submitted = Reports.reportVersion(this.jdbc, "KH", "SC67");
		assertThat(this.jdbc.queryForObject("select count(*) from report_submission", Integer.class)).isEqualTo(1);

		// Submitted: no longer the Party's to change, nor to submit again.
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		this.mvc
			.perform(saveEvaluation(this.focalPoint, id,
					evaluation("ON_TRACK", "Too late", Reports.evaluationVersion(this.jdbc, id))))
			.andExpect(status().isForbidden());
		this.mvc.perform(move(this.focalPoint, "submit", submitted))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentStatus").value("SUBMITTED"));
		this.mvc.perform(move(this.focalPoint, "accept", submitted)).andExpect(status().isForbidden());
		this.mvc.perform(move(this.focalPoint, "no-such-step", submitted)).andExpect(status().isNotFound());

		String secretariat = Tokens.create(this.mvc, this.accounts, Accounts.SECRETARIAT);
		this.mvc.perform(move(secretariat, "return", submitted))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("message"));
		this.mvc.perform(move(secretariat, "accept", submitted))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		assertThat(this.jdbc.queryForList("""
				select actor_name || ':' || to_status from report_transition order by id""", String.class))
			.containsExactly("focal.kh:SUBMITTED", "secretariat:ACCEPTED");
	}

	@Test
	void submissionChecksThatFailGet409WithTheReason() throws Exception {
		this.jdbc
			.update("""
					update evaluation set progress_rating_id = null where reporting_period_id =
					 (select rp.id from reporting_period rp join meeting m on m.id = rp.meeting_id where m.code = 'SC67')""");
		this.mvc.perform(move(this.focalPoint, "submit", Reports.reportVersion(this.jdbc, "KH", "SC67")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reasonKey").value("lifecycle.submit.blocked"))
			.andExpect(jsonPath("$.reason").isNotEmpty());
		assertThat(this.jdbc.queryForObject("select count(*) from report_transition", Integer.class)).isZero();
	}

	private MockHttpServletRequestBuilder saveEvaluation(String token, long id, String body) {
		return Tokens.json(put(REPORT + "/evaluations/" + id), token, body);
	}

	private MockHttpServletRequestBuilder savePartA(String token, String synopsis, int version) {
		return Tokens.json(put(REPORT + "/part-a"), token, """
				{"synopsis": "%s", "progressToDate": "", "futureOutlook": "", "version": %d}"""
			.formatted(synopsis.replace("\r", "\\r").replace("\n", "\\n"), version));
	}

	private MockHttpServletRequestBuilder move(String token, String step, int version) {
		return Tokens.json(post(REPORT + "/lifecycle/" + step), token, """
				{"version": %d}""".formatted(version));
	}

	private static String evaluation(String rating, String point, int version) {
		return """
				{"rating": "%s", "points": ["%s"], "version": %d}""".formatted(rating, point, version);
	}

}
