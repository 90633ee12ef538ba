package org.niaptracker.export;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Word annex as the OOXML schema and other readers than POI want it: every table with
 * its grid and one width, a Normal style with its font and language, margins, the points
 * as a real bulleted list, Part B with "Progress rating" over the ratings and, on the
 * six-rating scale, a landscape section. Read back with python-docx (Debian's
 * python3-docx) where it is installed, and rendered by LibreOffice to PNG in
 * target/docx-pages where LibreOffice is installed.
 */
@PostgresTest
class WordAnnexTest {

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
		PdfAnnexTest.insertSixRatingDraft(this.jdbc);
	}

	@Test
	void theStructureIsWhatTheSchemaAndOtherReadersWant() throws Exception {
		for (byte[] docx : List.of(sc66(), draft())) {
			try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
				for (XWPFTable table : document.getTables()) {
					CTTbl xml = table.getCTTbl();
					assertThat(xml.getTblGrid()).as("tblGrid").isNotNull();
					int columns = table.getRows()
						.stream()
						.mapToInt((row) -> row.getTableCells()
							.stream()
							.mapToInt((cell) -> (cell.getCTTc().getTcPr().getGridSpan() != null)
									? cell.getCTTc().getTcPr().getGridSpan().getVal().intValue() : 1)
							.sum())
						.max()
						.orElseThrow();
					assertThat(xml.getTblGrid().sizeOfGridColArray()).as("a grid column per column").isEqualTo(columns);
					assertThat(java.util.regex.Pattern.compile("<(\\w+:)?tblW\\b")
						.matcher(xml.getTblPr().xmlText())
						.results()).as("one tblW").hasSize(1);
				}
				var styles = document.getStyles();
				assertThat(styles.getStyle("Normal")).isNotNull();
				assertThat(styles.getStyle("Normal").getCTStyle().getDefault()).isNotNull();
				var defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
				assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo("Arial");
				assertThat(defaults.getLangArray(0).getVal()).isEqualTo("en-GB");
				CTSectPr body = document.getDocument().getBody().getSectPr();
				assertThat(body.getPgMar().getLeft()).isEqualTo(java.math.BigInteger.valueOf(1020));
				XWPFTable partC = document.getTables().get(2);
				List<XWPFParagraph> points = partC.getRows()
					.stream()
					.skip(1)
					.flatMap((row) -> row.getTableCells().stream())
					.flatMap((cell) -> cell.getParagraphs().stream())
					.filter((paragraph) -> paragraph.getNumID() != null)
					.toList();
				assertThat(points).as("points as a list").isNotEmpty();
				assertThat(points).allSatisfy((point) -> assertThat(point.getText()).doesNotStartWith("•"));
				assertThat(document.getNumbering().getAbstractNums()).isNotEmpty();
			}
		}
	}

	@Test
	void sixRatingPartBHasALandscapeSectionAndAProgressRatingHeader() throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(draft()))) {
			XWPFTable partB = document.getTables().get(1);
			assertThat(partB.getRow(0).getCell(0).getText()).isEqualTo("Category/pillar");
			assertThat(partB.getRow(0).getCell(1).getText()).isEqualTo("Progress rating");
			assertThat(partB.getRow(1).getTableCells()).extracting((cell) -> cell.getText())
				.containsExactly("", "Achieved", "Substantially achieved", "On track", "Partial progress",
						"Pending completion of another action", "Not commenced", "Not yet rated");
			assertThat(ExportTest.partBColumnsOfWord(partB)).containsEntry("1.1", "Achieved")
				.containsEntry("2.2", "Not commenced")
				.containsEntry("2.4", "Not yet rated");
			List<CTSectPr> sections = document.getParagraphs()
				.stream()
				.filter((p) -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
				.map((p) -> p.getCTP().getPPr().getSectPr())
				.toList();
			assertThat(sections).extracting((section) -> section.getPgSz().getOrient())
				.containsExactly(STPageOrientation.PORTRAIT, STPageOrientation.LANDSCAPE);
			assertThat(sections).allSatisfy((section) -> assertThat(section.sizeOfHeaderReferenceArray()).isOne());
			assertThat(document.getHeaderList().get(0).getText()).contains("DRAFT – NOT PUBLISHED");
		}
	}

	/** python-docx reads the tables' rows and cells, the sections and the list. */
	@Test
	void pythonDocxReadsItAsIntended() throws Exception {
		String python = pythonWithDocx();
		Path sc66 = save("SC66-Doc29-Annex19-Cambodia.docx", sc66());
		Path draft = save("six-ratings-draft.docx", draft());
		String script = """
				import sys, docx
				for name in sys.argv[1:]:
				    d = docx.Document(name)
				    print("tables", len(d.tables))
				    for t in d.tables:
				        print("table", len(t.rows), len(t.columns))
				    b = d.tables[1]
				    print("head0", "|".join(c.text for c in b.rows[0].cells))
				    print("head1", "|".join(c.text for c in b.rows[1].cells))
				    print("sections", ",".join("landscape" if s.page_width > s.page_height else "portrait"
				                               for s in d.sections))
				    print("normal", d.styles["Normal"].font.name or "")
				    items = [p for r in d.tables[2].rows for c in r.cells for p in c.paragraphs
				             if p._p.pPr is not None and p._p.pPr.numPr is not None]
				    print("bullets", len(items))
				""";
		List<String> lines = run(python, "-c", script, sc66.toString(), draft.toString());
		int second = lines.lastIndexOf("tables 3");
		assertThat(second).as("both files read: " + lines).isPositive();
		List<String> first = lines.subList(0, second);
		List<String> six = lines.subList(second, lines.size());
		assertThat(first).contains("table 3 2", "table 8 5", "sections portrait",
				"head0 Category/pillar|Progress rating|Progress rating|Progress rating|Progress rating",
				"head1 Category/pillar|Substantially achieved|On track|Challenging|Unclear");
		assertThat(first.stream().filter((line) -> line.startsWith("table ")).skip(2).findFirst().orElseThrow())
			.as("Part C: header, 6 pillar rows, 13 actions")
			.isEqualTo("table 20 3");
		assertThat(six).contains("table 4 8", "sections portrait,landscape,portrait",
				"head1 Category/pillar|Achieved|Substantially achieved|On track|Partial progress|"
						+ "Pending completion of another action|Not commenced|Not yet rated");
		assertThat(six).anyMatch((line) -> line.equals("bullets 16"));
	}

	/** The six-rating draft as LibreOffice lays it out, each page as PNG. */
	@Test
	void libreOfficeRendersIt() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")),
				"LibreOffice not installed (libreoffice-writer): the Word file is not rendered");
		Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm")), "pdftoppm not installed");
		Path docx = save("six-ratings-draft.docx", draft());
		Path out = Path.of("target", "docx-pages").toAbsolutePath();
		Files.createDirectories(out);
		run("/usr/bin/soffice", "--headless", "-env:UserInstallation=file://" + out.resolve("lo-profile"),
				"--convert-to", "pdf", "--outdir", out.toString(), docx.toAbsolutePath().toString());
		Path pdf = out.resolve("six-ratings-draft.pdf");
		assertThat(pdf).exists();
		run("pdftoppm", "-r", "60", "-png", pdf.toString(), out.resolve("six-ratings-draft").toString());
		try (var pages = Files.list(out)) {
			assertThat(pages.filter((f) -> f.getFileName().toString().endsWith(".png")).count()).isGreaterThan(2);
		}
	}

	private byte[] sc66() throws Exception {
		return this.mvc.perform(get("/parties/KH/reports/SC66/annex.docx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private byte[] draft() throws Exception {
		return this.mvc.perform(get("/parties/KX/reports/SC70/annex.docx").with(this.accounts.as(Accounts.SECRETARIAT)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static Path save(String name, byte[] docx) throws Exception {
		Files.createDirectories(ExportTest.OUT);
		return Files.write(ExportTest.OUT.resolve(name), docx);
	}

	/**
	 * A Python 3 that has python-docx: Debian's (apt-get install python3-docx), as CI
	 * installs it. Without one the test is skipped, or fails where CI requires it
	 * (NIAP_REQUIRE_BROWSER).
	 */
	private static String pythonWithDocx() throws Exception {
		for (String python : List.of("/usr/bin/python3", "python3")) {
			try {
				Process process = new ProcessBuilder(python, "-c", "import docx").redirectErrorStream(true).start();
				process.getInputStream().readAllBytes();
				if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
					return python;
				}
			}
			catch (java.io.IOException ex) {
				// Not installed: try the next one.
			}
		}
		if (Boolean.parseBoolean(System.getenv("NIAP_REQUIRE_BROWSER"))) {
			Assertions.fail("python3-docx missing: apt-get install python3-docx");
		}
		Assumptions.abort("python3-docx not installed (apt-get install python3-docx): Word file not read by it");
		return null;
	}

	private static List<String> run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output;
		try (InputStream out = process.getInputStream()) {
			output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output.lines().toList();
	}

}
