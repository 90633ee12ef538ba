package org.niaptracker.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * One refusal, one wording, in the caller's language, whoever answers it: the error
 * boundary (reads), the writes' own advice, Spring Security's hooks of the API chain and
 * the API's advice for refused rights. Each problem has the same shape: status, title,
 * detail, instance, {@code application/problem+json}, never cached. (Before, a read's 404
 * and a refused right were worded in English in code while a write's 404 had a message of
 * its own.)
 */
@PostgresTest
class ApiRefusalsTest {

	private static final String REPORT = "/api/v1/parties/KH/reports/SC67";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private MessageSource messages;

	@Autowired
	private JsonMapper json;

	private Accounts accounts;

	@BeforeEach
	void startSc67() throws Exception {
		this.accounts = new Accounts(this.users);
		Accounts.createOtherParty(this.jdbc);
		this.mvc.perform(Reports.startSc67(this.accounts));
	}

	@Test
	void nothingThereReadsTheSameForReadsWritesAndUnknownAddresses() throws Exception {
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		String other = Tokens.create(this.mvc, this.accounts, Accounts.FOCAL_OTHER);
		List<JsonNode> answers = new ArrayList<>();
		// Read by the error boundary: no such Party, a draft the caller may not read, an
		// address the API does not have.
		answers.add(problem(get("/api/v1/parties/QQ"), 404));
		answers.add(problem(get(REPORT), 404));
		answers.add(problem(get("/api/v1/nothing-here"), 404));
		// Written: another Party's focal point, for whom the draft does not exist.
		answers.add(problem(Tokens.json(put(REPORT + "/evaluations/" + id), other, """
				{"rating": "ON_TRACK", "points": [], "version": 0}"""), 404));
		String nothingHere = french("api.problem.notFound");
		assertThat(answers).extracting((problem) -> problem.get("detail").asString()).containsOnly(nothingHere);
		assertThat(answers).extracting((problem) -> problem.get("title").asString()).containsOnly("Not Found");
	}

	@Test
	void aRefusedRightReadsTheSameFromTheServiceAndTheSecurityChain() throws Exception {
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		String secretariat = Tokens.create(this.mvc, this.accounts, Accounts.SECRETARIAT);
		// Refused by the service (the Secretariat does not write a Party's draft): the
		// API's advice for refused rights.
		JsonNode refused = problem(Tokens.json(put(REPORT + "/evaluations/" + id), secretariat, """
				{"rating": "ON_TRACK", "points": [], "version": 0}"""), 403);
		assertThat(refused.get("detail").asString()).isEqualTo(french("api.problem.forbidden"));
		assertThat(refused.get("title").asString()).isEqualTo("Forbidden");
		// No token: the API chain's entry point, before any controller.
		JsonNode unauthorized = problem(
				Tokens.json(put(REPORT + "/evaluations/" + id), null, "{\"version\": 0}").locale(Locale.FRENCH), 401);
		assertThat(unauthorized.get("detail").asString()).isEqualTo(french("api.problem.unauthorized"));
		assertThat(unauthorized.get("type").asString()).isEqualTo("about:blank");
	}

	@Test
	void aStaleVersionAndAnInvalidBodyAreWordedInTheCallersLanguage() throws Exception {
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		int version = Reports.evaluationVersion(this.jdbc, id);
		String focalPoint = Tokens.create(this.mvc, this.accounts, Accounts.FOCAL_KH);
		String body = """
				{"rating": "ON_TRACK", "points": ["Done"], "version": %d}""".formatted(version);
		this.mvc.perform(Tokens.json(put(REPORT + "/evaluations/" + id), focalPoint, body));
		JsonNode stale = problem(Tokens.json(put(REPORT + "/evaluations/" + id), focalPoint, body), 409);
		assertThat(stale.get("detail").asString()).isEqualTo(french("api.problem.stale"));
		assertThat(stale.get("currentVersion").asInt()).isEqualTo(version + 1);

		JsonNode invalid = problem(Tokens.json(put(REPORT + "/evaluations/" + id), focalPoint, """
				{"rating": "ON_TRACK", "points": []}"""), 400);
		assertThat(invalid.get("detail").asString()).isEqualTo(french("api.problem.invalid"));
		assertThat(invalid.get("errors").get(0).get("field").asString()).isEqualTo("version");
		assertThat(invalid.get("errors").get(0).get("message").asString()).isNotBlank();

		JsonNode unreadable = problem(Tokens.json(post(REPORT + "/lifecycle/submit"), focalPoint, "{"), 400);
		assertThat(unreadable.get("detail").asString()).isEqualTo(french("api.problem.unreadable"));
	}

	/** The French problem of the request, after checking its status and shape. */
	private JsonNode problem(MockHttpServletRequestBuilder request, int status) throws Exception {
		MvcResult result = this.mvc.perform(request.locale(Locale.FRENCH)).andReturn();
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		JsonNode problem = this.json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("instance").asString()).isEqualTo(result.getRequest().getRequestURI());
		return problem;
	}

	private String french(String key) {
		String message = this.messages.getMessage(key, null, Locale.FRENCH);
		assertThat(message).isNotEqualTo(this.messages.getMessage(key, null, Locale.ENGLISH));
		return message;
	}

}
