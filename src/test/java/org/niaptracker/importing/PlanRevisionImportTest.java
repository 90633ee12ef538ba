package org.niaptracker.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.importing.ReportDocuments.Variant;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A plan revision from an imported document: where the Secretariat imports a report whose
 * actions are not all in the plan in force, or of a Party without a plan, the preview
 * offers to create the revision, and confirming creates and adopts it with the report in
 * one transaction; refused, nothing is stored.
 */
@PostgresTest
class PlanRevisionImportTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	private JsonMapper json;

	private Accounts accounts;

	@BeforeEach
	void accounts() {
		this.accounts = new Accounts(this.userDetailsService);
	}

	@Test
	void theSecretariatCreatesARevisionWithTheActionsNotInThePlan() throws Exception {
		byte[] document = ReportDocuments.cambodia("CAMBODIA", "SC67", Variant.OFF_PLAN);
		int revisions = count("plan_revision");
		int actions = count("niap_action");

		Reports.draftPlan(this.jdbc, "KH");
		String blocked = upload("KH", "kh-sc67.docx", document);
		assertThat(page(blocked)).contains("data-import=\"blockers\"")
			.contains(ReportImportTest.englishMessage("importing.blocker.draftUnderWay"))
			.doesNotContain("data-import=\"plan-offer\"");
		this.jdbc.update("delete from plan_revision where status = 'DRAFT'");

		String preview = upload("KH", "kh-sc67.docx", document);
		assertThat(page(preview)).doesNotContain("data-import=\"blockers\"")
			.contains("data-import=\"plan-offer\"")
			.contains("data-flag=\"importing.flag.notInPlan\"");

		MvcResult unticked = confirm(preview, null);
		assertThat(unticked.getResponse().getContentAsString()).contains("data-import=\"refusal\"")
			.contains(ReportImportTest.englishMessage("importing.planOffer.required"));
		MvcResult future = confirm(preview, LocalDate.now().plusDays(3).toString());
		assertThat(future.getResponse().getContentAsString()).contains("data-import=\"refusal\"");
		assertThat(count("plan_revision")).as("refused: nothing stored").isEqualTo(revisions);
		assertThat(count("niap_action")).isEqualTo(actions);
		assertThat(report("KH", "SC67")).isEmpty();

		MvcResult confirmed = confirm(preview, LocalDate.now().toString());
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/parties/KH/reports/SC67/edit");
		Map<String, Object> revision = this.jdbc.queryForMap("""
				select r.id, r.number, r.status, r.adopted_on from plan_revision r join party p on p.id = r.party_id
				 where p.code = 'KH' order by r.number desc limit 1""");
		assertThat(revision.get("status")).isEqualTo("ADOPTED");
		assertThat(revision.get("adopted_on")).hasToString(LocalDate.now().toString());
		assertThat(report("KH", "SC67").get(0)).containsEntry("plan_revision_id", revision.get("id"));
		assertThat(this.jdbc.queryForList("""
				select a.number || ' ' || a.title from niap_action a join pillar pl on pl.id = a.pillar_id
				 where pl.plan_revision_id = ? and pl.number = 6 order by a.position""", String.class,
				revision.get("id")))
			.contains("6.2 Train customs officers at the airports");
		assertThat(rated("KH", "SC67", "6.2")).containsExactly("ON_TRACK", "Two training sessions were held");
		assertThat(count("import_upload")).as("the blocked upload waits").isEqualTo(1);
	}

	/**
	 * A Party without a plan: its first revision comes from the JSON file, with its
	 * pillars and actions, and the report follows it.
	 */
	@Test
	void aPartyWithoutAPlanGetsItsFirstRevisionFromAJsonReport() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "XA", 2, 3);
		this.jdbc.update("insert into party (code, name) values ('XD', 'Test Party XD')");
		ObjectNode report = (ObjectNode) this.json
			.readTree(this.mvc.perform(get("/parties/XA/reports/SC66/report.json"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		((ObjectNode) report.get("party")).put("code", "XD").put("name", "Test Party XD");
		String preview = upload("XD", "xd.json", this.json.writeValueAsBytes(report));
		assertThat(page(preview)).doesNotContain("data-import=\"blockers\"").contains("data-import=\"plan-offer\"");
		MvcResult confirmed = confirm(preview, LocalDate.now().toString());
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/parties/XD/reports/SC66/edit");
		assertThat(this.jdbc.queryForList(
				"""
						select pl.number || ' ' || pl.name || ': ' || a.number || ' ' || a.title
						  from niap_action a join pillar pl on pl.id = a.pillar_id join plan_revision r on r.id = pl.plan_revision_id
						  join party p on p.id = r.party_id where p.code = ? and r.status = 'ADOPTED' order by a.number""",
				String.class, "XD"))
			.isEqualTo(this.jdbc.queryForList(
					"""
							select pl.number || ' ' || pl.name || ': ' || a.number || ' ' || a.title
							  from niap_action a join pillar pl on pl.id = a.pillar_id join plan_revision r on r.id = pl.plan_revision_id
							  join party p on p.id = r.party_id where p.code = ? and r.status = 'ADOPTED' order by a.number""",
					String.class, "XA"))
			.hasSize(6);
		for (String action : List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3")) {
			assertThat(rated("XD", "SC66", action)).as(action).isEqualTo(rated("XA", "SC66", action));
		}
		assertThat(report("XD", "SC66")).isNotEmpty();
	}

	private String upload(String party, String fileName, byte[] document) throws Exception {
		String path = "/parties/" + party + "/reports/import";
		MvcResult result = this.mvc
			.perform(multipart(path).file(new MockMultipartFile("file", fileName, "application/octet-stream", document))
				.with(csrf())
				.with(this.accounts.as(Accounts.SECRETARIAT)))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as(result.getResponse().getContentAsString()).startsWith(path + "/");
		return location;
	}

	private String page(String preview) throws Exception {
		return this.mvc.perform(get(preview).with(this.accounts.as(Accounts.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MvcResult confirm(String preview, String adoptedOn) throws Exception {
		var request = post(preview).param("submittedOn", "2016-08-01")
			.with(csrf())
			.with(this.accounts.as(Accounts.SECRETARIAT));
		if (adoptedOn != null) {
			request = request.param("planRevision", "true").param("adoptedOn", adoptedOn);
		}
		return this.mvc.perform(request).andReturn();
	}

	private List<Map<String, Object>> report(String party, String meeting) {
		return this.jdbc.queryForList("""
				select rp.* from reporting_period rp join party p on p.id = rp.party_id
				  join meeting m on m.id = rp.meeting_id where p.code = ? and m.code = ?""", party, meeting);
	}

	/** An action's rating code and points in a report. */
	private List<String> rated(String party, String meeting, String action) {
		return this.jdbc.queryForObject("""
				select pr.code, array_to_string(e.progress_points, '\n') as points
				  from evaluation e join reporting_period rp on rp.id = e.reporting_period_id
				  join party p on p.id = rp.party_id join meeting m on m.id = rp.meeting_id
				  join niap_action a on a.id = e.action_id
				  left join progress_rating pr on pr.id = e.progress_rating_id
				 where p.code = ? and m.code = ? and a.number = ?""",
				(rs, n) -> List.of(String.valueOf(rs.getString("code")), rs.getString("points")), party, meeting,
				action);
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

}
