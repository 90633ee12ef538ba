package org.niaptracker.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.DatabaseState;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form of the application, as its page sends it, with each of its text fields in
 * turn holding a NUL (a message beside the field, nothing stored), and with each field
 * the form always sends left out (400, nothing stored).
 */
@PostgresTest
class FormInputTest {

	private static final String SC67 = "/parties/KH/reports/SC67";

	/** A form: who sends it, where, and every field as the page sends it. */
	record Form(String name, String who, Function<Fixture, String> url, Function<Fixture, Map<String, String>> fields,
			List<String> textFields) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** The report and records a form works on, found in the database. */
	record Fixture(JdbcTemplate jdbc) {

		String evaluation(String action) {
			return String.valueOf(Reports.evaluationId(this.jdbc, "KH", "SC67", action));
		}

		String evaluationVersion(String action) {
			return String.valueOf(Reports.evaluationVersion(this.jdbc, Long.parseLong(evaluation(action))));
		}

		String reportVersion() {
			return String.valueOf(Reports.reportVersion(this.jdbc, "KH", "SC67"));
		}

		/** A past meeting Cambodia has no report to (SC65), added if need be. */
		String pastMeeting() {
			this.jdbc.update("""
					insert into meeting (code, number, starts_on, rating_scale_id)
					select 'SC65', 65, date '2014-07-07', id from rating_scale where code = 'SC65'
					on conflict (code) do nothing""");
			return "SC65";
		}

		String version(String table, String code) {
			return String.valueOf(
					this.jdbc.queryForObject("select version from " + table + " where code = ?", Integer.class, code));
		}

		long ratingId(String scale, String code) {
			return this.jdbc.queryForObject("""
					select r.id from progress_rating r join rating_scale s on s.id = r.rating_scale_id
					 where s.code = ? and r.code = ?""", Long.class, scale, code);
		}

		String user(String username, String column) {
			return String.valueOf(this.jdbc.queryForObject("select " + column + " from app_user where username = ?",
					Object.class, username));
		}

	}

