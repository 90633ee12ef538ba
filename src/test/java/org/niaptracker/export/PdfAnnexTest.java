package org.niaptracker.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The PDF annex beyond the SC66 report: a draft on the six-rating scale of SC70, with
 * unrated actions, no document number yet, and text in Khmer, Thai, Lao, Vietnamese and
 * Chinese. Part B fits a landscape page, every script is extracted as typed, the text has
 * no ligatures, every page says the report is not published, and poppler reads the file
 * without complaint. Its Part B page and a page in Khmer are kept as PNG in
 * target/pdf-pages.
 */
@PostgresTest
class PdfAnnexTest {

	static final String KHMER = "ការអនុវត្តច្បាប់ស្តីពីព្រៃឈើ";

	static final String THAI = "ประเทศไทย";

	static final String LAO = "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ";

	static final String VIETNAMESE = "Việt Nam tăng cường thực thi pháp luật";

	static final String CHINESE = "中国加强象牙贸易执法";

	private static final List<String> SIX_RATINGS = List.of("Achieved", "Substantially achieved", "On track",
			"Partial progress", "Pending completion of another action", "Not commenced", "Not yet rated");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private Accounts accounts;

	@BeforeEach
	void sixRatingDraft() {
		this.accounts = new Accounts(this.users);
		insertSixRatingDraft(this.jdbc);
	}

