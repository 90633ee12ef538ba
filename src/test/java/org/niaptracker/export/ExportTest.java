package org.niaptracker.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportView;
import org.niaptracker.test.PdfPartB;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SC66 report exported as the annex: every action, rating and point in order in the
 * PDF and the Word file, Part B's actions in their rating's column, fonts embedded, the
 * JSON valid against its schema, the CSV complete. The files and the PDF's pages as PNG
 * are kept under target/exports for a reader to look at.
 */
@PostgresTest
class ExportTest {

	static final Path OUT = Path.of("target", "exports");

	private static final String SC66 = "/parties/KH/reports/SC66";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ReportReader reports;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void pdfHasEveryActionRatingAndPointInOrderWithTheStampAndCover() throws Exception {
		MvcResult result = download("/annex.pdf", "application/pdf", "SC66-Doc29-Annex19-Cambodia.pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// A line may break after a hyphen ("anti-" / "poaching"): compare without
			// those breaks.
			String text = flat(new PDFTextStripper().getText(document)).replace("- ", "-");
			assertInOrder(text, expectedSequence(sc66()).stream().map((item) -> item.replace("- ", "-")).toList());
			assertThat(text).contains("CITES SC66 NATIONAL IVORY ACTION PLAN PROGRESS REPORT",
					"Prepared for the 66th meeting of the CITES Standing Committee", "CAMBODIA",
					"November 2014 – September 2015", "Heng Kimchhay",
					"(English only / únicamente en inglés / seulement en anglais)");
			assertThat(text).as("Part A's sentence generated from the ratings")
				.contains("From the ratings in Part B: Nine out of the thirteen actions are on track");
			assertThat(document.getNumberOfPages()).as("pages").isBetween(6, 14);
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				PDFTextStripper onePage = new PDFTextStripper();
				onePage.setStartPage(page);
				onePage.setEndPage(page);
				assertThat(onePage.getText(document)).as("stamp on page " + page).contains("SC66 Doc. 29 Annex 19");
			}
			assertThat(document.getDocumentInformation().getTitle()).contains("SC66 Doc. 29 Annex 19", "Cambodia");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
			List<String> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
					fonts.add(font.getName());
				}
			}
			assertThat(fonts).anyMatch((font) -> font.contains("DejaVu"));
			assertThat(PdfPartB.columns(document)).isEqualTo(ratingsByAction(sc66()));
		}
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("SC66-Doc29-Annex19-Cambodia.pdf"), pdf);
		renderPages(OUT.resolve("SC66-Doc29-Annex19-Cambodia.pdf"));
	}

	@Test
	void wordHasEveryActionRatingAndPointInOrderInRealTables() throws Exception {
		MvcResult result = download("/annex.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"SC66-Doc29-Annex19-Cambodia.docx");
		byte[] docx = result.getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = flat(extractor.getText());
			assertInOrder(text, expectedSequence(sc66()));
			assertThat(text).contains("SC66 Doc. 29 Annex 19", "CITES SC66 NATIONAL IVORY ACTION PLAN PROGRESS REPORT",
					"Prepared for the 66th meeting of the CITES Standing Committee", "CAMBODIA",
					"November 2014 – September 2015", "Heng Kimchhay");
			assertThat(text).as("Part A's sentence generated from the ratings")
				.contains("From the ratings in Part B: Nine out of the thirteen actions are on track");
			assertThat(document.getTables()).as("cover, Part B, Part C").hasSize(3);
			assertThat(document.getParagraphs()).filteredOn((p) -> "Heading1".equals(p.getStyle()))
				.extracting(XWPFParagraph::getText)
				.containsExactly("PART A: SYNOPSIS OF NIAP IMPLEMENTATION",
						"PART B: SUMMARY EVALUATION OF ACTIONS (ASSIGNED PROGRESS RATINGS)",
						"PART C: DETAILED EVALUATION OF ACTIONS");
			assertThat(partBColumnsOfWord(document.getTables().get(1))).isEqualTo(ratingsByAction(sc66()));
			assertThat(document.getTables().get(2).getRow(0).isRepeatHeader()).isTrue();
		}
		Files.createDirectories(OUT);
		Files.write(OUT.resolve("SC66-Doc29-Annex19-Cambodia.docx"), docx);
	}

	@Test
	void jsonFollowsItsSchemaAndRoundTrips() throws Exception {
		String body = download("/report.json", "application/json", "SC66-Doc29-Annex19-Cambodia.json").getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String schemaText = this.mvc.perform(get(ReportDocument.SCHEMA))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText);
		JsonNode node = this.json.readTree(body);
		List<Error> errors = schema.validate(node);
		assertThat(errors).isEmpty();

		ReportDocument document = this.json.readValue(body, ReportDocument.class);
		assertThat(this.json.readTree(this.json.writeValueAsString(document))).isEqualTo(node);
		assertThat(document.pillars()).hasSize(6);
		assertThat(document.pillars().stream().flatMap((p) -> p.actions().stream()))
			.extracting(ReportDocument.Action::number, ReportDocument.Action::rating)
			.contains(org.assertj.core.groups.Tuple.tuple("5.2", "ON_TRACK"),
					org.assertj.core.groups.Tuple.tuple("4.1", "SUBSTANTIALLY_ACHIEVED"));
		assertThat(document.cover().periodStart()).isEqualTo("2014-11");

		((tools.jackson.databind.node.ObjectNode) node.get("party")).put("code", "Cambodia");
		assertThat(schema.validate(node)).as("the schema does refuse a wrong shape").isNotEmpty();
	}

	@Test
	void csvHasOneRowPerActionWithItsPoints() throws Exception {
		byte[] body = download("/evaluations.csv", "text/csv;charset=UTF-8", "SC66-Doc29-Annex19-Cambodia.csv")
			.getResponse()
			.getContentAsByteArray();
		assertThat(java.util.Arrays.copyOf(body, 3)).as("UTF-8 byte-order mark, for Excel")
			.containsExactly(0xEF, 0xBB, 0xBF);
		List<CSVRecord> rows = csv(body);
		assertThat(rows.get(0).getParser().getHeaderNames()).first()
			.as("the mark is not part of the header")
			.isEqualTo("party");
		ReportView sc66 = sc66();
		assertThat(rows).extracting((row) -> row.get("action"))
			.containsExactlyElementsOf(sc66.actions().stream().map(ReportView.ActionView::number).toList());
		CSVRecord row12 = rows.get(1);
		assertThat(row12.get("rating")).isEqualTo("CHALLENGING");
		assertThat(row12.get("points").split("\n")).containsExactlyElementsOf(sc66.actions().get(1).points());
	}

	@Test
	void printViewIsTheAnnexWithoutTheApplicationAround() throws Exception {
		String html = this.mvc.perform(get(SC66 + "/print?lang=fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
		assertThat(page.select("header.site-header, nav, form, button")).as("no navigation or buttons").isEmpty();
		assertThat(page.select("style")).as("no inline style, which the Content-Security-Policy refuses").isEmpty();
		assertThat(page.select("link[rel=stylesheet]").attr("href")).matches("/css/annex-[0-9a-f]{32}\\.css");
		assertThat(page.select(".stamp__ref").text()).isEqualTo("SC66 Doc. 29 Annex 19");
		assertThat(page.select("#part-c tr[data-action]")).hasSize(13);
		assertThat(page.select("#part-b-heading").text()).as("the annex is in the report's language")
			.startsWith("Part B");
		assertThat(page.select("[data-generated=rating-summary]").text())
			.isEqualTo("From the ratings in Part B: Nine out of the thirteen actions are on track, two substantially"
					+ " achieved and two challenging.");
	}

	@Test
	void aMeetingsPublishedReportsComeAsOnePdfOneAnnexAfterTheOther() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "BM", 2, 3);
		MvcResult result = this.mvc.perform(get("/meetings/SC66/annexes.pdf")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("SC66-NIAP-progress-reports.pdf");
		try (PDDocument all = Loader.loadPDF(result.getResponse().getContentAsByteArray());
				PDDocument cambodia = Loader.loadPDF(
						this.mvc.perform(get(SC66 + "/annex.pdf")).andReturn().getResponse().getContentAsByteArray())) {
			String text = flat(new PDFTextStripper().getText(all));
			assertThat(all.getNumberOfPages()).isGreaterThan(cambodia.getNumberOfPages());
			assertThat(text.indexOf("SC66 Doc. 29 Annex 19")).as("Cambodia first, by name")
				.isLessThan(text.indexOf("SC66 Doc. 29 Annex 99"));
			assertThat(text).contains("TEST PARTY BM", "Action 2.3");
		}
	}

	/**
	 * The CSV as a reader that honours a byte-order mark reads it (Commons IO's
	 * BOMInputStream before Commons CSV).
	 */
	static List<CSVRecord> csv(byte[] body) throws IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new java.io.InputStreamReader(org.apache.commons.io.input.BOMInputStream.builder()
				.setInputStream(new ByteArrayInputStream(body))
				.get(), StandardCharsets.UTF_8))
			.getRecords();
	}

	private MvcResult download(String file, String contentType, String fileName) throws Exception {
		MvcResult result = this.mvc.perform(get(SC66 + file)).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo(contentType);
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment")
			.contains("filename=\"" + fileName + "\"");
		return result;
	}

	private ReportView sc66() {
		return this.reports.read("KH", "SC66").report();
	}

	/** Each action's number, title, rating and points, in the order of Part C. */
	static List<String> expectedSequence(ReportView report) {
		List<String> sequence = new ArrayList<>();
		for (ReportView.ActionView action : report.actions()) {
			sequence.add(action.number() + " " + action.title());
			sequence.add(action.rating().label().toUpperCase(java.util.Locale.ENGLISH));
			action.points().forEach((point) -> sequence.add(flat(point)));
		}
		return sequence;
	}

	static Map<String, String> ratingsByAction(ReportView report) {
		Map<String, String> ratings = new TreeMap<>();
		report.actions().forEach((action) -> ratings.put(action.number(), action.rating().label()));
		return ratings;
	}

	static void assertInOrder(String text, List<String> expected) {
		int from = 0;
		for (String item : expected) {
			int at = text.indexOf(item, from);
			Assertions.assertTrue(at >= 0,
					() -> "not found after position " + text.length() + ": \"" + item + "\" in order");
			from = at + item.length();
		}
	}

	/** Whitespace (line breaks from the layout) made single spaces. */
	static String flat(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	/**
	 * Part B of the Word file: each action number mapped to the header of its column (the
	 * second header row, under "Progress rating").
	 */
	static Map<String, String> partBColumnsOfWord(XWPFTable table) {
		Map<String, String> columns = new TreeMap<>();
		assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Progress rating");
		XWPFTableRow head = table.getRow(1);
		for (int r = 2; r < table.getNumberOfRows(); r++) {
			XWPFTableRow row = table.getRow(r);
			for (int c = 1; c < row.getTableCells().size(); c++) {
				for (XWPFParagraph paragraph : row.getCell(c).getParagraphs()) {
					Matcher number = ACTION.matcher(paragraph.getText());
					if (number.find()) {
						columns.put(number.group(1), head.getCell(c).getText());
					}
				}
			}
		}
		return columns;
	}

	private static final Pattern ACTION = Pattern.compile("^(\\d+\\.\\d+)\\s");

	/** The PDF's pages as PNG (poppler's pdftoppm), for a reader to look at. */
	private static void renderPages(Path pdf) throws IOException, InterruptedException {
		boolean available = Files.isExecutable(Path.of("/usr/bin/pdftoppm"));
		if (Boolean.parseBoolean(System.getenv("NIAP_REQUIRE_BROWSER"))) {
			Assertions.assertTrue(available, "pdftoppm missing: apt-get install poppler-utils");
		}
		Assumptions.assumeTrue(available, "pdftoppm not installed (poppler-utils): pages not rendered");
		Path pages = Path.of("target", "pdf-pages");
		Files.createDirectories(pages);
		try (var old = Files.list(pages)) {
			for (Path file : old.filter((f) -> f.getFileName().toString().startsWith("sc66")).toList()) {
				Files.delete(file);
			}
		}
		Process process = new ProcessBuilder("pdftoppm", "-r", "70", "-png", pdf.toString(),
				pages.resolve("sc66").toString())
			.redirectErrorStream(true)
			.start();
		try (InputStream out = process.getInputStream()) {
			out.readAllBytes();
		}
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		try (var files = Files.list(pages)) {
			assertThat(files.filter((f) -> f.getFileName().toString().startsWith("sc66")).count()).isPositive();
		}
	}

}
