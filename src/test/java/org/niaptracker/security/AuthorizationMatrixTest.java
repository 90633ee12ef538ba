package org.niaptracker.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.niaptracker.api.ApiWriteMatrixTest;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what: every endpoint that reads a draft or changes anything, for an
 * anonymous visitor, Cambodia's focal point, another Party's focal point, the Secretariat
 * and an administrator, including requests that forge another Party's or report's ids. A
 * refused change leaves the database as it was. {@link #everyEndpointHasARow()} fails
 * when an endpoint is added without a row here.
 */
@PostgresTest
class AuthorizationMatrixTest {

	enum Outcome {

		/** Served (2xx, or a redirect that is not to the sign-in page). */
		OK,
		/** Sent to sign in. */
		LOGIN,
		/** Refused for want of credentials, without a sign-in page (the API: 401). */
		UNAUTHORIZED, FORBIDDEN, NOT_FOUND,
		/**
		 * Allowed by role, but not from the report's status or version: nothing changes.
		 */
		CONFLICT

	}

	static final List<String> WHO = List.of("anonymous", Accounts.FOCAL_KH, Accounts.FOCAL_OTHER, Accounts.SECRETARIAT,
			Accounts.ADMIN);

	static final Outcome OK = Outcome.OK;

	static final Outcome LOGIN = Outcome.LOGIN;

	static final Outcome UNAUTHORIZED = Outcome.UNAUTHORIZED;

	static final Outcome FORBIDDEN = Outcome.FORBIDDEN;

	static final Outcome NOT_FOUND = Outcome.NOT_FOUND;

	static final Outcome CONFLICT = Outcome.CONFLICT;

	/**
	 * One request and what each of {@link #WHO} gets. {@code pattern} is the handler
	 * mapping it exercises.
	 */
	record Row(String name, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request,
			List<Outcome> expected) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/** What the requests need to know about the data: ids and current versions. */
	record Fixture(JdbcTemplate jdbc) {

		long sc67(String action) {
			return Reports.evaluationId(this.jdbc, "KH", "SC67", action);
		}

		long sc66(String action) {
			return Reports.evaluationId(this.jdbc, "KH", "SC66", action);
		}

		String evaluationVersion(long id) {
			return String.valueOf(Reports.evaluationVersion(this.jdbc, id));
		}

		String reportVersion(String meeting) {
			return String.valueOf(Reports.reportVersion(this.jdbc, "KH", meeting));
		}

		String userId(String username) {
			return String
				.valueOf(this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username));
		}

		String userVersion(String username) {
			return String.valueOf(this.jdbc.queryForObject("select version from app_user where username = ?",
					Integer.class, username));
		}

		/** Gives Cambodia's SC67 report a first submission (an empty report, frozen). */
		RequestPostProcessor withSubmission() {
			this.jdbc.update("""
					insert into report_submission (reporting_period_id, number, content, submitted_by, submitted_at)
					select rp.id, 1, cast(? as jsonb), 'focal.kh', now() from reporting_period rp
					 where rp.party_id = (select id from party where code = 'KH')
					   and rp.meeting_id = (select id from meeting where code = 'SC67')""", """
					{"partyCode": "KH", "partyName": "Cambodia", "meetingCode": "SC67", "meetingNumber": 67,
					 "status": "SUBMITTED", "periodStart": "2015-10-01", "periodEnd": "2016-06-01",
					 "synopsis": [], "progressToDate": [], "futureOutlook": [], "ratings": [], "pillars": []}""");
			return (request) -> request;
		}

		/**
		 * Makes Cambodia's SC67 report one the Secretariat recorded from the past, sent
		 * on 20 June 2016.
		 */
		Fixture sc67Recorded() {
			this.jdbc.update("""
					update reporting_period set recorded = true, submitted_on = date '2016-06-20'
					 where party_id = (select id from party where code = 'KH')
					   and meeting_id = (select id from meeting where code = 'SC67')""");
			return this;
		}

		/** Nothing to add to an address (after a change made to the data). */
		String none() {
			return "";
		}

		/** A past meeting Cambodia has no report to. */
		Fixture sc65() {
			this.jdbc.update("""
					insert into meeting (code, number, starts_on, rating_scale_id)
					select 'SC65', 65, date '2014-07-07', id from rating_scale where code = 'SC65'
					on conflict (code) do nothing""");
			return this;
		}

		/**
		 * A Party's version (ZZ is made for each test; Cambodia is never changed here).
		 */
		String partyVersion(String code) {
			return String
				.valueOf(this.jdbc.queryForObject("select version from party where code = ?", Integer.class, code));
		}

		/** A meeting of this test's own, that no report uses (SC95). */
		String ownMeeting() {
			this.jdbc.update("""
					insert into meeting (code, number, starts_on, rating_scale_id)
					select 'SC95', 95, date '2031-01-10', id from rating_scale where code = 'SC69'
					   and not exists (select 1 from meeting where code = 'SC95')""");
			return String
				.valueOf(this.jdbc.queryForObject("select version from meeting where code = 'SC95'", Integer.class));
		}

		/** A rating scale of this test's own (MTX), with one rating, DONE. */
		String ownScale() {
			this.jdbc.update("""
					insert into rating_scale (code, description) select 'MTX', 'Matrix scale'
					 where not exists (select 1 from rating_scale where code = 'MTX')""");
			this.jdbc.update("""
					insert into progress_rating (rating_scale_id, code, label, label_fr, label_es, position)
					select id, 'DONE', 'Done', 'Fait', 'Hecho', 1 from rating_scale s where code = 'MTX'
					   and not exists (select 1 from progress_rating r where r.rating_scale_id = s.id)""");
			return String.valueOf(
					this.jdbc.queryForObject("select version from rating_scale where code = 'MTX'", Integer.class));
		}

		long ratingId(String scale, String code) {
			return this.jdbc.queryForObject("""
					select r.id from progress_rating r join rating_scale s on s.id = r.rating_scale_id
					 where s.code = ? and r.code = ?""", Long.class, scale, code);
		}

		/** Puts Cambodia's SC67 report in this status first, as if it had got there. */
		Fixture sc67In(String status) {
			this.jdbc.update("""
					update reporting_period set status = ? where party_id = (select id from party where code = 'KH')
					and meeting_id = (select id from meeting where code = 'SC67')""", status);
			return this;
		}

	}

	static final String LIFECYCLE = "POST /parties/{partyCode}/reports/{meetingCode}/lifecycle/{step}";

	static final String RECORD_FORM = "GET /parties/{partyCode}/reports/record";

	static final String RECORD = "POST /parties/{partyCode}/reports/record";

	static final String NUMBERS = "POST /parties/{partyCode}/reports/{meetingCode}/document";

	static final String REVIEW = "GET /parties/{partyCode}/reports/{meetingCode}/review";

	static final String COMMENT = "POST /parties/{partyCode}/reports/{meetingCode}/review/comments";

	static final String ASSESS = "POST /parties/{partyCode}/reports/{meetingCode}/review/assessments/{evaluationId}";

	static final String EVALUATION = "POST /parties/{partyCode}/reports/{meetingCode}/evaluations/{evaluationId}";

	static final List<Row> ROWS = Stream.concat(Stream.of(
			row("list of Parties", "GET /", (f) -> get("/"), OK, OK, OK, OK, OK),
			row("process dashboard", "GET /dashboard", (f) -> get("/dashboard"), OK, OK, OK, OK, OK),
			row("process dashboard with unknown filters", "GET /dashboard",
					(f) -> get("/dashboard?category=Q&page=x&meeting=SC0"), OK, OK, OK, OK, OK),
			row("Party page", "GET /parties/{partyCode}", (f) -> get("/parties/KH"), OK, OK, OK, OK, OK),
			row("sign-in page", "GET /login", (f) -> get("/login"), OK, OK, OK, OK, OK),
			row("published report", "GET /parties/{partyCode}/reports/{meetingCode}",
					(f) -> get("/parties/KH/reports/SC66"), OK, OK, OK, OK, OK),
			row("draft report", "GET /parties/{partyCode}/reports/{meetingCode}",
					(f) -> get("/parties/KH/reports/SC67"), LOGIN, OK, NOT_FOUND, OK, OK),
			row("draft history", "GET /parties/{partyCode}/reports/{meetingCode}/history",
					(f) -> get("/parties/KH/reports/SC67/history"), LOGIN, OK, NOT_FOUND, OK, OK),
			row("draft editor", "GET /parties/{partyCode}/reports/{meetingCode}/edit",
					(f) -> get("/parties/KH/reports/SC67/edit"), LOGIN, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN),
			row("published report's editor", "GET /parties/{partyCode}/reports/{meetingCode}/edit",
					(f) -> get("/parties/KH/reports/SC66/edit"), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
			row("save an evaluation", EVALUATION, (f) -> saveEvaluation("KH", "SC67", f.sc67("1.1"), f), LOGIN, OK,
					NOT_FOUND, FORBIDDEN, FORBIDDEN),
			row("save an evaluation of a published report", EVALUATION,
					(f) -> saveEvaluation("KH", "SC66", f.sc66("1.2"), f), LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
					FORBIDDEN),
			row("forged: evaluation of another report", EVALUATION,
					(f) -> saveEvaluation("KH", "SC67", f.sc66("1.2"), f), LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND,
					NOT_FOUND),
			row("forged: evaluation under another Party", EVALUATION,
					(f) -> saveEvaluation("ZZ", "SC67", f.sc67("1.1"), f), LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND,
					NOT_FOUND),
			row("save Part A", "POST /parties/{partyCode}/reports/{meetingCode}/part-a",
					(f) -> post("/parties/KH/reports/SC67/part-a").param("synopsis", "Changed")
						.param("progressToDate", "")
						.param("futureOutlook", "")
						.param("version", f.reportVersion("SC67")),
					LOGIN, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN),
			row("save the cover", "POST /parties/{partyCode}/reports/{meetingCode}/cover",
					(f) -> post("/parties/KH/reports/SC67/cover").param("periodStart", "2015-10")
						.param("periodEnd", "2016-06")
						.param("preparedBy", "Someone")
						.param("languageLine", "")
						.param("groupHeading", "")
						.param("version", f.reportVersion("SC67")),
					LOGIN, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN),
			row("new report form", "GET /parties/{partyCode}/reports/new", (f) -> get("/parties/KH/reports/new"), LOGIN,
					OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
			row("new report form of another Party", "GET /parties/{partyCode}/reports/new",
					(f) -> get("/parties/ZZ/reports/new"), LOGIN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
			row("start a report", "POST /parties/{partyCode}/reports",
					(f) -> post("/parties/KH/reports").param("meetingCode", "SC67")
						.param("periodStart", "2015-10")
						.param("periodEnd", "2016-06"),
					LOGIN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN),
			row("record form", RECORD_FORM, (f) -> get("/parties/KH/reports/record"), LOGIN, FORBIDDEN, FORBIDDEN, OK,
					OK),
			row("record form of an unknown Party", RECORD_FORM, (f) -> get("/parties/QQ/reports/record"), LOGIN,
					FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
			row("record a past report", RECORD, (f) -> recordPast(f.sc65(), "SC65"), LOGIN, FORBIDDEN, FORBIDDEN, OK,
					OK),
			row("record a report to a meeting already reported", RECORD, (f) -> recordPast(f, "SC66"), LOGIN, FORBIDDEN,
					FORBIDDEN, OK, OK),
			row("recorded draft's editor", "GET /parties/{partyCode}/reports/{meetingCode}/edit",
					(f) -> get("/parties/KH/reports/SC67/edit" + f.sc67Recorded().none()), LOGIN, FORBIDDEN, NOT_FOUND,
					OK, OK),
			row("save an evaluation of a recorded draft", EVALUATION,
					(f) -> saveEvaluation("KH", "SC67", f.sc67Recorded().sc67("1.1"), f), LOGIN, FORBIDDEN, NOT_FOUND,
					OK, OK),
			row("record a recorded draft as published", LIFECYCLE, (f) -> move("record", f.sc67Recorded(), ""), LOGIN,
					FORBIDDEN, NOT_FOUND, OK, OK),
			row("record as published a report its Party writes", LIFECYCLE, (f) -> move("record", f, ""), LOGIN,
					FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
			row("submit a recorded draft", LIFECYCLE, (f) -> move("submit", f.sc67Recorded(), ""), LOGIN, FORBIDDEN,
					NOT_FOUND, FORBIDDEN, FORBIDDEN),
			row("number a draft", NUMBERS, (f) -> numbers("SC67", f), LOGIN, FORBIDDEN, NOT_FOUND, OK, OK),
			row("number a published report", NUMBERS, (f) -> numbers("SC66", f), LOGIN, FORBIDDEN, FORBIDDEN, CONFLICT,
					CONFLICT),
			row("submit a draft", LIFECYCLE, (f) -> move("submit", f, ""), LOGIN, OK, NOT_FOUND, FORBIDDEN, FORBIDDEN),
			row("submit a submitted report", LIFECYCLE, (f) -> move("submit", f.sc67In("SUBMITTED"), ""), LOGIN,
					CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN),
			row("forged: submit another Party's report", LIFECYCLE,
					(f) -> post("/parties/ZZ/reports/SC67/lifecycle/submit").param("message", "").param("version", "0"),
					LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
			row("return a submitted report", LIFECYCLE,
					(f) -> move("return", f.sc67In("SUBMITTED"), "Please fill in 5.2"), LOGIN, FORBIDDEN, NOT_FOUND, OK,
					FORBIDDEN),
			row("return a draft", LIFECYCLE, (f) -> move("return", f, "Why?"), LOGIN, FORBIDDEN, NOT_FOUND, CONFLICT,
					FORBIDDEN),
			row("accept a submitted report", LIFECYCLE, (f) -> move("accept", f.sc67In("SUBMITTED"), ""), LOGIN,
					FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
			row("publish an accepted report", LIFECYCLE, (f) -> move("publish", f.sc67In("ACCEPTED"), ""), LOGIN,
					FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
			row("publish a submitted report", LIFECYCLE, (f) -> move("publish", f.sc67In("SUBMITTED"), ""), LOGIN,
					FORBIDDEN, NOT_FOUND, CONFLICT, FORBIDDEN),
			row("reopen an accepted report", LIFECYCLE,
					(f) -> move("reopen", f.sc67In("ACCEPTED"), "Annex reference corrected"), LOGIN, FORBIDDEN,
					NOT_FOUND, FORBIDDEN, OK),
			row("an unknown step", LIFECYCLE, (f) -> move("dance", f, ""), LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND,
					NOT_FOUND),
			row("history of a published report", "GET /parties/{partyCode}/reports/{meetingCode}/history",
					(f) -> get("/parties/KH/reports/SC66/history"), LOGIN, OK, NOT_FOUND, OK, OK),
			row("a published report's submission",
					"GET /parties/{partyCode}/reports/{meetingCode}/submissions/{number}",
					(f) -> get("/parties/KH/reports/SC67/submissions/1").with(f.sc67In("PUBLISHED").withSubmission()),
					LOGIN, OK, NOT_FOUND, OK, OK),
			row("a draft's submission", "GET /parties/{partyCode}/reports/{meetingCode}/submissions/{number}",
					(f) -> get("/parties/KH/reports/SC67/submissions/1"), LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND,
					NOT_FOUND),
			row("review of a draft", REVIEW, (f) -> get("/parties/KH/reports/SC67/review"), LOGIN, FORBIDDEN, NOT_FOUND,
					FORBIDDEN, FORBIDDEN),
			row("review of a submitted report", REVIEW, (f) -> {
				f.sc67In("SUBMITTED");
				return get("/parties/KH/reports/SC67/review");
			}, LOGIN, OK, NOT_FOUND, OK, OK),
			row("review of a published report", REVIEW, (f) -> get("/parties/KH/reports/SC66/review"), LOGIN, OK,
					FORBIDDEN, OK, OK),
			row("comment on a submitted report", COMMENT,
					(f) -> comment(f.sc67In("SUBMITTED"), "", "Please check 5.2."), LOGIN, FORBIDDEN, NOT_FOUND, OK,
					FORBIDDEN),
			row("answer on a returned report", COMMENT, (f) -> comment(f.sc67In("RETURNED"), "1.2", "Done."), LOGIN, OK,
					NOT_FOUND, OK, FORBIDDEN),
			row("comment on a draft", COMMENT, (f) -> comment(f, "1.2", "Early."), LOGIN, FORBIDDEN, NOT_FOUND,
					FORBIDDEN, FORBIDDEN),
			row("forged: comment on an action of another NIAP", COMMENT,
					(f) -> comment(f.sc67In("SUBMITTED"), "9.9", "Which?"), LOGIN, FORBIDDEN, NOT_FOUND, NOT_FOUND,
					FORBIDDEN),
			row("assess an action of a submitted report", ASSESS, (f) -> assess(f.sc67In("SUBMITTED"), f.sc67("1.2")),
					LOGIN, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
			row("assess an action of a draft", ASSESS, (f) -> assess(f, f.sc67("1.2")), LOGIN, FORBIDDEN, NOT_FOUND,
					FORBIDDEN, FORBIDDEN),
			row("forged: assess an evaluation of another report", ASSESS,
					(f) -> assess(f.sc67In("SUBMITTED"), f.sc66("1.2")), LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND,
					NOT_FOUND),
			row("publish the Secretariat's ratings",
					"POST /parties/{partyCode}/reports/{meetingCode}/review/assessment-publication",
					(f) -> post("/parties/KH/reports/SC67/review/assessment-publication").param("published", "true")
						.param("version", f.sc67In("SUBMITTED").reportVersion("SC67")),
					LOGIN, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
			secretariat("the Secretariat's overview of the newest meeting", "GET /overview", (f) -> get("/overview")),
			secretariat("where each report to a meeting stands", "GET /meetings/{meetingCode}/reports",
					(f) -> get("/meetings/SC67/reports")),
			row("where each report to an unknown meeting stands", "GET /meetings/{meetingCode}/reports",
					(f) -> get("/meetings/SC99/reports"), LOGIN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
			row("public overview of a meeting", "GET /meetings/{meetingCode}/overview",
					(f) -> get("/meetings/SC66/overview"), OK, OK, OK, OK, OK),
			row("public overview of a meeting with nothing published", "GET /meetings/{meetingCode}/overview",
					(f) -> get("/meetings/SC67/overview"), OK, OK, OK, OK, OK),
			row("public overview of an unknown meeting", "GET /meetings/{meetingCode}/overview",
					(f) -> get("/meetings/SC99/overview"), NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
			row("notices", "GET /notices", (f) -> get("/notices"), LOGIN, OK, OK, OK, OK),
			row("mark notices seen", "POST /notices/seen", (f) -> post("/notices/seen"), LOGIN, OK, OK, OK, OK),
			draftExport("print view", "print"), draftExport("PDF", "annex.pdf"), draftExport("Word", "annex.docx"),
			draftExport("JSON", "report.json"), draftExport("CSV", "evaluations.csv"),
			row("published report as PDF", "GET /parties/{partyCode}/reports/{meetingCode}/annex.pdf",
					(f) -> get("/parties/KH/reports/SC66/annex.pdf"), OK, OK, OK, OK, OK),
			row("a meeting's published reports as one PDF", "GET /meetings/{meetingCode}/annexes.pdf",
					(f) -> get("/meetings/SC66/annexes.pdf"), OK, OK, OK, OK, OK),
			row("a meeting without published reports as one PDF", "GET /meetings/{meetingCode}/annexes.pdf",
					(f) -> get("/meetings/SC67/annexes.pdf"), NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
			row("unknown report as JSON", "GET /parties/{partyCode}/reports/{meetingCode}/report.json",
					(f) -> get("/parties/KH/reports/SC99/report.json"), LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND,
					NOT_FOUND),
			admin("administration", "GET /admin", (f) -> get("/admin")),
			admin("accounts", "GET /admin/users", (f) -> get("/admin/users")),
			admin("new account form", "GET /admin/users/new", (f) -> get("/admin/users/new")),
			admin("create an account", "POST /admin/users",
					(f) -> post("/admin/users").param("username", "matrix.user")
						.param("displayName", "Matrix")
						.param("email", "")
						.param("role", "SECRETARIAT")
						.param("partyCode", "")
						.param("password", "ivory-ledger-mango-47-orbit")),
			admin("an account", "GET /admin/users/{id}", (f) -> get("/admin/users/" + f.userId("focal.zz"))),
			row("an unknown account", "GET /admin/users/{id}", (f) -> get("/admin/users/987654"), LOGIN, FORBIDDEN,
					FORBIDDEN, FORBIDDEN, NOT_FOUND),
			admin("change an account", "POST /admin/users/{id}",
					(f) -> post("/admin/users/" + f.userId("focal.zz")).param("username", "focal.zz")
						.param("displayName", "Renamed")
						.param("email", "")
						.param("role", "FOCAL_POINT")
						.param("partyCode", "ZZ")
						.param("enabled", "false")
						.param("version", f.userVersion("focal.zz"))),
			admin("reset a password", "POST /admin/users/{id}/password",
					(f) -> post("/admin/users/" + f.userId("focal.zz") + "/password")
						.param("password", "tusk-harbour-quiet-lantern-9")
						.param("version", f.userVersion("focal.zz"))),
			admin("lift a lock", "POST /admin/users/{id}/unlock",
					(f) -> post("/admin/users/" + f.userId("focal.zz") + "/unlock").param("version",
							f.userVersion("focal.zz"))),
			admin("Parties", "GET /admin/parties", (f) -> get("/admin/parties")),
			admin("add a Party", "POST /admin/parties",
					(f) -> post("/admin/parties").param("code", "QQ")
						.param("name", "Matrixland")
						.param("category", "A")
						.param("categorySince", "CoP17")),
			secretariat("a Party's profile", "GET /admin/parties/{partyCode}", (f) -> get("/admin/parties/KH")),
			row("an unknown Party's profile", "GET /admin/parties/{partyCode}", (f) -> get("/admin/parties/QX"), LOGIN,
					FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND),
			secretariat("change a Party's profile", "POST /admin/parties/{partyCode}",
					(f) -> post("/admin/parties/ZZ").param("name", "Other Party")
						.param("nameFr", "Autre Partie")
						.param("nameEs", "Otra Parte")
						.param("category", "B")
						.param("categorySince", "SC69")
						.param("processStatus", "REQUESTED")
						.param("processStatusSince", "SC69")
						.param("version", f.partyVersion("ZZ"))),
			row("change a Party's profile from a stale form", "POST /admin/parties/{partyCode}",
					(f) -> post("/admin/parties/ZZ").param("name", "Other Party")
						.param("nameFr", "")
						.param("nameEs", "")
						.param("category", "")
						.param("categorySince", "")
						.param("processStatus", "")
						.param("processStatusSince", "")
						.param("version", "99"),
					LOGIN, FORBIDDEN, FORBIDDEN, CONFLICT, CONFLICT),
			admin("meetings", "GET /admin/meetings", (f) -> get("/admin/meetings")),
			admin("add a meeting", "POST /admin/meetings",
					(f) -> post("/admin/meetings").param("number", "98")
						.param("startsOn", "2030-01-20")
						.param("reportDueOn", "2029-10-20")
						.param("ratingScale", "SC69")),
			admin("a meeting", "GET /admin/meetings/{meetingCode}", (f) -> get("/admin/meetings/SC67")),
			row("an unknown meeting", "GET /admin/meetings/{meetingCode}", (f) -> get("/admin/meetings/SC99"), LOGIN,
					FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
			admin("change a meeting", "POST /admin/meetings/{meetingCode}", (f) -> {
				String version = f.ownMeeting();
				return post("/admin/meetings/SC95").param("number", "94")
					.param("startsOn", "2031-02-01")
					.param("reportDueOn", "2030-11-01")
					.param("ratingScale", "SC65")
					.param("version", version);
			}),
			admin("delete a meeting", "POST /admin/meetings/{meetingCode}/delete",
					(f) -> post("/admin/meetings/SC95/delete").param("version", f.ownMeeting())),
			row("delete a stale meeting", "POST /admin/meetings/{meetingCode}/delete", (f) -> {
				f.ownMeeting();
				return post("/admin/meetings/SC95/delete").param("version", "7");
			}, LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, CONFLICT),
			admin("rating scales", "GET /admin/scales", (f) -> get("/admin/scales")),
			admin("new rating scale form", "GET /admin/scales/new", (f) -> get("/admin/scales/new")),
			admin("create a rating scale", "POST /admin/scales",
					(f) -> post("/admin/scales").param("code", "NEWSCALE")
						.param("description", "A new scale")
						.param("ratings[0].code", "DONE")
						.param("ratings[0].label", "Done")
						.param("ratings[0].labelFr", "Fait")
						.param("ratings[0].labelEs", "Hecho")
						.param("ratings[0].position", "1")
						.param("version", "")),
			admin("a rating scale", "GET /admin/scales/{scaleCode}", (f) -> get("/admin/scales/SC65")),
			row("an unknown rating scale", "GET /admin/scales/{scaleCode}", (f) -> get("/admin/scales/NOPE"), LOGIN,
					FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND),
			admin("change a rating scale", "POST /admin/scales/{scaleCode}", (f) -> {
				String version = f.ownScale();
				return post("/admin/scales/MTX").param("code", "MTX")
					.param("description", "Matrix scale, relabelled")
					.param("ratings[0].id", String.valueOf(f.ratingId("MTX", "DONE")))
					.param("ratings[0].code", "DONE")
					.param("ratings[0].label", "Completed")
					.param("ratings[0].labelFr", "Achevé")
					.param("ratings[0].labelEs", "Completado")
					.param("ratings[0].position", "1")
					.param("version", version);
			}),
			admin("a mapping", "GET /admin/scales/{scaleCode}/mappings/{toScaleCode}",
					(f) -> get("/admin/scales/SC65/mappings/SC69")),
			admin("save a mapping", "POST /admin/scales/{scaleCode}/mappings/{toScaleCode}", (f) -> {
				f.ownScale();
				return post("/admin/scales/MTX/mappings/SC69").param("targets[DONE]", "ACHIEVED").param("version", "");
			})),
			Stream.concat(
					Stream.concat(Stream.concat(PlanMatrixRows.ROWS.stream(), ImportMatrixRows.ROWS.stream()),
							Stream.concat(ApiMatrixRows.ROWS.stream(), TokenMatrixRows.ROWS.stream())),
					Stream
						.of(overviewDownload("PDF", "overview.pdf"), overviewDownload("Word", "overview.docx"),
								overviewDownload("CSV", "overview.csv"))
						.flatMap((rows) -> rows)))
		.toList();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	private Accounts accounts;

	@BeforeEach
	void createDraftAndOtherParty() throws Exception {
		this.accounts = new Accounts(this.userDetailsService);
		Accounts.createOtherParty(this.jdbc);
		this.mvc.perform(Reports.startSc67(this.accounts)).andReturn();
		assertThat(Reports.reportVersion(this.jdbc, "KH", "SC67")).isZero();
		Reports.removeTemplateInstruction(this.jdbc, "SC67");
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (Row row : ROWS) {
			for (int i = 0; i < WHO.size(); i++) {
				cases.add(Arguments.of(row, WHO.get(i), row.expected().get(i)));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}: {2}")
	@MethodSource("cases")
	void matrix(Row row, String who, Outcome expected) throws Exception {
		MockHttpServletRequestBuilder request = row.request().apply(new Fixture(this.jdbc)).with(csrf());
		String before = snapshot();
		if (!who.equals("anonymous")) {
			request = request.with(this.accounts.as(who));
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(outcome(result)).as(row.name() + " as " + who).isEqualTo(expected);
		if (expected != OK) {
			assertThat(snapshot()).as("a refused request changes nothing").isEqualTo(before);
		}
	}

	@Test
	void aChangeWithoutCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		String before = snapshot();
		Fixture fixture = new Fixture(this.jdbc);
		MvcResult result = this.mvc
			.perform(saveEvaluation("KH", "SC67", fixture.sc67("1.2"), fixture)
				.with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void draftsAreNotListedForThoseWhoMayNotReadThem() throws Exception {
		assertThat(this.mvc.perform(get("/parties/KH")).andReturn().getResponse().getContentAsString())
			.doesNotContain("/parties/KH/reports/SC67\"");
		assertThat(this.mvc.perform(get("/parties/KH").with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/parties/KH/reports/SC67\"");
	}

	@Test
	void everyEndpointHasARow() {
		Set<String> covered = new TreeSet<>();
		ROWS.forEach((row) -> covered.add(row.pattern()));
		covered.addAll(OTHER_MATRICES);
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.handlerMapping.getHandlerMethods().keySet()) {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.add("ANY");
			}
			for (String pattern : info.getPatternValues()) {
				methods.forEach((method) -> endpoints.add(method + " " + pattern));
			}
		}
		endpoints.removeAll(NOT_APPLICABLE);
		assertThat(covered).containsAll(endpoints);
	}

	/**
	 * Endpoints covered by another matrix test: the API's writes, which take a token
	 * rather than a session.
	 */
	static final Set<String> OTHER_MATRICES = ApiWriteMatrixTest.PATTERNS;

	/** Spring Boot's error page: reached only by error dispatch. */
	static final Set<String> NOT_APPLICABLE = Set.of("ANY /error");

	/**
	 * A public overview's download: for anyone where the meeting has published reports,
	 * 404 (the normal page) for everyone where it has none.
	 */
	private static Stream<Row> overviewDownload(String name, String file) {
		String pattern = "GET /meetings/{meetingCode}/" + file;
		return Stream.of(
				row("public overview as " + name, pattern, (f) -> get("/meetings/SC66/" + file), OK, OK, OK, OK, OK),
				row("public overview as " + name + " of a meeting with nothing published", pattern,
						(f) -> get("/meetings/SC67/" + file), NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
				row("public overview as " + name + " of an unknown meeting", pattern,
						(f) -> get("/meetings/SC99/" + file), NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND));
	}

	/** A draft's export: for the readers of the draft, like its page. */
	private static Row draftExport(String name, String file) {
		return row("draft " + name, "GET /parties/{partyCode}/reports/{meetingCode}/" + file,
				(f) -> get("/parties/KH/reports/SC67/" + file), LOGIN, OK, NOT_FOUND, OK, OK);
	}

	/**
	 * The Secretariat and administrators: signed-out visitors are sent to sign in, focal
	 * points refused.
	 */
	private static Row secretariat(String name, String pattern,
			Function<Fixture, MockHttpServletRequestBuilder> request) {
		return row(name, pattern, request, LOGIN, FORBIDDEN, FORBIDDEN, OK, OK);
	}

	/**
	 * Administrators only: signed-out visitors are sent to sign in, everyone else
	 * refused.
	 */
	private static Row admin(String name, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request) {
		return row(name, pattern, request, LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK);
	}

	private static Row row(String name, String pattern, Function<Fixture, MockHttpServletRequestBuilder> request,
			Outcome... expected) {
		assertThat(expected).hasSameSizeAs(WHO);
		return new Row(name, pattern, request, List.of(expected));
	}

	private static MockHttpServletRequestBuilder comment(Fixture f, String action, String body) {
		return post("/parties/KH/reports/SC67/review/comments").param("action", action).param("body", body);
	}

	private static MockHttpServletRequestBuilder assess(Fixture f, long evaluationId) {
		return post("/parties/KH/reports/SC67/review/assessments/" + evaluationId).param("rating", "ON_TRACK");
	}

	/**
	 * A move as its form sends it: the message (empty when none is typed) and the
	 * version.
	 */
	private static MockHttpServletRequestBuilder move(String step, Fixture f, String message) {
		return post("/parties/KH/reports/SC67/lifecycle/" + step).param("message", message)
			.param("version", f.reportVersion("SC67"));
	}

	/** The record form as its page sends it. */
	private static MockHttpServletRequestBuilder recordPast(Fixture f, String meeting) {
		return post("/parties/KH/reports/record").param("meetingCode", meeting)
			.param("periodStart", "2014-01")
			.param("periodEnd", "2014-05")
			.param("submittedOn", "2014-06-02")
			.param("preparedBy", "Focal point")
			.param("documentRef", "SC65 Doc. 42")
			.param("annexRef", "Annex 3")
			.param("languageLine", "")
			.param("groupHeading", "");
	}

	private static MockHttpServletRequestBuilder numbers(String meeting, Fixture f) {
		return post("/parties/KH/reports/" + meeting + "/document").param("documentRef", "SC67 Doc. 27")
			.param("annexRef", "Annex 4")
			.param("version", f.reportVersion(meeting));
	}

	private static MockHttpServletRequestBuilder saveEvaluation(String party, String meeting, long id, Fixture f) {
		return post("/parties/" + party + "/reports/" + meeting + "/evaluations/" + id).param("rating", "ON_TRACK")
			.param("points", "A point")
			.param("version", f.evaluationVersion(id));
	}

	private static Outcome outcome(MvcResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		if (status >= 300 && status < 400 && location != null && location.contains("/login")) {
			return LOGIN;
		}
		return switch (status) {
			case 401 -> UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 409 -> CONFLICT;
			default -> {
				assertThat(status).as("unexpected status").isBetween(200, 399);
				yield OK;
			}
		};
	}

	/**
	 * Every version and rating in reports and evaluations, and the number of history
	 * rows.
	 */
	private String snapshot() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("reports", this.jdbc.queryForList(
				"select id || ':' || version || ':' || status || ':' || md5(synopsis) from reporting_period order by id",
				String.class));
		state.put("transitions", this.jdbc.queryForObject("select count(*) from report_transition", Integer.class));
		state.put("submissions", this.jdbc.queryForObject("select count(*) from report_submission", Integer.class));
		state.put("comments", this.jdbc.queryForObject("select count(*) from review_comment", Integer.class));
		state.put("accounts", this.jdbc.queryForList(
				"select username || ':' || version || ':' || enabled || ':' || md5(password_hash) from app_user order by id",
				String.class));
		state.put("parties",
				this.jdbc.queryForList("select code || ':' || version from party order by code", String.class));
		state.put("party changes", this.jdbc.queryForObject("select count(*) from party_change", Integer.class));
		state.put("meetings",
				this.jdbc.queryForList("select code || ':' || version from meeting order by code", String.class));
		state.put("scales",
				this.jdbc.queryForList("select code || ':' || version from rating_scale order by code", String.class));
		state.put("ratings", this.jdbc.queryForList(
				"select id || ':' || version || ':' || label from progress_rating order by id", String.class));
		state.put("mappings",
				this.jdbc.queryForList("select m.id || ':' || m.version || ':' || count(e.id) from rating_mapping m"
						+ " left join rating_mapping_entry e on e.mapping_id = m.id group by m.id order by m.id",
						String.class));
		state.put("assessments", this.jdbc.queryForList(
				"select id || ':' || version || ':' || coalesce(progress_rating_id, 0) from secretariat_assessment order by id",
				String.class));
		state.put("published assessments",
				this.jdbc.queryForList("select id from reporting_period where assessment_published", Long.class));
		state.put("notices seen", this.jdbc.queryForList(
				"select id || ':' || coalesce(notices_seen_at::text, '') from app_user order by id", String.class));
		state.put("API tokens", this.jdbc.queryForList(
				"select public_id || ':' || version || ':' || coalesce(revoked_at::text, '') from api_token order by id",
				String.class));
		state.put("evaluations", this.jdbc.queryForList(
				"select id || ':' || version || ':' || coalesce(progress_rating_id, 0) from evaluation order by id",
				String.class));
		state.put("changes", this.jdbc.queryForObject("select count(*) from report_change", Integer.class));
		state.put("plan revisions", this.jdbc.queryForList(
				"select id || ':' || version || ':' || status || ':' || md5(note) from plan_revision order by id",
				String.class));
		state.put("pillars",
				this.jdbc.queryForList(
						"select id || ':' || version || ':' || number || ':' || md5(name) from pillar order by id",
						String.class));
		state.put("actions", this.jdbc.queryForList(
				"select id || ':' || version || ':' || number || ':' || md5(title) from niap_action order by id",
				String.class));
		return state.toString();
	}

}