	static final List<Form> FORMS = List.of(
			new Form("evaluation", Accounts.FOCAL_KH, (f) -> SC67 + "/evaluations/" + f.evaluation("1.2"),
					(f) -> fields("rating", "ON_TRACK", "points", "A point\nAnother point", "version",
							f.evaluationVersion("1.2")),
					List.of("rating", "points")),
			new Form("Part A", Accounts.FOCAL_KH, (f) -> SC67 + "/part-a",
					(f) -> fields("synopsis", "Synopsis.", "progressToDate", "Progress.", "futureOutlook", "Outlook.",
							"version", f.reportVersion()),
					List.of("synopsis", "progressToDate", "futureOutlook")),
			new Form("cover", Accounts.FOCAL_KH, (f) -> SC67 + "/cover",
					(f) -> fields("languageLine", "English only", "groupHeading", "Parties", "periodStart", "2015-10",
							"periodEnd", "2016-06", "preparedBy", "Someone", "version", f.reportVersion()),
					List.of("languageLine", "groupHeading", "preparedBy")),
			new Form("document numbers", Accounts.SECRETARIAT, (f) -> SC67 + "/document",
					(f) -> fields("documentRef", "SC67 Doc. 1", "annexRef", "Annex 1", "version", f.reportVersion()),
					List.of("documentRef", "annexRef")),
			new Form("past report", Accounts.SECRETARIAT, (f) -> "/parties/KH/reports/record",
					(f) -> fields("meetingCode", f.pastMeeting(), "periodStart", "2014-01", "periodEnd", "2014-05",
							"submittedOn", "2014-06-02", "preparedBy", "Someone", "documentRef", "SC65 Doc. 1",
							"annexRef", "Annex 1", "languageLine", "English only", "groupHeading", "Parties"),
					List.of("documentRef", "annexRef", "languageLine", "groupHeading", "preparedBy")),
			new Form("submission message", Accounts.FOCAL_KH, (f) -> SC67 + "/lifecycle/submit",
					(f) -> fields("message", "Here it is.", "version", f.reportVersion()), List.of("message")),
			new Form("new account", Accounts.ADMIN, (f) -> "/admin/users",
					(f) -> fields("username", "test.nul", "displayName", "Test account", "email", "test@example.org",
							"role", "SECRETARIAT", "partyCode", "", "password", "ivory-ledger-mango-47-orbit"),
					List.of("username", "displayName", "email")),
			new Form("account", Accounts.ADMIN, (f) -> "/admin/users/" + f.user("focal.kh", "id"),
					(f) -> fields("username", "focal.kh", "displayName", "Focal point", "email", "focal@example.org",
							"role", "FOCAL_POINT", "partyCode", "KH", "_enabled", "on", "enabled", "true", "version",
							f.user("focal.kh", "version")),
					List.of("displayName", "email", "partyCode")),
			new Form("password reset", Accounts.ADMIN, (f) -> "/admin/users/" + f.user("focal.kh", "id") + "/password",
					(f) -> fields("password", "ivory-ledger-mango-47-orbit", "version", f.user("focal.kh", "version")),
					List.of()),
			new Form("Party", Accounts.ADMIN, (f) -> "/admin/parties", (f) -> fields("code", "QN", "name", "Quux"),
					List.of("code", "name")),
			new Form("meeting", Accounts.ADMIN, (f) -> "/admin/meetings",
					(f) -> fields("number", "97", "startsOn", "2031-01-10", "reportDueOn", "2030-11-01", "ratingScale",
							"SC69"),
					List.of("ratingScale")),
			new Form("Party profile", Accounts.SECRETARIAT, (f) -> "/admin/parties/KH",
					(f) -> fields("name", "Cambodia", "nameFr", "Cambodge", "nameEs", "Camboya", "category", "C",
							"categorySince", "SC65", "processStatus", "IMPLEMENTING", "processStatusSince", "SC65",
							"version", f.version("party", "KH")),
					List.of("name", "nameFr", "nameEs", "categorySince", "processStatusSince")),
			new Form("meeting change", Accounts.ADMIN, (f) -> "/admin/meetings/SC67",
					(f) -> fields("number", "67", "startsOn", "2016-09-23", "reportDueOn", "2016-06-25", "ratingScale",
							"SC65", "version", f.version("meeting", "SC67")),
					List.of("ratingScale")),
			new Form("rating scale", Accounts.ADMIN, (f) -> "/admin/scales/SC65",
					(f) -> fields("code", "SC65", "description", "Four ratings", "ratings[0].id",
							String.valueOf(f.ratingId("SC65", "UNCLEAR")), "ratings[0].code", "UNCLEAR",
							"ratings[0].label", "Unclear", "ratings[0].labelFr", "Incertain", "ratings[0].labelEs",
							"Incierto", "ratings[0].position", "4", "version", f.version("rating_scale", "SC65")),
					List.of("description", "ratings[0].label", "ratings[0].labelFr", "ratings[0].labelEs")));

	/** Forms on a submitted report: the review's. */
	static final List<Form> REVIEW_FORMS = List.of(
			new Form("comment", Accounts.SECRETARIAT, (f) -> SC67 + "/review/comments",
					(f) -> fields("action", "1.2", "body", "Please explain."), List.of("body")),
			new Form("Secretariat's rating", Accounts.SECRETARIAT,
					(f) -> SC67 + "/review/assessments/" + f.evaluation("1.2"), (f) -> fields("rating", "ON_TRACK"),
					List.of("rating")),
			new Form("return message", Accounts.SECRETARIAT, (f) -> SC67 + "/lifecycle/return",
					(f) -> fields("message", "Please explain 1.2.", "version", f.reportVersion()), List.of("message")));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private Accounts accounts;

	@BeforeEach
	void startSc67() throws Exception {
		this.accounts = new Accounts(this.userDetailsService);
		this.mvc.perform(Reports.startSc67(this.accounts));
	}

	static Stream<Arguments> textFields() {
		List<Arguments> cases = new ArrayList<>();
		for (Form form : FORMS) {
			form.textFields().forEach((field) -> cases.add(Arguments.of(form, field, false)));
		}
		for (Form form : REVIEW_FORMS) {
			form.textFields().forEach((field) -> cases.add(Arguments.of(form, field, true)));
		}
		return cases.stream();
	}

