package org.niaptracker.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one PDF render costs, before and after the fonts were read and measured once
 * (issue 13), in one run: bytes allocated by the rendering thread and time per render
 * (wall and the thread's CPU time; median of warm renders, each variant in turn so that
 * the machine's noise falls on both), for the SC66 annex (13 actions), the overview with
 * its chart, and a report of 200 actions. "Before" is PdfExporter.render as it was (every
 * font registered from the jar, no cache of metrics), kept here for the comparison. Not
 * part of {@code ./mvnw verify} (the name does not end in Test); run it with
 * {@code ./mvnw verify -Dtest=PdfRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Results go to target/benchmark/pdf-render.txt.
 */
@PostgresTest
class PdfRenderBenchmark {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	@Autowired
	private ExportService exports;

	@Autowired
	private AnnexRenderer annex;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void rendersBeforeAndAfter() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "BM", 10, 20);
		String sc66 = this.annex.html(this.exports.load("KH", "SC66"));
		String large = this.annex.html(this.exports.load("BM", "SC66"));
		String overview = this.annex.overviewHtml(this.exports.overview("SC66"));
		assertThat(overview).contains("<svg");

		List<String> lines = new ArrayList<>();
		lines.add(
				"PDF render, before (fonts from the jar on every render, no metrics cache) and after, one JVM, one run;");
		lines.add(
				"allocated = bytes allocated by the rendering thread (ThreadMXBean); time = wall; CPU = the thread's CPU time");
		PdfExporter fresh = new PdfExporter();
		long first = allocated(() -> fresh.render(sc66));
		lines.add("after, first render of a new PdfExporter (SC66): %.1f MB allocated, files read: %s"
			.formatted(first / 1e6, fresh.fontFilesRead()));
		long second = allocated(() -> fresh.render(sc66));
		lines.add("after, second render (SC66): %.1f MB allocated, files read: %s".formatted(second / 1e6,
				fresh.fontFilesRead()));
		PdfExporter after = new PdfExporter();
		lines.addAll(compare("SC66 annex (13 actions)", sc66, 20, 20, after));
		lines.addAll(compare("SC66 overview (chart)", overview, 20, 20, after));
		lines.addAll(compare("annex of 200 actions", large, 5, 9, after));
		lines.addAll(parsing());
		Path out = Path.of("target", "benchmark");
		Files.createDirectories(out);
		Files.write(out.resolve("pdf-render.txt"), lines);
		lines.forEach(System.out::println);
	}

	/**
	 * Two renders at once, as the rendering slots allow, 10 each of the SC66 annex,
	 * before and after: elapsed time and the collector's work, per collector (with
	 * {@code -XX:+UseSerialGC}, "MarkSweepCompact" counts the full collections). Meant to
	 * be run with a small heap: {@code -DargLine="-Xmx160m -XX:+UseSerialGC"}.
	 */
	@Test
	void twoRendersAtOnce() throws Exception {
		String sc66 = this.annex.html(this.exports.load("KH", "SC66"));
		PdfExporter after = new PdfExporter();
		for (int i = 0; i < 5; i++) {
			renderBefore(sc66);
			after.render(sc66);
		}
		List<String> lines = new ArrayList<>();
		lines.add("Two threads rendering the SC66 annex 10 times each at once; heap %d MB, collectors %s".formatted(
				Runtime.getRuntime().maxMemory() / 1_000_000,
				ManagementFactory.getGarbageCollectorMXBeans().stream().map((gc) -> gc.getName()).toList()));
		lines.add("  before: " + atOnce(() -> renderBefore(sc66)));
		lines.add("  after:  " + atOnce(() -> after.render(sc66)));
		lines.add("  before: " + atOnce(() -> renderBefore(sc66)));
		lines.add("  after:  " + atOnce(() -> after.render(sc66)));
		Path out = Path.of("target", "benchmark");
		Files.createDirectories(out);
		Files.write(out.resolve("pdf-render-at-once.txt"), lines);
		lines.forEach(System.out::println);
	}

	private static String atOnce(Runnable render) throws Exception {
		System.gc();
		List<java.lang.management.GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
		long[] counts = collectors.stream().mapToLong((gc) -> gc.getCollectionCount()).toArray();
		long[] times = collectors.stream().mapToLong((gc) -> gc.getCollectionTime()).toArray();
		long start = System.nanoTime();
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<?>> done = new ArrayList<>();
			for (int thread = 0; thread < 2; thread++) {
				done.add(threads.submit(() -> {
					for (int i = 0; i < 10; i++) {
						render.run();
					}
				}));
			}
			for (java.util.concurrent.Future<?> thread : done) {
				thread.get();
			}
		}
		finally {
			threads.shutdown();
		}
		StringBuilder result = new StringBuilder("%.1f s".formatted((System.nanoTime() - start) / 1e9));
		for (int i = 0; i < collectors.size(); i++) {
			result.append(", %s %d collections %d ms".formatted(collectors.get(i).getName(),
					collectors.get(i).getCollectionCount() - counts[i],
					collectors.get(i).getCollectionTime() - times[i]));
		}
		return result.toString();
	}

	private static List<String> compare(String name, String html, int warmUp, int runs, PdfExporter after) {
		Function<String, byte[]> before = PdfRenderBenchmark::renderBefore;
		for (int i = 0; i < warmUp; i++) {
			before.apply(html);
			after.render(html);
		}
		long[] beforeBytes = new long[runs];
		long[] afterBytes = new long[runs];
		long[] beforeNanos = new long[runs];
		long[] afterNanos = new long[runs];
		long[] beforeCpu = new long[runs];
		long[] afterCpu = new long[runs];
		for (int i = 0; i < runs; i++) {
			long cpu = THREADS.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			beforeBytes[i] = allocated(() -> before.apply(html));
			beforeNanos[i] = System.nanoTime() - start;
			beforeCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu;
			cpu = THREADS.getCurrentThreadCpuTime();
			start = System.nanoTime();
			afterBytes[i] = allocated(() -> after.render(html));
			afterNanos[i] = System.nanoTime() - start;
			afterCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu;
		}
		double bb = median(beforeBytes) / 1e6;
		double ab = median(afterBytes) / 1e6;
		double bt = median(beforeNanos) / 1e6;
		double at = median(afterNanos) / 1e6;
		double bc = median(beforeCpu) / 1e6;
		double ac = median(afterCpu) / 1e6;
		return List.of("%s, median of %d after %d warm-up renders:".formatted(name, runs, warmUp),
				"  before: %6.1f MB allocated, %6.0f ms, %6.0f ms CPU".formatted(bb, bt, bc),
				"  after:  %6.1f MB allocated, %6.0f ms, %6.0f ms CPU".formatted(ab, at, ac),
				"  after/before: allocation %.2f, time %.2f, CPU %.2f".formatted(ab / bb, at / bt, ac / bc));
	}

	/**
	 * What parsing the four DejaVu fonts that an annex in English prints allocates, alone
	 * (fontbox) and loaded into a document (PDFBox): the most that sharing parsed fonts
	 * between renders could save per render.
	 */
	private static List<String> parsing() throws IOException {
		List<byte[]> files = new ArrayList<>();
		for (String file : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
				"DejaVuSerif-Bold.ttf")) {
			try (var in = PdfRenderBenchmark.class.getResourceAsStream("/fonts/" + file)) {
				files.add(in.readAllBytes());
			}
		}
		Runnable parse = () -> {
			for (byte[] file : files) {
				try {
					new TTFParser().parse(new RandomAccessReadBuffer(file)).close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		};
		Runnable load = () -> {
			try (PDDocument document = new PDDocument()) {
				for (byte[] file : files) {
					PDType0Font.load(document, new RandomAccessReadBuffer(file), true, false);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
		long[] parsed = new long[20];
		long[] loaded = new long[20];
		for (int i = 0; i < 20; i++) {
			parse.run();
			load.run();
		}
		for (int i = 0; i < 20; i++) {
			parsed[i] = allocated(parse);
			loaded[i] = allocated(load);
		}
		return List.of("the 4 DejaVu fonts of an annex in English, median of 20: parsed (fontbox) %.1f MB allocated, "
			.formatted(median(parsed) / 1e6)
				+ "loaded into a document (PDType0Font.load) %.1f MB".formatted(median(loaded) / 1e6));
	}

	private static long allocated(Runnable render) {
		long start = THREADS.getCurrentThreadAllocatedBytes();
		render.run();
		return THREADS.getCurrentThreadAllocatedBytes() - start;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** PdfExporter.render before issue 13, for the comparison. */
	private static final String[][] FONTS_BEFORE = { { "DejaVuSans.ttf", "DejaVu Sans", "400", "NORMAL" },
			{ "DejaVuSans-Bold.ttf", "DejaVu Sans", "700", "NORMAL" },
			{ "DejaVuSans-Oblique.ttf", "DejaVu Sans", "400", "ITALIC" },
			{ "DejaVuSerif.ttf", "DejaVu Serif", "400", "NORMAL" },
			{ "DejaVuSerif-Bold.ttf", "DejaVu Serif", "700", "NORMAL" },
			{ "NotoSansKhmer-Regular.ttf", "Noto Sans Khmer", "400", "NORMAL" },
			{ "NotoSansKhmer-Bold.ttf", "Noto Sans Khmer", "700", "NORMAL" },
			{ "NotoSansThai-Regular.ttf", "Noto Sans Thai", "400", "NORMAL" },
			{ "NotoSansThai-Bold.ttf", "Noto Sans Thai", "700", "NORMAL" },
			{ "DroidSansFallbackFull.ttf", "Droid Sans Fallback", "400", "NORMAL" } };

	private static byte[] renderBefore(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		Document document = Jsoup.parse(html);
		Elements charts = document.select("svg");
		boolean withCharts = !charts.isEmpty();
		if (withCharts) {
			builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
			charts.attr("font-family", "DejaVu Sans");
			for (Element chart : charts) {
				chart.attr("alt", chart.select("> title").text());
			}
		}
		for (String[] font : FONTS_BEFORE) {
			builder.useFont(() -> PdfRenderBenchmark.class.getResourceAsStream("/fonts/" + font[0]), font[1],
					Integer.parseInt(font[2]), FontStyle.valueOf(font[3]), true,
					(withCharts && font[1].equals("DejaVu Sans"))
							? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG)
							: EnumSet.of(FSFontUseCase.DOCUMENT));
		}
		builder.withW3cDocument(new W3CDom().fromJsoup(document), "/");
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
