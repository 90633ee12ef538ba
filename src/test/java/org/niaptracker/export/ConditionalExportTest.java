package org.niaptracker.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.ReportValidator;
import org.niaptracker.report.ReportValidator.PublishedFile;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A published report's downloads carry a validator computed from one statement (the
 * report with its Party, meeting and scale): a reader who has the file gets a 304 after
 * that statement, and a kept PDF or Word file is sent after one statement more, with the
 * same name and headers as when it was rendered, without the report being read. The
 * validator changes with everything the files print, and tells apart readers who see the
 * Secretariat's ratings from those who do not; reports not published carry none.
 */
@PostgresTest
class ConditionalExportTest {

	private static final String SC66 = "/parties/KH/reports/SC66";

	/** A report of this test's own, to a meeting on a rating scale of its own. */
	private static final String ZZ_SC90 = "/parties/ZZ/reports/SC90";

	private static final List<String> FILES = List.of("annex.pdf", "annex.docx", "report.json", "evaluations.csv");

	/** The downloads and the print view, which carry the same validators. */
	private static final List<String> VALIDATED = List.of("annex.pdf", "annex.docx", "report.json", "evaluations.csv",
			"print");

	private static final List<String> HEADERS = List.of("Content-Type", "Content-Disposition", "ETag", "Cache-Control",
			"Vary");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private MeterRegistry registry;

	@Autowired
	private ReportValidator validator;

	@Autowired
	private KeptFiles keptFiles;