	/**
	 * Party KX's draft to SC70 (six ratings): two pillars of four actions, one action on
	 * each rating and two not yet rated, long titles; no document number.
	 */
	static void insertSixRatingDraft(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into meeting (code, number, starts_on, rating_scale_id)
				select 'SC70', 70, date '2018-10-01', id from rating_scale where code = 'SC69'""");
		jdbc.update("insert into party (code, name) values ('KX', 'Kingdom of Testland')");
		Reports.draftPlan(jdbc, "KX");
		jdbc.update(
				"""
						insert into pillar (party_id, plan_revision_id, number, name)
						select p.id, r.id, n, (array['Legislation and regulations', 'National-level inter-agency enforcement'])[n]
						  from party p join plan_revision r on r.party_id = p.id, generate_series(1, 2) n where p.code = 'KX'""");
		jdbc.update("""
				insert into niap_action (pillar_id, number, position, title)
				select pl.id, pl.number || '.' || n, n,
				       'Revise the Government sub-decree on wildlife trade and strengthen the officials'' '
				       || 'capacity for enforcement (' || pl.number || '.' || n || ')'
				  from pillar pl join party p on p.id = pl.party_id, generate_series(1, 4) n where p.code = 'KX'""");
		Reports.adoptPlan(jdbc, "KX");
		jdbc.update("""
				insert into reporting_period (party_id, meeting_id, status, period_start, period_end, prepared_by,
				                              synopsis, progress_to_date, future_outlook)
				select p.id, m.id, 'DRAFT', date '2017-01-01', date '2018-06-01', 'Focal point of Testland',
				       ?, 'Progress', 'Outlook'
				  from party p, meeting m where p.code = 'KX' and m.code = 'SC70'""",
				"Synopsis in the languages of the Parties: %s. %s. %s. %s. %s.".formatted(KHMER, THAI, LAO, VIETNAMESE,
						CHINESE));
		// Actions 1.1 to 2.2 on the six ratings in order, 2.3 and 2.4 not yet rated.
		jdbc.update("""
				insert into evaluation (reporting_period_id, action_id, progress_rating_id, progress_points)
				select rp.id, a.id,
				       (select pr.id from progress_rating pr join rating_scale s on s.id = pr.rating_scale_id
				         where s.code = 'SC69' and pr.position = (pl.number - 1) * 4 + a.position),
				       array['Training of the officials: ' || ?, 'Consultations with the agencies were held.']
				  from reporting_period rp join party p on p.id = rp.party_id
				  join pillar pl on pl.party_id = p.id join niap_action a on a.pillar_id = pl.id
				 where p.code = 'KX'""", KHMER);
	}

	@Test
	void sixRatingPartBFitsALandscapePageWithWholeWords() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(draftPdf())) {
			int partB = pageWith(pdf, "PART B");
			render(pdf, partB, "six-ratings-part-b");
			PDRectangle box = pdf.getPage(partB - 1).getMediaBox();
			assertThat(box.getWidth()).as("Part B on a landscape page").isGreaterThan(box.getHeight());
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("the rest in portrait")
				.isLessThan(pdf.getPage(0).getMediaBox().getHeight());
			// A line may break after a hyphen ("sub-" / "decree"), never inside a word.
			String text = pageText(pdf, partB).replaceAll("\\s+", " ").replace("- ", "-");
			for (String rating : SIX_RATINGS) {
				assertThat(text).as("column header").contains(rating);
			}
			assertThat(text).as("no word broken inside")
				.contains("Revise the Government sub-decree on wildlife trade and strengthen the officials' capacity");
			int partC = pageWith(pdf, "PART C");
			assertThat(partC).as("Part B on one page").isEqualTo(partB + 1);
			assertThat(pdf.getPage(partC - 1).getMediaBox().getWidth()).as("Part C back in portrait")
				.isLessThan(pdf.getPage(partC - 1).getMediaBox().getHeight());
		}
	}

	/**
	 * A draft on the four-rating scale with an action not yet rated has five rating
	 * columns: landscape too, every header whole.
	 */
	@Test
	void fourRatingsAndNotYetRatedGoLandscapeToo() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "BM", 2, 3);
		this.jdbc.update("""
				update reporting_period set status = 'DRAFT'
				 where party_id = (select id from party where code = 'BM')""");
		this.jdbc.update("update evaluation set progress_rating_id = null where id = ?",
				Reports.evaluationId(this.jdbc, "BM", "SC66", "1.1"));
		byte[] bytes = this.mvc
			.perform(get("/parties/BM/reports/SC66/annex.pdf").with(this.accounts.as(Accounts.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			int partB = pageWith(pdf, "PART B");
			PDRectangle box = pdf.getPage(partB - 1).getMediaBox();
			assertThat(box.getWidth()).as("Part B on a landscape page").isGreaterThan(box.getHeight());
			assertThat(pageText(pdf, partB).replaceAll("\\s+", " ")).contains("Category/pillar",
					"Substantially achieved", "On track", "Challenging", "Unclear", "Not yet rated",
					"strengthen the enforcement of the ivory trade rules");
		}
	}

	@Test
	void everyScriptIsExtractedAsTypedWithoutLigatures() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(draftPdf())) {
			render(pdf, 1, "khmer");
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains(KHMER, THAI, VIETNAMESE, CHINESE);
			assertThat(text.replaceAll("\\s+", " ")).contains(LAO);
			assertThat(text).contains("officials").doesNotContain("#");
			assertThat(text.codePoints().filter((c) -> c >= 0xFB00 && c <= 0xFB06)).as("ligature characters").isEmpty();
			assertThat(fontNames(pdf)).anyMatch((name) -> name.contains("NotoSansKhmer"))
				.anyMatch((name) -> name.contains("NotoSansThai"))
				.anyMatch((name) -> name.contains("DroidSansFallback"));
		}
	}

	@Test
	void sc66TextHasNoLigatures() throws Exception {
		byte[] bytes = this.mvc.perform(get("/parties/KH/reports/SC66/annex.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("officials", "trafficking", "Classification");
			assertThat(text.codePoints().filter((c) -> c >= 0xFB00 && c <= 0xFB06)).isEmpty();
		}
		assertThat(poppler(bytes)).as("poppler's complaints").isEmpty();
	}

	@Test
	void aDraftSaysSoOnEveryPageAndHasATitleWithoutADocumentNumber() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(draftPdf())) {
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				assertThat(pageText(pdf, page)).as("page " + page).contains("DRAFT – NOT PUBLISHED");
			}
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Kingdom of Testland, report to SC70");
			assertThat(pdf.getDocumentInformation().getSubject()).contains("Kingdom of Testland", "70th meeting");
		}
	}

	@Test
	void everyLinkHasATitleAsPdfUaWants() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(draftPdf())) {
			List<PDAnnotationLink> links = new java.util.ArrayList<>();
			for (var page : pdf.getPages()) {
				page.getAnnotations()
					.stream()
					.filter(PDAnnotationLink.class::isInstance)
					.forEach((link) -> links.add((PDAnnotationLink) link));
			}
			assertThat(links).as("Part B's links to Part C, one per line of a title").hasSizeGreaterThanOrEqualTo(8);
			assertThat(links).extracting(PDAnnotationLink::getContents)
				.allMatch((title) -> title.matches("Action \\d\\.\\d in Part C"));
		}
	}

	@Test
	void thePublishedAnnexHasNoDraftMark() throws Exception {
		byte[] bytes = this.mvc.perform(get("/parties/KH/reports/SC66/annex.pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("NOT PUBLISHED");
		}
	}

	@Test
	void theMeetingPdfHasItsOwnTitleAndMarkInformationPopplerReads() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "BM", 2, 3);
		byte[] bytes = this.mvc.perform(get("/meetings/SC66/annexes.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String title = "SC66: National Ivory Action Plan progress reports";
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
			assertThat(new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray())
				.getDublinCoreSchema()
				.getTitle()).isEqualTo(title);
			COSDictionary markInfo = pdf.getDocumentCatalog()
				.getCOSObject()
				.getCOSDictionary(COSName.getPDFName("MarkInfo"));
			assertThat(markInfo.getBoolean(COSName.getPDFName("Marked"), false)).isTrue();
			assertThat(markInfo.containsKey(COSName.getPDFName("Suspects"))).as("no /Suspects false").isFalse();
		}
		assertThat(poppler(bytes)).as("poppler's complaints").isEmpty();
	}

	private byte[] draftPdf() throws Exception {
		return this.mvc.perform(get("/parties/KX/reports/SC70/annex.pdf").with(this.accounts.as(Accounts.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static int pageWith(PDDocument pdf, String text) throws IOException {
		for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
			if (pageText(pdf, page).contains(text)) {
				return page;
			}
		}
		throw new AssertionError("No page with " + text);
	}

	private static String pageText(PDDocument pdf, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(pdf);
	}

	private static List<String> fontNames(PDDocument pdf) throws IOException {
		List<String> names = new java.util.ArrayList<>();
		for (var page : pdf.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				names.add(page.getResources().getFont(name).getName());
			}
		}
		return names;
	}

	/**
	 * What poppler's pdfinfo and pdftotext write on standard error (their syntax errors);
	 * empty where poppler is not installed.
	 */
	private static String poppler(byte[] pdf) throws Exception {
		if (!Files.isExecutable(Path.of("/usr/bin/pdftotext"))) {
			return "";
		}
		Path file = Files.createTempFile("annex", ".pdf");
		try {
			Files.write(file, pdf);
			return run("pdfinfo", file.toString()) + run("pdftotext", file.toString(), "/dev/null");
		}
		finally {
			Files.delete(file);
		}
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		String errors;
		try (InputStream err = process.getErrorStream()) {
			errors = new String(err.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return errors;
	}

	/**
	 * One page as PNG (poppler's pdftoppm) in target/pdf-pages, for a reader to look at.
	 */
	private static void render(PDDocument pdf, int page, String name) throws Exception {
		if (!Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
			Assertions.assertFalse(Boolean.parseBoolean(System.getenv("NIAP_REQUIRE_BROWSER")),
					"pdftoppm missing: apt-get install poppler-utils");
			return;
		}
		Path pages = Path.of("target", "pdf-pages");
		Files.createDirectories(pages);
		Path file = ExportTest.OUT.resolve(name + ".pdf");
		Files.createDirectories(ExportTest.OUT);
		pdf.save(file.toFile());
		Process process = new ProcessBuilder("pdftoppm", "-r", "80", "-png", "-singlefile", "-f", String.valueOf(page),
				"-l", String.valueOf(page), file.toString(), pages.resolve(name).toString())
			.redirectErrorStream(true)
			.start();
		try (InputStream out = process.getInputStream()) {
			out.readAllBytes();
		}
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		assertThat(pages.resolve(name + ".png")).exists();
	}

}
