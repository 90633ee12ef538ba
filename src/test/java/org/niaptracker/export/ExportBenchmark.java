package org.niaptracker.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a PDF and a Word file of the SC66 report take, and how that grows for a report
 * of 200 actions: median of several warm runs, reported as ratios measured in one run.
 * Each run is a first download (rendered and kept); the SC66 PDF is also read again once
 * kept. Not part of {@code ./mvnw verify} (the name does not end in Test); run it with
 * {@code ./mvnw test -Dtest=ExportBenchmark}. Results go to target/benchmark/exports.txt.
 */
@PostgresTest
class ExportBenchmark {

	private static final int WARM_UP = 3;

	private static final int RUNS = 9;

	@Autowired
	private ExportService exports;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void pdfAndWordOfThirteenAndTwoHundredActions() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "BM", 10, 20);
		assertThat(this.exports.load("BM", "SC66").report().actions()).hasSize(200);

		double pdf13 = median(() -> file("KH", ReportFile.PDF));
		double pdf200 = median(() -> file("BM", ReportFile.PDF));
		double docx13 = median(() -> file("KH", ReportFile.DOCX));
		double docx200 = median(() -> file("BM", ReportFile.DOCX));
		file("KH", ReportFile.PDF);
		double keptPdf13 = median(() -> null, () -> file("KH", ReportFile.PDF));
		int pages13;
		int pages200;
		try (PDDocument small = Loader.loadPDF(file("KH", ReportFile.PDF));
				PDDocument big = Loader.loadPDF(file("BM", ReportFile.PDF))) {
			pages13 = small.getNumberOfPages();
			pages200 = big.getNumberOfPages();
		}
		List<String> lines = List.of(
				"Export benchmark: median of %d warm runs (after %d warm-up runs), one JVM, one run".formatted(RUNS,
						WARM_UP),
				"PDF  SC66 (13 actions, %d pages):  %.0f ms".formatted(pages13, pdf13),
				"PDF  200 actions (%d pages):        %.0f ms".formatted(pages200, pdf200),
				"DOCX SC66 (13 actions):            %.0f ms".formatted(docx13),
				"DOCX 200 actions:                  %.0f ms".formatted(docx200),
				"PDF  SC66 kept, read again:        %.1f ms".formatted(keptPdf13),
				"ratio PDF 200/13 actions:  %.1f (actions x%.1f)".formatted(pdf200 / pdf13, 200 / 13.0),
				"ratio DOCX 200/13 actions: %.1f".formatted(docx200 / docx13),
				"ratio PDF/DOCX for SC66:   %.1f".formatted(pdf13 / docx13));
		Path out = Path.of("target", "benchmark");
		Files.createDirectories(out);
		Files.write(out.resolve("exports.txt"), lines);
		lines.forEach(System.out::println);
	}

	/** The Party's SC66 file as a reader without a copy downloads it. */
	private byte[] file(String party, ReportFile file) {
		return this.exports.download(party, "SC66", file, false, (etag) -> false).content();
	}

	/**
	 * A first download's export: the report read and the file rendered, with the look
	 * among the kept files before and the keeping after (the kept files are emptied
	 * before each run).
	 */
	private double median(Supplier<byte[]> export) {
		return median(() -> {
			this.jdbc.update("delete from kept_report_file");
			return null;
		}, export);
	}

	/** The median time of an export, {@code before} run before each (not timed). */
	private static double median(Supplier<Void> before, Supplier<byte[]> export) {
		for (int i = 0; i < WARM_UP; i++) {
			before.get();
			assertThat(export.get()).isNotEmpty();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			before.get();
			long start = System.nanoTime();
			assertThat(export.get()).isNotEmpty();
			times.add((System.nanoTime() - start) / 1e6);
		}
		double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return sorted[sorted.length / 2];
	}

}