	private Accounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new Accounts(this.users);
	}

	@Test
	void aReaderWithTheFileGetsA304AfterOneStatementAndAKeptAnnexAfterOne() throws Exception {
		for (boolean secretariat : new boolean[] { false, true }) {
			for (String file : FILES) {
				String what = file + (secretariat ? " for the Secretariat" : " signed out");
				MockHttpServletResponse first = download(SC66 + "/" + file, secretariat);
				assertThat(first.getStatus()).as(what).isEqualTo(200);
				String extension = file.substring(file.indexOf('.') + 1);
				assertThat(first.getHeader("Content-Disposition")).as(what)
					.startsWith("attachment; filename=\"SC66-Doc29-Annex19-Cambodia." + extension + "\"");
				String etag = first.getHeader("ETag");
				assertThat(etag).as(what).startsWith("W/\"");

				// The account is looked up before counting, as sign-in does once a
				// session.
				MockHttpServletRequestBuilder conditional = as(get(SC66 + "/" + file).header("If-None-Match", etag),
						secretariat);
				MockHttpServletRequestBuilder unconditional = as(get(SC66 + "/" + file), secretariat);
				MockHttpServletResponse[] again = new MockHttpServletResponse[1];
				long revalidation = this.sql
					.countDuring(() -> again[0] = this.mvc.perform(conditional).andReturn().getResponse());
				assertThat(again[0].getStatus()).as(what).isEqualTo(304);
				assertThat(again[0].getHeader("ETag")).as(what).isEqualTo(etag);
				assertThat(again[0].getContentAsByteArray()).as(what).isEmpty();
				assertThat(revalidation).as(what + ": statements of a 304").isEqualTo(1);

				long renders = renders(extension);
				long statements = this.sql
					.countDuring(() -> again[0] = this.mvc.perform(unconditional).andReturn().getResponse());
				assertThat(again[0].getStatus()).as(what).isEqualTo(200);
				assertThat(again[0].getContentAsByteArray()).as(what).isEqualTo(first.getContentAsByteArray());
				for (String header : HEADERS) {
					assertThat(again[0].getHeaders(header)).as(what + " " + header).isEqualTo(first.getHeaders(header));
				}
				if (file.startsWith("annex.")) {
					// The validator's statement only (the file this instance served last
					// is in its memory): no render.
					assertThat(statements).as(what + ": statements of a kept file").isEqualTo(1);
					assertThat(renders(extension)).as(what + " rendered again").isEqualTo(renders);
				}
				else {
					// Made again: the report (and, for the Secretariat, its ratings); its
					// scale and evaluations are in this instance's memory, as it read
					// this
					// published report before (ReportReader).
					assertThat(statements).as(what + ": statements").isEqualTo(secretariat ? 2 : 1);
				}
			}
		}
	}

	/**
	 * The print view is the annex too: a published report's carries a validator, answers
	 * 304 after one statement, and is rendered once and kept (in this instance's memory,
	 * and in PostgreSQL for the others); a draft's is neither.
	 */
	@Test
	void thePrintViewOfAPublishedReportIsRevalidatedAndKeptAsTheAnnexIs() throws Exception {
		String print = SC66 + "/print";
		for (boolean secretariat : new boolean[] { false, true }) {
			String what = "print view" + (secretariat ? " for the Secretariat" : " signed out");
			MockHttpServletResponse first = download(print, secretariat);
			assertThat(first.getContentType()).as(what).isEqualTo("text/html;charset=UTF-8");
			assertThat(first.getHeader("Content-Disposition")).as(what + ": shown, not saved").isNull();
			assertThat(first.getHeader("Cache-Control")).as(what).isEqualTo("no-cache");
			String etag = first.getHeader("ETag");
			assertThat(etag).as(what).startsWith("W/\"");

			// The account is looked up before counting, as sign-in does once a session.
			MockHttpServletRequestBuilder conditional = as(get(print).header("If-None-Match", etag), secretariat);
			MockHttpServletRequestBuilder unconditional = as(get(print), secretariat);
			MockHttpServletResponse[] again = new MockHttpServletResponse[1];
			long revalidation = this.sql
				.countDuring(() -> again[0] = this.mvc.perform(conditional).andReturn().getResponse());
			assertThat(again[0].getStatus()).as(what).isEqualTo(304);
			assertThat(again[0].getContentAsByteArray()).as(what).isEmpty();
			assertThat(revalidation).as(what + ": statements of a 304").isEqualTo(1);

			long renders = renders("print");
			long statements = this.sql
				.countDuring(() -> again[0] = this.mvc.perform(unconditional).andReturn().getResponse());
			assertThat(again[0].getContentAsByteArray()).as(what).isEqualTo(first.getContentAsByteArray());
			for (String header : HEADERS) {
				assertThat(again[0].getHeaders(header)).as(what + " " + header).isEqualTo(first.getHeaders(header));
			}
			assertThat(statements).as(what + ": the validator's statement, the page in memory").isEqualTo(1);

			// Another instance, without it in memory, reads it from PostgreSQL.
			this.keptFiles.forgetCopiesInMemory();
			statements = this.sql
				.countDuring(() -> again[0] = this.mvc.perform(unconditional).andReturn().getResponse());
			assertThat(again[0].getContentAsByteArray()).as(what).isEqualTo(first.getContentAsByteArray());
			assertThat(statements).as(what + ": the validator's and the kept file's").isEqualTo(2);
			assertThat(renders("print")).as(what + " rendered again").isEqualTo(renders);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from kept_report_file where kind = 'html'", Integer.class))
			.as("the Secretariat has rated nothing in SC66: it reads the public's")
			.isEqualTo(1);

		Accounts.createOtherParty(this.jdbc);
		this.mvc.perform(Reports.startSc67(this.accounts)).andReturn();
		String draftPrint = "/parties/KH/reports/SC67/print";
		MockHttpServletResponse draft = this.mvc
			.perform(get(draftPrint).header("If-None-Match", "*").with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn()
			.getResponse();
		assertThat(draft.getStatus()).isEqualTo(200);
		assertThat(draft.getHeader("ETag")).isNull();
		assertThat(draft.getHeader("Cache-Control")).contains("no-store");
		assertThat(this.mvc.perform(get(draftPrint).with(this.accounts.as(Accounts.FOCAL_OTHER)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from kept_report_file where kind = 'html'", Integer.class))
			.as("a draft's print view is never kept")
			.isEqualTo(1);
	}

	@Test
	void theValidatorReadOnItsOwnIsTheOneTheLoadedReportGives() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 2);
		Reports.assess(this.jdbc, "ZZ", "SC66", "1.1", "UNCLEAR");
		for (boolean secretariat : new boolean[] { false, true }) {
			for (String file : FILES) {
				String what = file + (secretariat ? " for the Secretariat" : " signed out");
				String extension = file.substring(file.indexOf('.') + 1);
				// A first download (nothing kept yet): validator and name from the report
				// as loaded.
				MockHttpServletResponse loaded = download("/parties/ZZ/reports/SC66/" + file, secretariat);
				Optional<PublishedFile> read = as(secretariat, () -> this.validator.ofPublishedDownload("ZZ", "SC66",
						extension, file.startsWith("annex."), AnnexRenderer.ANNEX_LANGUAGE));
				assertThat(read).as(what).isPresent();
				assertThat(read.get().etag()).as(what).isEqualTo(loaded.getHeader("ETag"));
				assertThat(read.get().secretariatRatings()).as(what).isEqualTo(secretariat);
				assertThat(loaded.getHeader("Content-Disposition")).as(what)
					.startsWith("attachment; filename=\"" + ExportedReport.fileName(read.get().stamp(),
							read.get().meetingCode(), read.get().partyName(), ReportStatus.PUBLISHED, extension)
							+ "\"");
			}
		}
		assertThat(this.validator.ofPublishedDownload("ZZ", "SC99", "pdf", true, AnnexRenderer.ANNEX_LANGUAGE))
			.isEmpty();
		assertThat(this.validator.ofPublishedDownload("XX", "SC66", "pdf", true, AnnexRenderer.ANNEX_LANGUAGE))
			.isEmpty();
		this.jdbc.update("update reporting_period set status = 'ACCEPTED' where party_id = "
				+ "(select id from party where code = 'ZZ')");
		assertThat(as(true,
				() -> this.validator.ofPublishedDownload("ZZ", "SC66", "pdf", true, AnnexRenderer.ANNEX_LANGUAGE)))
			.isEmpty();
	}

	@Test
	void theValidatorChangesWithEverythingTheFilesPrint() throws Exception {
		publishedReportOnAScaleOfItsOwn();
		Map<String, String> etags = etags();

		// The Party renamed on its profile page: in every file, and in the file names.
		redirected(post("/admin/parties/ZZ").with(this.accounts.as(Accounts.SECRETARIAT))
			.param("name", "Renamed Party")
			.param("nameFr", "")
			.param("nameEs", "")
			.param("categorySince", "")
			.param("processStatusSince", "")
			.param("version", version("party", "code = 'ZZ'")));
		etags = changed(etags, "\"Renamed Party\"");
		assertThat(download(ZZ_SC90 + "/report.json", false).getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"SC90-Doc29-Annex9-RenamedParty.json\"");

		// The meeting changed on its page (what the files print of it cannot change
		// while it has reports, but its version covers it).
		redirected(post("/admin/meetings/SC90").with(this.accounts.as(Accounts.ADMIN))
			.param("number", "90")
			.param("startsOn", "2022-11-02")
			.param("reportDueOn", "2022-08-01")
			.param("ratingScale", "XPORT")
			.param("version", version("meeting", "code = 'SC90'")));
		etags = changed(etags, null);

		// The scale's labels changed on its page (the scale's version is raised even when
		// only its ratings change).
		relabel("Completed");
		etags = changed(etags, "\"Completed\"");

		// The Secretariat rates an action of the published report (its ratings are not
		// published yet), then publishes its ratings, then rates the action again.
		long evaluation = Reports.evaluationId(this.jdbc, "ZZ", "SC90", "1.1");
		assess(evaluation, "NOT_DONE", null);
		etags = changed(etags, null);
		assertThat(body(ZZ_SC90 + "/report.json")).contains("\"secretariatRatings\":false");
		redirected(post(ZZ_SC90 + "/review/assessment-publication").param("published", "true")
			.param("version", version("reporting_period", "id = " + reportId()))
			.with(this.accounts.as(Accounts.SECRETARIAT)));
		etags = changed(etags, "\"secretariatRating\":\"NOT_DONE\"");
		assess(evaluation, "DONE", this.jdbc.queryForObject(
				"select version from secretariat_assessment where evaluation_id = ?", Integer.class, evaluation));
		etags = changed(etags, "\"secretariatRating\":\"DONE\"");

		// Taken back before publication (as after a reopening): no validator, the status
		// in the file name; published again: a new validator.
		this.jdbc.update("update reporting_period set status = 'ACCEPTED' where id = ?", reportId());
		for (String file : FILES) {
			MockHttpServletResponse accepted = download(ZZ_SC90 + "/" + file, true);
			assertThat(accepted.getStatus()).as(file).isEqualTo(200);
			assertThat(accepted.getHeader("ETag")).as(file).isNull();
			assertThat(accepted.getHeader("Content-Disposition")).as(file).contains("-accepted.");
			assertThat(this.mvc.perform(get(ZZ_SC90 + "/" + file)).andReturn().getResponse().getStatus()).as(file)
				.isNotEqualTo(200);
		}
		redirected(post(ZZ_SC90 + "/lifecycle/publish").param("message", "")
			.param("version", version("reporting_period", "id = " + reportId()))
			.with(this.accounts.as(Accounts.SECRETARIAT)));
		changed(etags, "\"status\":\"PUBLISHED\"");
		assertThat(download(ZZ_SC90 + "/annex.pdf", false).getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"SC90-Doc29-Annex9-RenamedParty.pdf\"");
	}

	@Test
	void readersWhoSeeTheSecretariatsRatingsGetAFileOfTheirOwnUntilTheRatingsArePublished() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 2);
		Accounts.createOtherParty(this.jdbc);
		Reports.assess(this.jdbc, "ZZ", "SC66", "1.1", "UNCLEAR");
		String csv = "/parties/ZZ/reports/SC66/evaluations.csv";
		MockHttpServletResponse secretariat = download(csv, true);
		MockHttpServletResponse anyone = download(csv, false);
		assertThat(secretariat.getContentAsString()).contains("UNCLEAR");
		assertThat(anyone.getContentAsString()).doesNotContain("UNCLEAR");
		assertThat(secretariat.getHeader("ETag")).isNotEqualTo(anyone.getHeader("ETag"));
		// Administrators see them as the Secretariat does; the Party's focal points, as
		// anyone.
		assertThat(this.mvc.perform(get(csv).with(this.accounts.as(Accounts.ADMIN)))
			.andReturn()
			.getResponse()
			.getHeader("ETag")).isEqualTo(secretariat.getHeader("ETag"));
		assertThat(this.mvc.perform(get(csv).with(this.accounts.as(Accounts.FOCAL_OTHER)))
			.andReturn()
			.getResponse()
			.getHeader("ETag")).isEqualTo(anyone.getHeader("ETag"));
		// The Secretariat's validator never gets the public a 304, nor its kept file.
		for (String file : FILES) {
			String path = "/parties/ZZ/reports/SC66/" + file;
			String theirs = download(path, true).getHeader("ETag");
			MockHttpServletResponse publicAnswer = this.mvc.perform(get(path).header("If-None-Match", theirs))
				.andReturn()
				.getResponse();
			assertThat(publicAnswer.getStatus()).as(file).isEqualTo(200);
			assertThat(publicAnswer.getHeader("ETag")).as(file).isNotEqualTo(theirs);
		}
		assertThat(this.jdbc.queryForList("select secretariat_ratings from kept_report_file where kind = 'pdf'",
				Boolean.class))
			.containsExactlyInAnyOrder(true, false);

		// Published, the ratings are everyone's: one validator for all, a new one.
		this.jdbc.update("""
				update reporting_period set assessment_published = true, version = version + 1
				 where id = (select rp.id from reporting_period rp join party p on p.id = rp.party_id
				              join meeting m on m.id = rp.meeting_id where p.code = 'ZZ' and m.code = 'SC66')""");
		MockHttpServletResponse published = download(csv, false);
		assertThat(published.getContentAsString()).contains("UNCLEAR");
		assertThat(published.getHeader("ETag")).isEqualTo(download(csv, true).getHeader("ETag"))
			.isNotEqualTo(secretariat.getHeader("ETag"));
	}

	@Test
	void aDraftsDownloadsCarryNoValidatorAndAreNeverKept() throws Exception {
		Accounts.createOtherParty(this.jdbc);
		this.mvc.perform(Reports.startSc67(this.accounts)).andReturn();
		for (String file : FILES) {
			String path = "/parties/KH/reports/SC67/" + file;
			MockHttpServletResponse draft = this.mvc
				.perform(get(path).header("If-None-Match", "*").with(this.accounts.as(Accounts.FOCAL_KH)))
				.andReturn()
				.getResponse();
			assertThat(draft.getStatus()).as(file).isEqualTo(200);
			assertThat(draft.getHeader("ETag")).as(file).isNull();
			assertThat(draft.getHeader("Content-Disposition")).as(file).contains("-draft.");
			assertThat(draft.getContentAsByteArray()).as(file).isNotEmpty();
			// Nobody else learns it exists.
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(file).isNotEqualTo(200);
			assertThat(this.mvc.perform(get(path).with(this.accounts.as(Accounts.FOCAL_OTHER)))
				.andReturn()
				.getResponse()
				.getStatus()).as(file).isEqualTo(404);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from kept_report_file", Integer.class)).isZero();
	}

	/**
	 * Party ZZ's published report to SC90, a meeting on the scale XPORT (two ratings,
	 * labelled on the scale's page): all of this test's own, so that nothing seeded
	 * changes.
	 */
	private void publishedReportOnAScaleOfItsOwn() throws Exception {
		redirected(post("/admin/scales").with(this.accounts.as(Accounts.ADMIN))
			.param("code", "XPORT")
			.param("description", "Two ratings")
			.params(row(0, null, "DONE", "Done", "1"))
			.params(row(1, null, "NOT_DONE", "Not done", "2"))
			.param("version", ""));
		Reports.meeting(this.jdbc, "SC90", "XPORT");
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 2);
		Reports.report(this.jdbc, "ZZ", "SC90", "PUBLISHED");
	}

	private void relabel(String doneLabel) throws Exception {
		long done = ratingId("DONE");
		long notDone = ratingId("NOT_DONE");
		redirected(post("/admin/scales/XPORT").with(this.accounts.as(Accounts.ADMIN))
			.param("code", "XPORT")
			.param("description", "Two ratings")
			.params(row(0, done, "DONE", doneLabel, "1"))
			.params(row(1, notDone, "NOT_DONE", "Not done", "2"))
			.param("version", version("rating_scale", "code = 'XPORT'")));
	}

	/** A form sent with its CSRF token, which must succeed (a redirect). */
	private void redirected(MockHttpServletRequestBuilder form) throws Exception {
		assertThat(this.mvc.perform(form.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	private long ratingId(String code) {
		return this.jdbc
			.queryForObject("select r.id from progress_rating r join rating_scale s on s.id = r.rating_scale_id"
					+ " where s.code = 'XPORT' and r.code = ?", Long.class, code);
	}

	private static MultiValueMap<String, String> row(int index, Long id, String code, String label, String position) {
		MultiValueMap<String, String> row = new LinkedMultiValueMap<>();
		String prefix = "ratings[" + index + "].";
		if (id != null) {
			row.add(prefix + "id", String.valueOf(id));
		}
		row.add(prefix + "code", code);
		row.add(prefix + "label", label);
		row.add(prefix + "labelFr", label + " (fr)");
		row.add(prefix + "labelEs", label + " (es)");
		row.add(prefix + "position", position);
		return row;
	}

	private void assess(long evaluation, String rating, Integer version) throws Exception {
		var request = post(ZZ_SC90 + "/review/assessments/" + evaluation).param("rating", rating)
			.with(this.accounts.as(Accounts.SECRETARIAT));
		if (version != null) {
			request.param("version", version.toString());
		}
		redirected(request);
	}

	/**
	 * Each file's validator now: every one differs from {@code before}, whose validators
	 * no longer get a 304; the JSON shows {@code shown} (when given).
	 */
	private Map<String, String> changed(Map<String, String> before, String shown) throws Exception {
		Map<String, String> after = etags();
		for (String file : VALIDATED) {
			assertThat(after.get(file)).as(file).isNotEqualTo(before.get(file));
			assertThat(this.mvc.perform(get(ZZ_SC90 + "/" + file).header("If-None-Match", before.get(file)))
				.andReturn()
				.getResponse()
				.getStatus()).as(file).isEqualTo(200);
		}
		if (shown != null) {
			assertThat(body(ZZ_SC90 + "/report.json")).contains(shown);
		}
		return after;
	}

	/** The validator of each of ZZ's SC90 files and of its print view, signed out. */
	private Map<String, String> etags() throws Exception {
		Map<String, String> etags = new LinkedHashMap<>();
		for (String file : VALIDATED) {
			String etag = download(ZZ_SC90 + "/" + file, false).getHeader("ETag");
			assertThat(etag).as(file).isNotNull();
			etags.put(file, etag);
		}
		return etags;
	}

	/** The file as text, without the blanks around the JSON's colons. */
	private String body(String path) throws Exception {
		return download(path, false).getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.replaceAll("\"\\s*:\\s*", "\":");
	}

	private MockHttpServletResponse download(String path, boolean secretariat) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(as(get(path), secretariat)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response;
	}

	/** What the supplier gives with the Secretariat signed in, or signed out. */
	private <T> T as(boolean secretariat, Supplier<T> supplier) {
		if (!secretariat) {
			return supplier.get();
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken
				.authenticated(this.users.loadUserByUsername(Accounts.SECRETARIAT), null, List.of()));
		try {
			return supplier.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, boolean secretariat) {
		return secretariat ? request.with(this.accounts.as(Accounts.SECRETARIAT)) : request;
	}

	private long reportId() {
		return this.jdbc.queryForObject("""
				select rp.id from reporting_period rp join party p on p.id = rp.party_id
				  join meeting m on m.id = rp.meeting_id where p.code = 'ZZ' and m.code = 'SC90'""", Long.class);
	}

	private String version(String table, String where) {
		return String
			.valueOf(this.jdbc.queryForObject("select version from " + table + " where " + where, Integer.class));
	}

	/** How many files of this kind were rendered so far. */
	private long renders(String kind) {
		Timer timer = this.registry.find("niap.exports").tag("format", kind).timer();
		return (timer != null) ? timer.count() : 0;
	}

}
