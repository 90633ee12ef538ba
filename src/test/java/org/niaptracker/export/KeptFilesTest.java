package org.niaptracker.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A published report's PDF and Word files are rendered once and kept in PostgreSQL: the
 * next download, by anyone who reads the same file, runs no render and gets the same
 * bytes. A report that changed gets a new file, which replaces the old one; drafts are
 * never kept; what the Secretariat reads while its ratings are not published and what the
 * public reads are kept apart. The size of the SC66 files is printed.
 */
@PostgresTest
class KeptFilesTest {

	private static final String SC66 = "/parties/KH/reports/SC66";

	private static final String ZZ = "/parties/ZZ/reports/SC66";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private MeterRegistry registry;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private KeptFileRepository files;

	@Autowired
	private KeptFiles keptFiles;

	@Test
	void aPublishedReportsFilesAreRenderedOnceAndKept() throws Exception {
		for (String kind : new String[] { "pdf", "docx" }) {
			long renders = renders(kind);
			byte[] first = download(get(SC66 + "/annex." + kind));
			assertThat(renders(kind)).as(kind + " rendered").isEqualTo(renders + 1);
			assertThat(this.jdbc.queryForObject(
					"select octet_length(content) from kept_report_file where kind = ? and not secretariat_ratings",
					Integer.class, kind))
				.as(kind + " kept")
				.isEqualTo(first.length);

			String etag = this.mvc.perform(get(SC66 + "/annex." + kind)).andReturn().getResponse().getHeader("ETag");
			long revalidation = this.sql
				.countDuring(() -> this.mvc.perform(get(SC66 + "/annex." + kind).header("If-None-Match", etag)));
			byte[][] again = new byte[1][];
			long statements = this.sql.countDuring(() -> again[0] = download(get(SC66 + "/annex." + kind)));
			assertThat(again[0]).as(kind + " served again").isEqualTo(first);
			// Another instance, which has not served it: the file kept in PostgreSQL.
			this.keptFiles.forgetCopiesInMemory();
			byte[][] elsewhere = new byte[1][];
			long statementsElsewhere = this.sql
				.countDuring(() -> elsewhere[0] = download(get(SC66 + "/annex." + kind)));
			assertThat(elsewhere[0]).as(kind + " served by another instance").isEqualTo(first);
			assertThat(renders(kind)).as(kind + " not rendered again").isEqualTo(renders + 1);
			// What a 304 reads (the report with its Party, meeting and scale, in one
			// statement), the same for the file this instance served last, and one
			// statement more for the kept file: the report itself is not read.
			assertThat(revalidation).as(kind + " statements of a 304").isEqualTo(1);
			assertThat(statements).as(kind + " statements, served again").isEqualTo(1);
			assertThat(statementsElsewhere).as(kind + " statements, kept in PostgreSQL").isEqualTo(2);
			System.out.println("SC66 " + kind + ": " + first.length + " bytes kept; served again in " + statements
					+ " statement (" + statementsElsewhere + " from PostgreSQL, " + revalidation + " for a 304)");
		}
		// Signed in, a focal point reads the same published file: no render either.
		long renders = renders("pdf");
		Accounts accounts = new Accounts(this.users);
		download(get(SC66 + "/annex.pdf").with(accounts.as(Accounts.FOCAL_KH)));
		assertThat(renders("pdf")).isEqualTo(renders);
	}

