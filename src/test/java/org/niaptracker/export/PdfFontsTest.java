package org.niaptracker.export;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annex's fonts, read from the jar and measured once for all renders
 * ({@link PdfFonts}): renders at once give the same PDFs as renders one after the other,
 * and a render of an annex in English parses only the DejaVu fonts it prints, not the
 * Khmer, Thai and Chinese ones of the stylesheet's font list.
 */
@PostgresTest
class PdfFontsTest {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	/**
	 * A warm render of the SC66 annex allocated 52 to 55 MB when each render parsed its
	 * own fonts, 37 to 44 MB with the fonts of the render before (44 in a full build).
	 */
	private static final long ALLOCATION_BOUND = 49_000_000L;

	@Autowired
	private AnnexRenderer annex;

	@Autowired
	private ExportService exports;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private String sc66;

	@BeforeEach
	void annexes() {
		this.sc66 = this.annex.html(this.exports.load("KH", "SC66"));
	}

	/**
	 * Two threads render the SC66 annex, the draft in five scripts (Khmer, Thai and
	 * Chinese fallback fonts) and the overview with its chart (DejaVu Sans for SVG too)
	 * at once, in different orders, on a new exporter each round (so that both read the
	 * files and fill the metrics at the same time), then on a warm one: each PDF has the
	 * pages, text, drawing and embedded font subsets of the same document rendered alone.
	 */
	@Test
	void rendersAtOnceGiveTheSamePdfsAsOneAfterTheOther() throws Exception {
		PdfAnnexTest.insertSixRatingDraft(this.jdbc);
		String scripts = asSecretariat(() -> this.annex.html(this.exports.load("KX", "SC70")));
		String overview = this.annex.overviewHtml(this.exports.overview("SC66"));
		List<String> documents = List.of(this.sc66, scripts, overview);
		PdfExporter alone = new PdfExporter();
		List<PdfContent> expected = new ArrayList<>();
		for (String html : documents) {
			expected.add(PdfContent.of(alone.render(html)));
		}
		assertThat(expected.get(1).text()).contains(PdfAnnexTest.KHMER, PdfAnnexTest.THAI, PdfAnnexTest.CHINESE);
		assertThat(expected.get(1).fonts().keySet()).anyMatch((font) -> font.contains("NotoSansKhmer"))
			.anyMatch((font) -> font.contains("NotoSansThai"))
			.anyMatch((font) -> font.contains("DroidSansFallback"));
		assertThat(expected.get(2).text()).contains("Share of actions per rating");

		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			PdfExporter warm = new PdfExporter();
			for (int round = 0; round < 4; round++) {
				PdfExporter exporter = (round < 3) ? new PdfExporter() : warm;
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<List<byte[]>>> rendered = new ArrayList<>();
				for (List<Integer> order : List.of(List.of(0, 1, 2), List.of(1, 2, 0))) {
					rendered.add(threads.submit(() -> {
						start.await(60, TimeUnit.SECONDS);
						List<byte[]> pdfs = new ArrayList<>(List.of(new byte[0], new byte[0], new byte[0]));
						for (int document : order) {
							pdfs.set(document, exporter.render(documents.get(document)));
						}
						return pdfs;
					}));
				}
				for (Future<List<byte[]>> thread : rendered) {
					List<byte[]> pdfs = thread.get(5, TimeUnit.MINUTES);
					for (int document = 0; document < documents.size(); document++) {
						assertThat(PdfContent.of(pdfs.get(document))).as("round %d, document %d", round, document)
							.isEqualTo(expected.get(document));
					}
				}
				warm.render(this.sc66);
				assertThat(warm.keptFontSets()).as("sets of parsed fonts kept after round %d", round).isBetween(1, 2);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * The fonts a render parsed are lent to the next render, one at a time: a warm render
	 * of the SC66 annex parses no font (their character maps were most of a render's
	 * allocation and of what it kept in memory), and one set is kept for renders one
	 * after the other.
	 */
	@Test
	void aRenderReusesTheFontsTheRenderBeforeParsed() {
		PdfExporter exporter = new PdfExporter();
		exporter.render(this.sc66);
		exporter.render(this.sc66);
		assertThat(exporter.keptFontSets()).isEqualTo(1);
		int parsed = exporter.fontParses();
		assertThat(medianAllocation(() -> exporter.render(this.sc66)))
			.as("bytes allocated by a warm render of the SC66 annex (median)")
			.isLessThan(ALLOCATION_BOUND);
		assertThat(exporter.fontParses()).as("fonts parsed by five warm renders").isEqualTo(parsed);
		assertThat(exporter.keptFontSets()).isEqualTo(1);
	}

	/**
	 * openhtmltopdf sizes each line with the metrics of every font of the family list;
	 * measured once, they no longer make each render parse the Khmer, Thai and Chinese
	 * fonts (4 MB for Droid Sans Fallback) of an annex in English: it loads the DejaVu
	 * fonts it prints, and allocates well under the 81 MB a render allocated before.
	 */
	@Test
	void anAnnexInEnglishParsesOnlyTheFontsItPrints() {
		PdfExporter exporter = new PdfExporter();
		List<String> first = fontsLoaded(() -> exporter.render(this.sc66));
		assertThat(first).as("the first render measures every font of the family lists")
			.contains("Noto Sans Khmer", "Noto Sans Thai", "Droid Sans Fallback");
		List<String> second = fontsLoaded(() -> exporter.render(this.sc66));
		assertThat(second).as("fonts parsed by a second render")
			.containsExactlyInAnyOrder("DejaVu Sans", "DejaVu Sans", "DejaVu Sans", "DejaVu Serif");
		assertThat(exporter.fontFilesRead()).as("files read from the jar, each once")
			.doesNotContain("DejaVuSerif.ttf")
			.hasSize(9);

		assertThat(medianAllocation(() -> exporter.render(this.sc66)))
			.as("bytes allocated by a render of the SC66 annex (median)")
			.isLessThan(70_000_000L);
	}

	/** The families whose font openhtmltopdf loads while {@code render} runs. */
	private static List<String> fontsLoaded(Runnable render) {
		Logger logger = (Logger) LoggerFactory.getLogger("com.openhtmltopdf.load");
		Level level = logger.getLevel();
		ListAppender<ILoggingEvent> events = new ListAppender<>();
		events.start();
		logger.addAppender(events);
		logger.setLevel(Level.INFO);
		try {
			render.run();
		}
		finally {
			logger.setLevel(level);
			logger.detachAppender(events);
		}
		return events.list.stream()
			.map(ILoggingEvent::getFormattedMessage)
			.filter((message) -> message.startsWith("Loading font("))
			.map((message) -> message.substring("Loading font(".length(), message.indexOf(')')))
			.toList();
	}

	private <T> T asSecretariat(java.util.function.Supplier<T> work) {
		UserDetails secretariat = this.users.loadUserByUsername(Accounts.SECRETARIAT);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(secretariat, null, secretariat.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * What a PDF shows, without what changes from one render to the next (dates, file
	 * identifier): each page's text, decoded drawing and fonts, and each font's embedded
	 * subset.
	 */
	record PdfContent(String text, List<String> pages, Map<String, String> fonts) {

		static PdfContent of(byte[] pdf) {
			try (PDDocument document = Loader.loadPDF(pdf)) {
				List<String> pages = new ArrayList<>();
				Map<String, String> fonts = new LinkedHashMap<>();
				for (PDPage page : document.getPages()) {
					StringBuilder drawing = new StringBuilder();
					try (var content = page.getContents()) {
						drawing.append(Arrays.hashCode(content.readAllBytes()));
					}
					for (COSName name : page.getResources().getFontNames()) {
						PDFont font = page.getResources().getFont(name);
						drawing.append(' ').append(name.getName()).append('=').append(font.getName());
						assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
						assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
						assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+.+");
						PDStream file = font.getFontDescriptor().getFontFile2();
						fonts.put(font.getName(), String.valueOf(Arrays.hashCode(file.toByteArray())));
					}
					pages.add(drawing.toString());
				}
				return new PdfContent(new PDFTextStripper().getText(document), pages, fonts);
			}
			catch (IOException ex) {
				throw new AssertionError("Unreadable PDF", ex);
			}
		}

	}

	/** The bytes this thread allocates for the render, the median of five. */
	private static long medianAllocation(Runnable render) {
		long[] allocated = new long[5];
		for (int i = 0; i < allocated.length; i++) {
			long before = THREADS.getCurrentThreadAllocatedBytes();
			render.run();
			allocated[i] = THREADS.getCurrentThreadAllocatedBytes() - before;
		}
		Arrays.sort(allocated);
		return allocated[allocated.length / 2];
	}

}
