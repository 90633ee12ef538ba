package org.niaptracker.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.niaptracker.test.Accounts;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Garbage in every kind of parameter of the review, export and administration pages: a
 * clear 4xx page or the form again with its message, never a 500 or a stack trace, and
 * the submitted report unchanged.
 */
@PostgresTest
class MalformedRequestsTest {

	private static final String SC67 = "/parties/KH/reports/SC67";

	private static final String LONG = "x".repeat(5000);

	record Case(String name, String who, Function<JdbcTemplate, MockHttpServletRequestBuilder> request) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Case> cases() {
		return Stream.of(
				new Case("version not a number", Accounts.SECRETARIAT,
						(j) -> post(SC67 + "/lifecycle/accept").param("version", "abc")),
				new Case("no version", Accounts.SECRETARIAT, (j) -> post(SC67 + "/lifecycle/accept")),
				new Case("message too long", Accounts.SECRETARIAT,
						(j) -> post(SC67 + "/lifecycle/return").param("message", LONG).param("version", "1")),
				new Case("evaluation id not a number", Accounts.SECRETARIAT,
						(j) -> post(SC67 + "/review/assessments/abc").param("rating", "ON_TRACK")),
				new Case("rating that is markup", Accounts.SECRETARIAT,
						(j) -> post(SC67 + "/review/assessments/" + Reports.evaluationId(j, "KH", "SC67", "1.1"))
							.param("rating", "<script>alert(1)</script>")
							.param("version", "abc")),
				new Case("publication flag not a boolean", Accounts.SECRETARIAT,
						(j) -> post(SC67 + "/review/assessment-publication").param("published", "maybe")
							.param("version", "1")),
				new Case("comment on an action that holds a NUL", Accounts.SECRETARIAT,
						(j) -> post(SC67 + "/review/comments").param("action", "1.\u00002").param("body", "Hello")),
				new Case("comment too long on an unknown action", Accounts.SECRETARIAT,
						(j) -> post(SC67 + "/review/comments").param("action", "<b>1.1</b>").param("body", LONG)),
				new Case("submission number not a number", Accounts.SECRETARIAT, (j) -> get(SC67 + "/submissions/abc")),
				new Case("submission number negative", Accounts.SECRETARIAT, (j) -> get(SC67 + "/submissions/-1")),
				new Case("meeting code that is markup", Accounts.SECRETARIAT,
						(j) -> get("/meetings/<script>/overview")),
				new Case("history of an unknown action", Accounts.SECRETARIAT,
						(j) -> get(SC67 + "/history").param("action", "<img src=x onerror=alert(1)>")),
				new Case("role that does not exist", Accounts.ADMIN,
						(j) -> post("/admin/users").param("username", "test.king")
							.param("displayName", "King")
							.param("email", "")
							.param("role", "KING")
							.param("password", "a-long-enough-password")),
				new Case("account id not a number", Accounts.ADMIN,
						(j) -> post("/admin/users/abc").param("displayName", "x")),
				new Case("unlock with a version not a number", Accounts.ADMIN,
						(j) -> post("/admin/users/" + userId(j) + "/unlock").param("version", "abc")),
				new Case("password reset without a version", Accounts.ADMIN,
						(j) -> post("/admin/users/" + userId(j) + "/password").param("password", "x".repeat(300))),
				new Case("meeting with a huge number and no date", Accounts.ADMIN,
						(j) -> post("/admin/meetings").param("number", "99999999999999")
							.param("startsOn", "not-a-date")
							.param("ratingScale", "NOPE")),
				new Case("Party with markup and a long name", Accounts.ADMIN,
						(j) -> post("/admin/parties").param("code", "<>").param("name", LONG)));
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private Accounts accounts;

	@BeforeEach
	void submitSc67() throws Exception {
		this.accounts = new Accounts(this.userDetailsService);
		this.mvc.perform(Reports.startSc67(this.accounts));
		Reports.removeTemplateInstruction(this.jdbc, "SC67");
		this.mvc.perform(post(SC67 + "/lifecycle/submit").with(this.accounts.as(Accounts.FOCAL_KH))
			.with(csrf())
			.param("message", "")
			.param("version", String.valueOf(Reports.reportVersion(this.jdbc, "KH", "SC67"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void aClearAnswerNeverAServerError(Case malformed) throws Exception {
		String before = state();
		MvcResult result = this.mvc
			.perform(malformed.request().apply(this.jdbc).with(this.accounts.as(malformed.who())).with(csrf()))
			.andReturn();
		int status = result.getResponse().getStatus();
		assertThat(status).as("status").isLessThan(500);
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("Exception", "at org.", "<script>alert(1)</script>",
				"<img src=x onerror=alert(1)>");
		if (status == 200) {
			assertThat(body).as("the form again, with a message").containsAnyOf("field-error", "alert--error");
		}
		assertThat(state()).as("nothing changed").isEqualTo(before);
	}

	private String state() {
		return List
			.of(this.jdbc.queryForList("select status || ':' || version from reporting_period order by id",
					String.class), this.jdbc.queryForList("select count(*) from review_comment", Long.class),
					this.jdbc.queryForList("select count(*) from secretariat_assessment", Long.class),
					this.jdbc.queryForList("select username || ':' || version from app_user order by id", String.class),
					this.jdbc.queryForList("select code from meeting order by code", String.class),
					this.jdbc.queryForList("select code from party order by code", String.class))
			.toString();
	}

	private static String userId(JdbcTemplate jdbc) {
		return String.valueOf(jdbc.queryForObject("select id from app_user where username = 'focal.kh'", Long.class));
	}

}
