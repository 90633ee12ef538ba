package org.niaptracker.api;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.importing.ReportImportService;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Tokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A script imports a report as JSON through the API, on real PostgreSQL, through the
 * import page's service: Cambodia's focal point imports its SC66 report made a report to
 * SC67 and gets its preview, then its draft; the Secretariat records the SC66 export back
 * as a past report; what the import refuses is a problem detail with the reason, a
 * blocked upload a 409, and nothing is stored.
 */
@PostgresTest
class ApiReportImportTest {

	private static final String IMPORTS = "/api/v1/parties/KH/imports";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private UserDetailsService userDetailsService;

	private Accounts accounts;

	private String focalPoint;

	@BeforeEach
	void tokens() throws Exception {
		this.accounts = new Accounts(this.userDetailsService);
		this.focalPoint = Tokens.create(this.mvc, this.accounts, Accounts.FOCAL_KH);
	}

	@Test
	void aFocalPointImportsItsNextReportAndConfirmsItAsItsDraft() throws Exception {
		String answer = this.mvc.perform(upload(this.focalPoint, this.json.writeValueAsBytes(sc67Json())))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.partyCode").value("KH"))
			.andExpect(jsonPath("$.meetingCode").value("SC67"))
			.andExpect(jsonPath("$.confirmable").value(true))
			.andExpect(jsonPath("$.recorded").value(false))
			.andExpect(jsonPath("$.cover.party").value("Cambodia"))
			.andExpect(jsonPath("$.blockers.length()").value(0))
			.andExpect(jsonPath("$.actions[?(@.number == '5.2')].rating").value("ON_TRACK"))
			.andExpect(jsonPath("$.actions[?(@.number == '5.2')].match").value("SAME"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode preview = this.json.readTree(answer);
		String uploadId = preview.get("uploadId").asString();
		assertThat(preview.get("confirm").asString()).isEqualTo(IMPORTS + "/" + uploadId + "/confirm");
		assertThat(count("import_upload")).isEqualTo(1);
		assertThat(count("reporting_period where status = 'DRAFT'")).isZero();

		this.mvc.perform(confirm(this.focalPoint, uploadId, "{}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/parties/KH/reports/SC67"))
			.andExpect(jsonPath("$.meetingCode").value("SC67"))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from reporting_period rp join meeting m on m.id = rp.meeting_id
				 where m.code = 'SC67' and rp.status = 'DRAFT' and not rp.recorded""", Integer.class)).isEqualTo(1);
		assertThat(count("import_upload")).as("a confirmed upload is gone").isZero();

		// Once more: the report exists, so the upload is previewed with its blocker and
		// its confirmation is a 409 naming it; nothing is created.
		String again = this.json
			.readTree(this.mvc.perform(upload(this.focalPoint, this.json.writeValueAsBytes(sc67Json())))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.confirmable").value(false))
				.andExpect(jsonPath("$.blockers[0].key").isNotEmpty())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("uploadId")
			.asString();
		int reports = count("reporting_period");
		this.mvc.perform(confirm(this.focalPoint, again, "{}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.blockers[0].key").value("importing.blocker.reportExists"))
			.andExpect(jsonPath("$.blockers[0].message").value("The Party already has a report to SC67."));
		assertThat(count("reporting_period")).isEqualTo(reports);
	}

	/**
	 * The Secretariat records Cambodia's SC66 report from the app's own JSON export: the
	 * seeded report is removed in this test's transaction (rolled back after it).
	 */
	@Test
	@Transactional
	void theSecretariatRecordsAPastReportFromItsJsonExport() throws Exception {
		byte[] exported = this.mvc.perform(get("/parties/KH/reports/SC66/report.json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		this.jdbc.update("""
				delete from reporting_period where party_id = (select id from party where code = 'KH')
				   and meeting_id = (select id from meeting where code = 'SC66')""");
		String secretariat = Tokens.create(this.mvc, this.accounts, Accounts.SECRETARIAT);
		String uploadId = this.json
			.readTree(this.mvc.perform(upload(secretariat, exported))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.recorded").value(true))
				.andExpect(jsonPath("$.confirmable").value(true))
				.andExpect(jsonPath("$.actions[?(@.number == '4.1')].rating").value("SUBSTANTIALLY_ACHIEVED"))
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("uploadId")
			.asString();

		// A recorded report needs the day the Party sent it.
		this.mvc.perform(confirm(secretariat, uploadId, "{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("submittedOn"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter the date the Party sent the report."));
		// Not someone else's upload, nor a date that is not one.
		this.mvc.perform(confirm(this.focalPoint, uploadId, "{}")).andExpect(status().isNotFound());
		this.mvc.perform(confirm(secretariat, uploadId, "{\"submittedOn\": \"2015-13-05\"}"))
			.andExpect(status().isBadRequest());

		this.mvc.perform(confirm(secretariat, uploadId, "{\"submittedOn\": \"2015-10-05\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/parties/KH/reports/SC66"));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from reporting_period rp join meeting m on m.id = rp.meeting_id
				 where m.code = 'SC66' and rp.recorded and rp.party_id = (select id from party where code = 'KH')""",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void whatTheImportRefusesIsAProblemWithTheReasonAndNothingIsStored() throws Exception {
		int reports = count("reporting_period");
		byte[] report = this.json.writeValueAsBytes(sc67Json());

		// Not JSON: the import's own refusal, with its message.
		this.mvc.perform(upload(this.focalPoint, "{\"$schema\": \"/schema/report-v1.json\", \"party".getBytes()))
			.andExpect(status().is(422))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reasonKey").value("importing.refused.jsonMalformed"))
			.andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.startsWith("This file is not valid JSON")));
		ObjectNode otherParty = sc67Json();
		((ObjectNode) otherParty.get("party")).put("code", "VN").put("name", "Viet Nam");
		this.mvc.perform(upload(this.focalPoint, this.json.writeValueAsBytes(otherParty)))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.reasonKey").value("importing.refused.otherParty"));
		this.mvc.perform(upload(this.focalPoint, new byte[0]))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.reasonKey").value("importing.refused.empty"));

		// Over the 5 MB the page takes too.
		byte[] large = new byte[(int) ReportImportService.MAX_BYTES + 1];
		java.util.Arrays.fill(large, (byte) ' ');
		System.arraycopy(report, 0, large, 0, report.length);
		this.mvc.perform(upload(this.focalPoint, large))
			.andExpect(status().is(413))
			.andExpect(jsonPath("$.reasonKey").value("importing.refused.tooLarge"))
			.andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("5 MB")));

