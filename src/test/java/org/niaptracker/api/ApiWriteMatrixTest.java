package org.niaptracker.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.Tokens;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what through the API's writes, each with their own API token: an anonymous
 * script (no token), Cambodia's focal point, another Party's focal point, the Secretariat
 * and an administrator. The same outcomes as the pages' matrix, in the API's words: 401
 * where a page sends to sign in. A refused request changes nothing.
 * {@code security.AuthorizationMatrixTest} counts {@link #PATTERNS} as covered here.
 */
@PostgresTest
public class ApiWriteMatrixTest {

	static final List<String> WHO = List.of("anonymous", Accounts.FOCAL_KH, Accounts.FOCAL_OTHER, Accounts.SECRETARIAT,
			Accounts.ADMIN);

	private static final String EVALUATION = "PUT /api/v1/parties/{partyCode}/reports/{meetingCode}/evaluations/{evaluationId}";

	private static final String PART_A = "PUT /api/v1/parties/{partyCode}/reports/{meetingCode}/part-a";

	private static final String LIFECYCLE = "POST /api/v1/parties/{partyCode}/reports/{meetingCode}/lifecycle/{step}";

	private static final String IMPORT = "POST /api/v1/parties/{partyCode}/imports";

	private static final String CONFIRM = "POST /api/v1/parties/{partyCode}/imports/{uploadId}/confirm";

	/** The API's write endpoints, every one with rows below. */
	public static final Set<String> PATTERNS = Set.of(EVALUATION, PART_A, LIFECYCLE, IMPORT, CONFIRM);

	/**
	 * Cambodia's SC66 report as the app exports it in JSON, made a report to SC67 (which
	 * the matrix's Cambodia has already started): read before each case.
	 */
	private static volatile byte[] reportJson;

	private static final int OK = 200;

	private static final int CREATED = 201;

	private static final int UNAUTHORIZED = 401;

	private static final int FORBIDDEN = 403;

	private static final int NOT_FOUND = 404;

	private static final int CONFLICT = 409;

	/** A case: its request, made for the caller (some need an upload of their own). */
	record Row(String name, String pattern, BiFunction<JdbcTemplate, String, MockHttpServletRequestBuilder> request,
			List<Integer> expected) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static final List<Row> ROWS = List.of(
			row("save an evaluation of a draft", EVALUATION,
					(jdbc) -> evaluation(jdbc, "SC67", Reports.evaluationId(jdbc, "KH", "SC67", "1.2")), UNAUTHORIZED,
					OK, NOT_FOUND, FORBIDDEN, FORBIDDEN),
			row("save an evaluation of a published report", EVALUATION,
					(jdbc) -> evaluation(jdbc, "SC66", Reports.evaluationId(jdbc, "KH", "SC66", "1.2")), UNAUTHORIZED,
					FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
			row("forged: an evaluation of another report", EVALUATION,
					(jdbc) -> evaluation(jdbc, "SC67", Reports.evaluationId(jdbc, "KH", "SC66", "1.2")), UNAUTHORIZED,
					NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
			row("save an evaluation at a stale version", EVALUATION, (jdbc) -> {
				long id = Reports.evaluationId(jdbc, "KH", "SC67", "1.2");
				return json(MockMvcRequestBuilders.put("/api/v1/parties/KH/reports/SC67/evaluations/" + id), """
						{"rating": "ON_TRACK", "points": ["Stale"], "version": %d}"""
					.formatted(Reports.evaluationVersion(jdbc, id) + 1));
			}, UNAUTHORIZED, CONFLICT, NOT_FOUND, FORBIDDEN, FORBIDDEN),
			row("save Part A of a draft", PART_A, (jdbc) -> partA(jdbc, "SC67"), UNAUTHORIZED, OK, NOT_FOUND, FORBIDDEN,
					FORBIDDEN),
			row("save Part A of a published report", PART_A, (jdbc) -> partA(jdbc, "SC66"), UNAUTHORIZED, FORBIDDEN,
					FORBIDDEN, FORBIDDEN, FORBIDDEN),
			row("submit a draft", LIFECYCLE, (jdbc) -> move(jdbc, "submit"), UNAUTHORIZED, OK, NOT_FOUND, FORBIDDEN,
					FORBIDDEN),
			row("accept a submitted report", LIFECYCLE, (jdbc) -> move(sc67In(jdbc, "SUBMITTED"), "accept"),
					UNAUTHORIZED, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
			row("publish an accepted report", LIFECYCLE, (jdbc) -> move(sc67In(jdbc, "ACCEPTED"), "publish"),
					UNAUTHORIZED, FORBIDDEN, NOT_FOUND, OK, FORBIDDEN),
			row("accept a draft", LIFECYCLE, (jdbc) -> move(jdbc, "accept"), UNAUTHORIZED, FORBIDDEN, NOT_FOUND,
					CONFLICT, FORBIDDEN),
			row("an unknown step", LIFECYCLE, (jdbc) -> move(jdbc, "approve"), UNAUTHORIZED, NOT_FOUND, NOT_FOUND,
					NOT_FOUND, NOT_FOUND),
			row("import a report as JSON", IMPORT,
					(jdbc) -> MockMvcRequestBuilders.post("/api/v1/parties/KH/imports")
						.contentType("application/json")
						.content(reportJson),
					UNAUTHORIZED, CREATED, FORBIDDEN, CREATED, CREATED),
			rowAs("confirm one's own upload, blocked by the report to SC67", CONFIRM,
					(jdbc, who) -> confirm(upload(jdbc, who)), UNAUTHORIZED, CONFLICT, FORBIDDEN, CONFLICT, CONFLICT),
			row("forged: confirm another account's upload", CONFIRM, (jdbc) -> confirm(upload(jdbc, "someone.else")),
					UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, NOT_FOUND));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	private JsonMapper json;

	private final Map<String, String> tokens = new LinkedHashMap<>();

	@BeforeEach
	void startSc67AndMakeTokens() throws Exception {
		Accounts accounts = new Accounts(this.userDetailsService);
		Accounts.createOtherParty(this.jdbc);
		this.mvc.perform(Reports.startSc67(accounts)).andReturn();
		Reports.removeTemplateInstruction(this.jdbc, "SC67");
		for (String who : WHO.subList(1, WHO.size())) {
			this.tokens.put(who, Tokens.create(this.mvc, accounts, who));
		}
		ObjectNode report = (ObjectNode) this.json
			.readTree(this.mvc.perform(MockMvcRequestBuilders.get("/parties/KH/reports/SC66/report.json"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		((ObjectNode) report.get("meeting")).put("code", "SC67").put("number", 67);
		((ObjectNode) report.get("cover")).put("periodStart", "2015-10").put("periodEnd", "2016-06");
		reportJson = this.json.writeValueAsBytes(report);
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
	void matrix(Row row, String who, int expected) throws Exception {
		MockHttpServletRequestBuilder request = row.request().apply(this.jdbc, who);
		if (!who.equals("anonymous")) {
			request = request.header("Authorization", "Bearer " + this.tokens.get(who));
		}
		String before = snapshot();
		int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).as(row.name() + " as " + who).isEqualTo(expected);
		if (expected != OK && expected != CREATED) {
			assertThat(snapshot()).as("a refused request changes nothing").isEqualTo(before);
		}
	}

	@org.junit.jupiter.api.Test
	void everyWriteEndpointHasARow() {
		assertThat(ROWS.stream().map(Row::pattern).collect(Collectors.toSet())).isEqualTo(PATTERNS);
	}

	private String snapshot() {
		return String.join("|", this.jdbc.queryForList("""
				select 'r' || id || ':' || version || ':' || status || ':' || coalesce(md5(synopsis), '')
				  from reporting_period
				union all select 'e' || id || ':' || version || ':' || coalesce(progress_rating_id, 0) from evaluation
				union all select 't' || count(*) from report_transition
				union all select 'c' || count(*) from report_change
				union all select 'u' || count(*) from import_upload
				order by 1""", String.class));
	}

	private static Row row(String name, String pattern, Function<JdbcTemplate, MockHttpServletRequestBuilder> request,
			Integer... expected) {
		return rowAs(name, pattern, (jdbc, who) -> request.apply(jdbc), expected);
	}

	private static Row rowAs(String name, String pattern,
			BiFunction<JdbcTemplate, String, MockHttpServletRequestBuilder> request, Integer... expected) {
		assertThat(expected).hasSameSizeAs(WHO);
		return new Row(name, pattern, request, List.of(expected));
	}

	/** An upload of the report kept for the account, as the import keeps one. */
	private static String upload(JdbcTemplate jdbc, String username) {
		UUID id = UUID.randomUUID();
		jdbc.update(
				"insert into import_upload (id, party_code, username, file_name, content) values (?, 'KH', ?, ?, ?)",
				id, username, "report.json", reportJson);
		return id.toString();
	}

	private static MockHttpServletRequestBuilder confirm(String uploadId) {
		return json(MockMvcRequestBuilders.post("/api/v1/parties/KH/imports/" + uploadId + "/confirm"), """
				{"submittedOn": "2016-07-15"}""");
	}

	private static MockHttpServletRequestBuilder evaluation(JdbcTemplate jdbc, String meeting, long id) {
		return json(MockMvcRequestBuilders.put("/api/v1/parties/KH/reports/" + meeting + "/evaluations/" + id), """
				{"rating": "ON_TRACK", "points": ["From the matrix"], "version": %d}"""
			.formatted(Reports.evaluationVersion(jdbc, id)));
	}

	private static MockHttpServletRequestBuilder partA(JdbcTemplate jdbc, String meeting) {
		return json(MockMvcRequestBuilders.put("/api/v1/parties/KH/reports/" + meeting + "/part-a"), """
				{"synopsis": "From the matrix", "progressToDate": "", "futureOutlook": "", "version": %d}"""
			.formatted(Reports.reportVersion(jdbc, "KH", meeting)));
	}

	private static MockHttpServletRequestBuilder move(JdbcTemplate jdbc, String step) {
		return json(MockMvcRequestBuilders.post("/api/v1/parties/KH/reports/SC67/lifecycle/" + step), """
				{"version": %d}""".formatted(Reports.reportVersion(jdbc, "KH", "SC67")));
	}

	private static JdbcTemplate sc67In(JdbcTemplate jdbc, String status) {
		jdbc.update("""
				update reporting_period set status = ? where party_id = (select id from party where code = 'KH')
				and meeting_id = (select id from meeting where code = 'SC67')""", status);
		return jdbc;
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return Tokens.json(request, null, body);
	}

}
