package org.niaptracker.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.niaptracker.importing.ReportDocuments.Variant;
import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.meeting.ProgressRatingRepository;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Importing Word reports, on real PostgreSQL: Cambodia's SC66 report imports to the
 * seeded SC66 report field by field (5.2 On track from Part B, flagged), and so does the
 * app's own Word export of it; a focal point's import becomes its next draft; every bad
 * input is refused with a message and stores nothing.
 */
@PostgresTest
class ReportImportTest {

	private static final String IMPORT = "/parties/KH/reports/import";

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	private ProgressRatingRepository ratings;

	@Autowired
	private JsonMapper json;

	@PersistenceContext
	private EntityManager entityManager;

	private Accounts accounts;

	@BeforeEach
	void accounts() {
		this.accounts = new Accounts(this.userDetailsService);
	}

	/**
	 * The done-when test: the seeded SC66 report is read, removed (in this test's
	 * transaction, rolled back after it), and the Secretariat imports the document; the
	 * report created is the seeded one, field by field.
	 */
	@Test
	@Transactional
	void cambodiasSc66DocumentImportsToTheSeededReport() throws Exception {
		assertImportsToTheSeededReport(ReportDocuments.cambodiaSc66(), "cambodia-sc66.docx", true);
	}

	/** The app's own Word export of SC66 imports back to the same report. */
	@Test
	@Transactional
	void theAppsOwnWordExportImportsBack() throws Exception {
		byte[] exported = this.mvc.perform(get("/parties/KH/reports/SC66/annex.docx"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(exported).isNotEmpty();
		assertImportsToTheSeededReport(exported, "SC66-annex.docx", false);
	}

	/**
	 * The round trip of a 200-action report: 20 pillars of 10 actions, three points each.
	 */
	@Test
	@Transactional
	void aLargeReportsWordExportImportsBack() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "XA", 20, 10);
		byte[] exported = this.mvc.perform(get("/parties/XA/reports/SC66/annex.docx"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertImportsToTheSeededReport("XA", exported, "XA-annex.docx", false);
		assertThat(actions("XA", "SC66")).hasSize(200);
	}

	/** The app's own JSON export of SC66 imports back to the same report. */
	@Test
	@Transactional
	void theAppsOwnJsonExportImportsBack() throws Exception {
		byte[] exported = this.mvc.perform(get("/parties/KH/reports/SC66/report.json"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(exported, java.nio.charset.StandardCharsets.UTF_8)).contains("\"schemaVersion\"");
		assertImportsToTheSeededReport(exported, "SC66-report.json", false);
	}

	/**
	 * The round trips on the six-rating scale (SC69's): a report to SC69 rating actions
	 * with each of the six ratings, exported in Word and in JSON, imports back to the
	 * same report.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "annex.docx", "report.json" })
	@Transactional
	void aReportOnTheSixRatingScaleImportsBack(String export) throws Exception {
		Reports.insertReportWithActions(this.jdbc, "XB", 2, 6);
		Reports.meeting(this.jdbc, "SC69", "SC69");
		Reports.report(this.jdbc, "XB", "SC69", "PUBLISHED");
		Reports.rate(this.jdbc, "XB", "SC69", "2.6", null);
		assertThat(actions("XB", "SC69").values().stream().map((action) -> action.get(0)).distinct())
			.as("each of the six ratings, and none")
			.hasSize(7);
		byte[] exported = this.mvc.perform(get("/parties/XB/reports/SC69/" + export))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertImportsBack("XB", "SC69", exported, "XB-SC69-" + export, false, "2017-08-01");
	}

	private void assertImportsToTheSeededReport(byte[] document, String fileName, boolean flags52) throws Exception {
		assertImportsToTheSeededReport("KH", document, fileName, flags52);
	}

	private void assertImportsToTheSeededReport(String party, byte[] document, String fileName, boolean flags52)
			throws Exception {
		assertImportsBack(party, "SC66", document, fileName, flags52, "2015-10-05");
	}

	/**
	 * Removes the Party's report to the meeting (in the test's transaction), has the
	 * Secretariat import the document and compares the report created with the one
	 * removed, field by field.
	 */
	private void assertImportsBack(String party, String meeting, byte[] document, String fileName, boolean flags52,
			String submittedOn) throws Exception {
		Map<String, Object> seeded = report(party, meeting);
		Map<String, List<Object>> seededActions = actions(party, meeting);
		this.jdbc.update("""
				delete from reporting_period where party_id = (select id from party where code = ?)
				   and meeting_id = (select id from meeting where code = ?)""", party, meeting);

		String preview = upload(Accounts.SECRETARIAT, "/parties/" + party + "/reports/import", fileName, document);
		String page = this.mvc.perform(get(preview).with(this.accounts.as(Accounts.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("data-import=\"blockers\"");
		if (party.equals("KH") && meeting.equals("SC66")) {
			assertThat(page).contains("data-action=\"5.2\" data-rating=\"ON_TRACK\"")
				.contains("data-action=\"4.1\" data-rating=\"SUBSTANTIALLY_ACHIEVED\"");
		}
		if (flags52) {
			assertThat(page).contains("data-flag=\"importing.flag.placeholderTakenFromB\"")
				.contains("data-flag=\"importing.flag.instruction\"")
				.contains("CATEGORY 2: [Name]");
		}
		MvcResult confirmed = this.mvc
			.perform(post(preview).param("submittedOn", submittedOn)
				.with(csrf())
				.with(this.accounts.as(Accounts.SECRETARIAT)))
			.andReturn();
		assertThat(confirmed.getResponse().getRedirectedUrl())
			.isEqualTo("/parties/" + party + "/reports/" + meeting + "/edit");
		// This test's transaction is still open: what the import changed, to the
		// database.
		this.entityManager.flush();

		Map<String, Object> imported = report(party, meeting);
		for (String field : List.of("synopsis", "progress_to_date", "future_outlook", "prepared_by", "period_start",
				"period_end", "language_line", "group_heading", "document_ref", "annex_ref", "plan_revision_id")) {
			assertThat(imported.get(field)).as(field).isEqualTo(seeded.get(field));
		}
		assertThat(imported.get("recorded")).isEqualTo(true);
		assertThat(actions(party, meeting)).isEqualTo(seededActions);
		assertThat(this.jdbc.queryForObject("select count(*) from import_upload", Integer.class)).isZero();
	}

	@Test
	void aFocalPointsImportBecomesItsNextDraft() throws Exception {
		String preview = upload(Accounts.FOCAL_KH, "kh-sc67.docx",
				ReportDocuments.cambodia("Cambodia", "SC67", Variant.WORD_LISTS, Variant.DISAGREEING_3_2));
		String page = this.mvc.perform(get(preview).with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-flag=\"importing.flag.differs\"").doesNotContain("name=\"submittedOn\"");
		MvcResult confirmed = this.mvc.perform(post(preview).with(csrf()).with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn();
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/parties/KH/reports/SC67/edit");
		Map<String, Object> draft = report("SC67");
		assertThat(draft.get("status")).isEqualTo("DRAFT");
		assertThat(draft.get("recorded")).isEqualTo(false);
		assertThat(draft.get("synopsis")).isEqualTo(report("SC66").get("synopsis"));
		assertThat(actions("SC67")).isEqualTo(actions("SC66"));
		String editor = this.mvc.perform(get("/parties/KH/reports/SC67/edit").with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(editor).contains("Consultations have been held within FA");
	}

	@Test
	void aSecondImportIsRefusedWhileADraftIsOpen() throws Exception {
		String first = upload(Accounts.FOCAL_KH, "kh-sc67.docx", ReportDocuments.cambodia("CAMBODIA", "SC67"));
		this.mvc.perform(post(first).with(csrf()).with(this.accounts.as(Accounts.FOCAL_KH))).andReturn();
		int reports = count("reporting_period");
		String second = upload(Accounts.FOCAL_KH, "kh-sc67.docx", ReportDocuments.cambodia("CAMBODIA", "SC67"));
		MvcResult result = this.mvc.perform(post(second).with(csrf()).with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).contains("data-import=\"blockers\"");
		assertThat(count("reporting_period")).isEqualTo(reports);
	}

	@Test
	void actionsNotInThePlanAndChangedTitlesAreShownAndBlock() throws Exception {
		String preview = upload(Accounts.FOCAL_KH, "kh.docx",
				ReportDocuments.cambodia("CAMBODIA", "SC67", Variant.OFF_PLAN));
		String page = this.mvc.perform(get(preview).with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-action=\"6.2\"")
			.contains("data-flag=\"importing.flag.notInPlan\"")
			.contains("data-flag=\"importing.flag.titleChanged\"")
			.contains("data-import=\"blockers\"")
			.doesNotContain("id=\"import-confirm\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "empty", "pdf", "renamedPdf", "text", "docm", "zipBomb", "macros", "external", "tooLarge",
			"noPartC", "otherParty", "xmlEntities" })
	void badInputIsRefusedWithAMessageAndNothingIsStored(String kind) throws Exception {
		byte[] document = ReportDocuments.cambodia("CAMBODIA", "SC67");
		String fileName = "report.docx";
		String key = "importing.refused." + kind;
		byte[] bytes = switch (kind) {
			case "empty" -> new byte[0];
			case "pdf", "renamedPdf" -> "%PDF-1.7\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			case "text" -> "Party: CAMBODIA".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			case "docm" -> document;
			case "zipBomb" ->
				WordReportParserTest.withEntry(document, "word/media/padding.xml", new byte[50 * 1024 * 1024]);
			case "macros" -> WordReportParserTest.replaceInEntry(document, "[Content_Types].xml",
					"wordprocessingml.document.main+xml", "vnd.ms-word.document.macroEnabled.main+xml");
			case "external" -> WordReportParserTest.replaceInEntry(document, "word/_rels/document.xml.rels",
					"</Relationships>",
					"<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\""
							+ " Target=\"http://attacker.example/t.dotm\" TargetMode=\"External\"/></Relationships>");
			case "tooLarge" -> new byte[(int) ReportImportService.MAX_BYTES + 1];
			case "noPartC" -> ReportDocuments.cambodia("CAMBODIA", "SC67", Variant.NO_PART_C);
			case "otherParty" -> ReportDocuments.cambodia("VIET NAM", "SC67");
			case "xmlEntities" -> WordReportParserTest.replaceInEntry(document, "word/document.xml", "<w:document ",
					WordReportParserTest.BILLION_LAUGHS + "<w:document ");
			default -> throw new IllegalArgumentException(kind);
		};
		if (kind.equals("pdf")) {
			fileName = "report.pdf";
			key = "importing.refused.notDocx";
		}
		if (kind.equals("renamedPdf")) {
			key = "importing.refused.pdf";
		}
		if (kind.equals("text")) {
			key = "importing.refused.notDocx";
		}
		if (kind.equals("docm")) {
			fileName = "report.docm";
			key = "importing.refused.macros";
		}
		int reports = count("reporting_period");
		MvcResult result = this.mvc
			.perform(multipart(IMPORT).file(new MockMultipartFile("file", fileName, DOCX, bytes))
				.with(csrf())
				.with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(kind).isEqualTo(200);
		String page = result.getResponse().getContentAsString();
		assertThat(page).contains("data-import=\"refusal\"");
		assertThat(page).contains(englishMessage(key));
		assertThat(count("import_upload")).isZero();
		assertThat(count("reporting_period")).isEqualTo(reports);
	}

	/**
	 * A focal point imports a JSON file (named .docx: the content tells) of its report to
	 * SC67: the preview flags as for Word (an unknown rating, an action not in the plan)
	 * and blocks; without them, a rating code the meeting does not know is matched by its
	 * label, and the draft is created with the file's ratings and points.
	 */
	@Test
	void aFocalPointsJsonImportIsMatchedByCodeThenLabelAndBecomesItsDraft() throws Exception {
		ObjectNode offPlan = sc67Json();
		action(offPlan, "1.1").put("rating", "EXCELLENT");
		ObjectNode extra = ((ArrayNode) pillar(offPlan, 6).get("actions")).addObject();
		extra.put("number", "6.9").put("title", "Not in the plan").put("marked", false);
		extra.putNull("rating").putNull("secretariatRating").putArray("points");
		String preview = upload(Accounts.FOCAL_KH, "kh-sc67.docx", this.json.writeValueAsBytes(offPlan));
		String page = this.mvc.perform(get(preview).with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-flag=\"importing.flag.unknownRating\"")
			.contains("data-flag=\"importing.flag.notInPlan\"")
			.contains("data-import=\"blockers\"")
			.contains("Read from a report JSON file")
			.doesNotContain("id=\"import-confirm\"");

		ObjectNode renamed = sc67Json();
		for (tools.jackson.databind.JsonNode rating : renamed.get("ratingScale")) {
			if (rating.get("code").asString().equals("ON_TRACK")) {
				((ObjectNode) rating).put("code", "EN_BONNE_VOIE").put("label", "En bonne voie");
			}
		}
		renamed.get("pillars").forEach((p) -> p.get("actions").forEach((a) -> {
			if ("ON_TRACK".equals(a.get("rating").asString(null))) {
				((ObjectNode) a).put("rating", "EN_BONNE_VOIE");
			}
		}));
		preview = upload(Accounts.FOCAL_KH, "kh-sc67", this.json.writeValueAsBytes(renamed));
		page = this.mvc.perform(get(preview).with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("data-import=\"blockers\"")
			.contains("data-action=\"5.2\" data-rating=\"ON_TRACK\"");
		MvcResult confirmed = this.mvc.perform(post(preview).with(csrf()).with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn();
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/parties/KH/reports/SC67/edit");
		Map<String, Object> draft = report("SC67");
		assertThat(draft.get("status")).isEqualTo("DRAFT");
		assertThat(draft.get("synopsis")).isEqualTo(report("SC66").get("synopsis"));
		assertThat(draft.get("period_start")).hasToString("2015-10-01");
		assertThat(actions("SC67")).isEqualTo(actions("SC66"));
		assertThat(count("import_upload")).as("the blocked upload waits; the confirmed one is gone").isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "jsonMalformed", "duplicateKey", "jsonOtherSchema", "otherVersion", "array", "jsonInvalid",
			"badMonth", "jsonTooComplex", "deepArray", "manyValues", "jsonDuplicate", "noActions", "otherParty" })
	void badJsonIsRefusedWithAMessageAndNothingIsStored(String kind) throws Exception {
		ObjectNode report = sc67Json();
		String key = "importing.refused." + kind;
		String schemaHead = "{\"$schema\": \"/schema/report-v1.json\", \"schemaVersion\": 1, ";
		String bytes = switch (kind) {
			case "jsonMalformed" -> this.json.writeValueAsString(report).substring(0, 200);
			case "duplicateKey" -> schemaHead + "\"party\": {\"code\": \"KH\", \"code\": \"VN\"}}";
			case "jsonOtherSchema" -> this.json.writeValueAsString(report.put("$schema", "https://example.org/o.json"));
			case "otherVersion" -> this.json.writeValueAsString(report.put("schemaVersion", 2));
			case "array" -> "[" + this.json.writeValueAsString(report) + "]";
			case "jsonInvalid" -> {
				action(report, "1.1").put("marked", "yes");
				yield this.json.writeValueAsString(report);
			}
			case "badMonth" -> {
				((ObjectNode) report.get("cover")).put("periodStart", "2015-13");
				yield this.json.writeValueAsString(report);
			}
			case "jsonTooComplex" -> schemaHead + "\"party\": " + "[".repeat(100) + "]".repeat(100) + "}";
			case "deepArray" -> "[".repeat(1_000_000);
			case "manyValues" -> schemaHead + "\"pillars\": [" + "0,".repeat(1_000_000) + "0]}";
			case "jsonDuplicate" -> {
				((ArrayNode) pillar(report, 1).get("actions")).add(action(report, "1.1").deepCopy());
				yield this.json.writeValueAsString(report);
			}
			case "noActions" -> {
				report.putArray("pillars");
				yield this.json.writeValueAsString(report);
			}
			case "otherParty" -> {
				((ObjectNode) report.get("party")).put("code", "VN").put("name", "Viet Nam");
				yield this.json.writeValueAsString(report);
			}
			default -> throw new IllegalArgumentException(kind);
		};
		key = switch (kind) {
			case "duplicateKey" -> "importing.refused.jsonMalformed";
			case "otherVersion", "array" -> "importing.refused.jsonOtherSchema";
			case "badMonth" -> "importing.refused.jsonInvalid";
			case "deepArray", "manyValues" -> "importing.refused.jsonTooComplex";
			default -> key;
		};
		int reports = count("reporting_period");
		MvcResult result = this.mvc.perform(multipart(IMPORT)
			.file(new MockMultipartFile("file", "report.json", "application/json",
					bytes.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(csrf())
			.with(this.accounts.as(Accounts.FOCAL_KH))).andReturn();
		assertThat(result.getResponse().getStatus()).as(kind).isEqualTo(200);
		String page = result.getResponse().getContentAsString();
		assertThat(page).as(kind).contains("data-import=\"refusal\"").contains(englishMessage(key));
		if (kind.equals("jsonInvalid")) {
			assertThat(page).contains("/pillars/0/actions/0/marked");
		}
		if (kind.equals("badMonth")) {
			assertThat(page).contains("/cover/periodStart");
		}
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

	private static ObjectNode pillar(ObjectNode report, int number) {
		for (tools.jackson.databind.JsonNode pillar : report.get("pillars")) {
			if (pillar.get("number").asInt() == number) {
				return (ObjectNode) pillar;
			}
		}
		throw new IllegalArgumentException("No pillar " + number);
	}

	private static ObjectNode action(ObjectNode report, String number) {
		for (tools.jackson.databind.JsonNode pillar : report.get("pillars")) {
			for (tools.jackson.databind.JsonNode action : pillar.get("actions")) {
				if (action.get("number").asString().equals(number)) {
					return (ObjectNode) action;
				}
			}
		}
		throw new IllegalArgumentException("No action " + number);
	}

	@Test
	void ratingsAreMatchedByTheirLabelInAnyLanguageAndSmallDifferences() {
		Long scale = this.jdbc.queryForObject("select id from rating_scale where code = 'SC65'", Long.class);
		RatingMatcher matcher = new RatingMatcher(this.ratings.findByRatingScaleIdOrderByPosition(scale));
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("[SUBSTANTIALLY ACHIEVED]", "SUBSTANTIALLY_ACHIEVED");
		expected.put("Substantially\nAchieved", "SUBSTANTIALLY_ACHIEVED");
		expected.put("substantialy achieved", "SUBSTANTIALLY_ACHIEVED");
		expected.put("On-track", "ON_TRACK");
		expected.put("ONTRACK", "ON_TRACK");
		expected.put("En bonne voie", "ON_TRACK");
		expected.put("EN CURSO", "ON_TRACK");
		expected.put("Logrado en gran medida", "SUBSTANTIALLY_ACHIEVED");
		expected.put("difficile", "CHALLENGING");
		expected.forEach((text, code) -> assertThat(matcher.match(text).rating()).as(text)
			.isNotNull()
			.extracting(ProgressRating::getCode)
			.isEqualTo(code));
		assertThat(matcher.match("[PROGRESS RATING]").kind()).isEqualTo(RatingMatcher.Kind.PLACEHOLDER);
		assertThat(matcher.match("Not yet rated").kind()).isEqualTo(RatingMatcher.Kind.UNRATED);
		assertThat(matcher.match("Excellent").kind()).isEqualTo(RatingMatcher.Kind.UNKNOWN);
		assertThat(matcher.match(" ").kind()).isEqualTo(RatingMatcher.Kind.BLANK);
	}

	@Test
	void anotherPartysFocalPointMayNotImport() throws Exception {
		Accounts.createOtherParty(this.jdbc);
		assertThat(this.mvc.perform(get(IMPORT).with(this.accounts.as(Accounts.FOCAL_OTHER)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(
				this.mvc
					.perform(multipart(IMPORT)
						.file(new MockMultipartFile("file", "r.docx", DOCX,
								ReportDocuments.cambodia("CAMBODIA", "SC67")))
						.with(csrf())
						.with(this.accounts.as(Accounts.FOCAL_OTHER)))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(403);
		assertThat(count("import_upload")).isZero();
	}

	@Test
	void anUploadIsSeenOnlyByWhoUploadedIt() throws Exception {
		String preview = upload(Accounts.FOCAL_KH, "kh.docx", ReportDocuments.cambodia("CAMBODIA", "SC67"));
		assertThat(this.mvc.perform(get(preview).with(this.accounts.as(Accounts.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get(IMPORT + "/not-a-uuid").with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private String upload(String who, String fileName, byte[] document) throws Exception {
		return upload(who, IMPORT, fileName, document);
	}

	private String upload(String who, String path, String fileName, byte[] document) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart(path).file(new MockMultipartFile("file", fileName, DOCX, document))
				.with(csrf())
				.with(this.accounts.as(who)))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as(result.getResponse().getContentAsString()).startsWith(path + "/");
		return location;
	}

	private Map<String, Object> report(String meeting) {
		return report("KH", meeting);
	}

	private Map<String, Object> report(String party, String meeting) {
		return this.jdbc.queryForMap("""
				select rp.* from reporting_period rp join party p on p.id = rp.party_id
				  join meeting m on m.id = rp.meeting_id where p.code = ? and m.code = ?""", party, meeting);
	}

	/** Each action's number: its rating code and its points. */
	private Map<String, List<Object>> actions(String meeting) {
		return actions("KH", meeting);
	}

	private Map<String, List<Object>> actions(String party, String meeting) {
		Map<String, List<Object>> actions = new LinkedHashMap<>();
		this.jdbc.query("""
				select a.number, pr.code, array_to_string(e.progress_points, '\n') as points
				  from evaluation e join reporting_period rp on rp.id = e.reporting_period_id
				  join party p on p.id = rp.party_id join meeting m on m.id = rp.meeting_id
				  join niap_action a on a.id = e.action_id
				  left join progress_rating pr on pr.id = e.progress_rating_id
				 where p.code = ? and m.code = ? order by a.number""", (rs) -> {
			actions.put(rs.getString("number"), List.of(String.valueOf(rs.getString("code")), rs.getString("points")));
		}, party, meeting);
		return actions;
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	static String englishMessage(String key) {
		try (var in = ReportImportTest.class.getResourceAsStream("/messages/importing.properties")) {
			java.util.Properties properties = new java.util.Properties();
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			String message = properties.getProperty(key);
			assertThat(message).as(key).isNotNull();
			// The words before any argument, as the page shows them (HTML-escaped quotes
			// aside).
			return message.split("\\{")[0].split("[’'\"]")[0];
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