	static Stream<Arguments> sentFields() {
		List<Arguments> cases = new ArrayList<>();
		for (Form form : FORMS) {
			sent(form).forEach((field) -> cases.add(Arguments.of(form, field, false)));
		}
		for (Form form : REVIEW_FORMS) {
			sent(form).forEach((field) -> cases.add(Arguments.of(form, field, true)));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}: NUL in {1}")
	@MethodSource("textFields")
	void aNulInAnyTextFieldIsRefusedBesideTheField(Form form, String field, boolean submitted) throws Exception {
		prepare(submitted);
		Fixture fixture = new Fixture(this.jdbc);
		Map<String, String> fields = form.fields().apply(fixture);
		fields.put(field, "before\u0000after");
		Map<String, String> before = DatabaseState.of(this.jdbc);
		MvcResult result = this.mvc.perform(request(form, fixture, fields)).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as("the form again").isEqualTo(200);
		assertThat(body).contains("contains a control character");
		assertThat(DatabaseState.of(this.jdbc)).as("nothing stored").isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} without {1}")
	@MethodSource("sentFields")
	void aFormWithoutAFieldItAlwaysSendsIsRefusedWhole(Form form, String field, boolean submitted) throws Exception {
		prepare(submitted);
		Fixture fixture = new Fixture(this.jdbc);
		Map<String, String> fields = form.fields().apply(fixture);
		fields.remove(field);
		Map<String, String> before = DatabaseState.of(this.jdbc);
		assertThat(this.mvc.perform(request(form, fixture, fields)).andReturn().getResponse().getStatus())
			.isEqualTo(400);
		assertThat(DatabaseState.of(this.jdbc)).as("nothing changed").isEqualTo(before);
	}

	/**
	 * The case: a save with only the version does not clear the rating and
	 * points.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("onlyTheVersion")
	void aSaveWithOnlyTheVersionChangesNothing(String name) throws Exception {
		Fixture fixture = new Fixture(this.jdbc);
		Map<String, String> before = DatabaseState.of(this.jdbc);
		assertThat(this.mvc
			.perform(post(SC67 + "/evaluations/" + fixture.evaluation("1.2")).with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("version", fixture.evaluationVersion("1.2")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
		assertThat(Reports.ratingCode(this.jdbc, Long.parseLong(fixture.evaluation("1.2")))).isEqualTo("CHALLENGING");
	}

	static Stream<String> onlyTheVersion() {
		return Stream.of("evaluation with only _csrf and version");
	}

	/** The fields a form always sends: all but the version and the checkbox marker. */
	private static List<String> sent(Form form) {
		return switch (form.name()) {
			case "evaluation" -> List.of("rating", "points");
			case "Part A" -> List.of("synopsis", "progressToDate", "futureOutlook");
			case "cover" -> List.of("languageLine", "groupHeading", "preparedBy");
			case "submission message", "return message" -> List.of("message");
			case "document numbers" -> List.of("documentRef", "annexRef");
			case "past report" -> List.of("documentRef", "annexRef", "languageLine", "groupHeading", "preparedBy");
			case "new account", "account" -> List.of("displayName", "email", "partyCode");
			case "password reset" -> List.of("password");
			case "Party" -> List.of("code", "name");
			case "meeting", "meeting change" -> List.of("ratingScale");
			case "Party profile" -> List.of("name", "nameFr", "nameEs", "categorySince", "processStatusSince");
			case "rating scale" -> List.of("description");
			case "comment" -> List.of("action", "body");
			case "Secretariat's rating" -> List.of("rating");
			default -> throw new IllegalArgumentException(form.name());
		};
	}

	private void prepare(boolean submitted) throws Exception {
		if (submitted) {
			Reports.removeTemplateInstruction(this.jdbc, "SC67");
			this.mvc.perform(post(SC67 + "/lifecycle/submit").with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("message", "")
				.param("version", new Fixture(this.jdbc).reportVersion()));
		}
	}

	private MockHttpServletRequestBuilder request(Form form, Fixture fixture, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post(form.url().apply(fixture)).with(this.accounts.as(form.who()))
			.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private static Map<String, String> fields(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

}