		// Not JSON by its type; another Party's focal point; no token.
		this.mvc.perform(upload(this.focalPoint, report).contentType(MediaType.TEXT_PLAIN))
			.andExpect(status().isUnsupportedMediaType());
		Accounts.createOtherParty(this.jdbc);
		String other = Tokens.create(this.mvc, this.accounts, Accounts.FOCAL_OTHER);
		this.mvc.perform(upload(other, report))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(upload(null, report))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"));
		this.mvc.perform(confirm(this.focalPoint, "not-an-upload", "{}")).andExpect(status().isNotFound());
		this.mvc.perform(confirm(this.focalPoint, "0b8a3c52-3f7e-4c3e-9a55-7d1f2a4b6c10", "{\"submittedOn\": 5"))
			.andExpect(status().isBadRequest());

		assertThat(count("import_upload")).isZero();
		assertThat(count("reporting_period")).isEqualTo(reports);
	}

	/** Cambodia's SC66 report as the app exports it in JSON, made a report to SC67. */
	private ObjectNode sc67Json() throws Exception {
		byte[] exported = this.mvc.perform(get("/parties/KH/reports/SC66/report.json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		ObjectNode report = (ObjectNode) this.json.readTree(exported);
		((ObjectNode) report.get("meeting")).put("code", "SC67").put("number", 67);
		((ObjectNode) report.get("cover")).put("periodStart", "2015-10").put("periodEnd", "2016-06");
		return report;
	}

	private static MockHttpServletRequestBuilder upload(String token, byte[] body) {
		MockHttpServletRequestBuilder request = post(IMPORTS).contentType(MediaType.APPLICATION_JSON).content(body);
		return (token != null) ? request.header("Authorization", "Bearer " + token) : request;
	}

	private static MockHttpServletRequestBuilder confirm(String token, String uploadId, String body) {
		return Tokens.json(post(IMPORTS + "/" + uploadId + "/confirm"), token, body);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