	/**
	 * Readers of a newly published report at once: one renders its file, the others wait
	 * for that render and get the same bytes.
	 */
	@Test
	void manyFirstReadersAtOnceShareOneRender() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 2, 3);
		long renders = renders("pdf");
		ExecutorService readers = Executors.newFixedThreadPool(6);
		try {
			List<Future<byte[]>> files = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				files.add(readers.submit(() -> download(get(ZZ + "/annex.pdf"))));
			}
			byte[] first = files.get(0).get(2, TimeUnit.MINUTES);
			for (Future<byte[]> file : files) {
				assertThat(file.get(2, TimeUnit.MINUTES)).isEqualTo(first);
			}
		}
		finally {
			readers.shutdownNow();
		}
		assertThat(renders("pdf") - renders).as("renders").isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from kept_report_file where kind = 'pdf'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aChangeToTheReportGivesANewFileWhichReplacesTheOld() throws Exception {
		// A published report of this test (the seeded SC66 report stays as it is).
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 2);
		byte[] before = download(get(ZZ + "/annex.pdf"));
		String key = keyOf("pdf", false);
		// The report is reopened, changed and published again.
		this.jdbc.update("""
				update reporting_period set synopsis = 'A new synopsis, published again.', version = version + 1
				 where id = (select rp.id from reporting_period rp join party p on p.id = rp.party_id
				              join meeting m on m.id = rp.meeting_id where p.code = 'ZZ' and m.code = 'SC66')""");
		long renders = renders("pdf");
		byte[] after = download(get(ZZ + "/annex.pdf"));
		assertThat(renders("pdf")).as("rendered again").isEqualTo(renders + 1);
		assertThat(after).isNotEqualTo(before);
		assertThat(pdfText(after)).contains("A new synopsis, published again.");
		assertThat(keyOf("pdf", false)).isNotEqualTo(key);
		assertThat(this.jdbc.queryForObject("select count(*) from kept_report_file where kind = 'pdf'", Integer.class))
			.as("the old file is replaced")
			.isEqualTo(1);
		assertThat(download(get(ZZ + "/annex.pdf"))).isEqualTo(after);
		assertThat(renders("pdf")).isEqualTo(renders + 1);
	}

	@Test
	void simultaneousFirstDownloadsAllSucceedAndKeepOneFile() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int reader = 0; reader < 3; reader++) {
				Callable<Integer> download = () -> {
					start.await();
					return this.mvc.perform(get(SC66 + "/annex.pdf")).andReturn().getResponse().getStatus();
				};
				results.add(pool.submit(download));
			}
			start.countDown();
			for (Future<Integer> result : results) {
				assertThat(result.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from kept_report_file", Integer.class)).isEqualTo(1);
		// Another instance storing the same file a moment later: no conflict, no change.
		long report = this.jdbc.queryForObject("select report_id from kept_report_file", Long.class);
		byte[] kept = download(get(SC66 + "/annex.pdf"));
		assertThat(this.files.keep(report, "pdf", "en", false, keyOf("pdf", false), new byte[] { 1 }, Instant.now()))
			.isZero();
		assertThat(download(get(SC66 + "/annex.pdf"))).isEqualTo(kept);
	}

	@Test
	void aDraftIsNeverKept() throws Exception {
		Accounts accounts = new Accounts(this.users);
		this.mvc.perform(Reports.startSc67(accounts)).andReturn();
		long renders = renders("pdf");
		download(get("/parties/KH/reports/SC67/annex.pdf").with(accounts.as(Accounts.FOCAL_KH)));
		download(get("/parties/KH/reports/SC67/annex.pdf").with(accounts.as(Accounts.FOCAL_KH)));
		download(get("/parties/KH/reports/SC67/annex.docx").with(accounts.as(Accounts.FOCAL_KH)));
		assertThat(renders("pdf")).as("rendered each time").isEqualTo(renders + 2);
		assertThat(this.jdbc.queryForObject("select count(*) from kept_report_file", Integer.class)).isZero();
	}

	@Test
	void theSecretariatsFileAndThePublicFileAreKeptApart() throws Exception {
		// The Secretariat has rated an action; its ratings are not published. (The annex
		// does not print them today, but its key covers them: a file made for the
		// Secretariat can never be handed to the public.)
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 2);
		Reports.assess(this.jdbc, "ZZ", "SC66", "1.1", "UNCLEAR");
		Accounts accounts = new Accounts(this.users);
		long renders = renders("pdf");
		byte[] secretariat = download(get(ZZ + "/annex.pdf").with(accounts.as(Accounts.SECRETARIAT)));
		byte[] anyone = download(get(ZZ + "/annex.pdf"));
		assertThat(renders("pdf")).isEqualTo(renders + 2);
		assertThat(keyOf("pdf", true)).isNotEqualTo(keyOf("pdf", false));
		assertThat(download(get(ZZ + "/annex.pdf"))).isEqualTo(anyone);
		assertThat(download(get(ZZ + "/annex.pdf").with(accounts.as(Accounts.SECRETARIAT)))).isEqualTo(secretariat);
		assertThat(renders("pdf")).as("both kept").isEqualTo(renders + 2);

		// Published, the ratings are everyone's: their publication raises the report's
		// version, and the public and the Secretariat now read one new file, rendered
		// once.
		this.jdbc.update("""
				update reporting_period set assessment_published = true, version = version + 1
				 where id = (select rp.id from reporting_period rp join party p on p.id = rp.party_id
				              join meeting m on m.id = rp.meeting_id where p.code = 'ZZ' and m.code = 'SC66')""");
		byte[] published = download(get(ZZ + "/annex.pdf"));
		assertThat(download(get(ZZ + "/annex.pdf").with(accounts.as(Accounts.SECRETARIAT)))).isEqualTo(published);
		assertThat(renders("pdf")).as("one file for both").isEqualTo(renders + 3);
		assertThat(pdfText(published)).isEqualTo(pdfText(secretariat));
	}

	@Test
	void theSecretariatSharesThePublicFileOfAReportItHasNotRated() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 2);
		Accounts accounts = new Accounts(this.users);
		long renders = renders("pdf");
		byte[] secretariat = download(get(ZZ + "/annex.pdf").with(accounts.as(Accounts.SECRETARIAT)));
		assertThat(download(get(ZZ + "/annex.pdf"))).isEqualTo(secretariat);
		assertThat(download(get(ZZ + "/annex.pdf").with(accounts.as(Accounts.SECRETARIAT)))).isEqualTo(secretariat);
		assertThat(renders("pdf")).as("one file for both").isEqualTo(renders + 1);
		assertThat(this.jdbc.queryForList("select secretariat_ratings from kept_report_file where kind = 'pdf'",
				Boolean.class))
			.containsExactly(false);
		// The meeting's PDF reads each report as loaded, with no validator read before:
		// the same answer, from a statement of its own.
		download(get("/meetings/SC66/annexes.pdf").with(accounts.as(Accounts.SECRETARIAT)));
		assertThat(this.jdbc.queryForList("select secretariat_ratings from kept_report_file where kind = 'pdf'",
				Boolean.class))
			.isNotEmpty()
			.doesNotContain(true);

		// Once it rates an action (which raises the published report's version), the
		// Secretariat gets a file of its own again.
		Reports.assess(this.jdbc, "ZZ", "SC66", "1.1", "UNCLEAR");
		this.jdbc.update("""
				update reporting_period set version = version + 1
				 where id = (select rp.id from reporting_period rp join party p on p.id = rp.party_id
				              join meeting m on m.id = rp.meeting_id where p.code = 'ZZ' and m.code = 'SC66')""");
		download(get(ZZ + "/annex.pdf").with(accounts.as(Accounts.SECRETARIAT)));
		assertThat(this.jdbc.queryForList("select secretariat_ratings from kept_report_file where kind = 'pdf'",
				Boolean.class))
			.contains(true);
	}

	private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsByteArray();
	}

	private String keyOf(String kind, boolean secretariatRatings) {
		return this.jdbc.queryForObject(
				"select content_key from kept_report_file where kind = ? and secretariat_ratings = ?", String.class,
				kind, secretariatRatings);
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** How many files of this kind were rendered so far. */
	private long renders(String kind) {
		Timer timer = this.registry.find("niap.exports").tag("format", kind).timer();
		return (timer != null) ? timer.count() : 0;
	}

}
