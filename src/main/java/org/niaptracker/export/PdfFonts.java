package org.niaptracker.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The annex's fonts for openhtmltopdf: registered for every render, read from the jar and
 * measured once.
 * <p>
 * openhtmltopdf loads a font lazily, when a character needs it or when it needs the
 * font's metrics (ascent, descent...): it sizes every line with the metrics of every font
 * of the CSS family list, so without a cache of metrics each render loaded and parsed the
 * Khmer, Thai and Chinese fonts (4 MB for Droid Sans Fallback) for a report in English.
 * The metrics, immutable values, are kept here for all renders (openhtmltopdf's
 * {@link CacheStore#PDF_FONT_METRICS}); a render then loads only the fonts whose
 * characters it prints.
 * <p>
 * A font's file is read from the jar the first time a render needs it, and its bytes kept
 * (7 MB at most: the first render measures every font of the family lists). Fonts are
 * parsed (fontbox {@code TrueTypeFont}) into sets, each lent to one render at a time
 * ({@link #borrow()}, {@link #giveBack(Parsed)}) and kept for the next render once it is
 * done, up to {@link #KEPT} sets (the renders that {@code RenderingSlots} lets run at
 * once); a render embeds the subsets it prints in its own document
 * ({@link PDType0Font#load(PDDocument, TrueTypeFont, boolean)}). Parsing its fonts was 15
 * of the 52 MB that a render of the SC66 annex allocated. A kept set holds the fonts
 * parsed so far (the first render's: all of them, as it measures every font) for as long
 * as the app runs. A parsed font is never used by two renders at once: PDFBox promises no
 * thread safety for it; fontbox 3.0 reads a table on its first use by moving the font's
 * one read position without a lock ({@code TrueTypeFont.getTable}), and its
 * {@code GlyphTable} caches glyphs without the lock they are written under. A set lent to
 * a render that failed is not given back.
 */
final class PdfFonts {

	/**
	 * File, family, weight, style. The families are the annex stylesheet's font list, in
	 * its order of fallback. The DejaVu files have their ligature features emptied
	 * (src/build/fonts-without-ligatures.py), so that the PDF's text is the letters
	 * typed. Droid Sans Fallback has no bold: bold Chinese is printed regular.
	 */
	private static final String[][] FONTS = { { "DejaVuSans.ttf", "DejaVu Sans", "400", "NORMAL" },
			{ "DejaVuSans-Bold.ttf", "DejaVu Sans", "700", "NORMAL" },
			{ "DejaVuSans-Oblique.ttf", "DejaVu Sans", "400", "ITALIC" },
			{ "DejaVuSerif.ttf", "DejaVu Serif", "400", "NORMAL" },
			{ "DejaVuSerif-Bold.ttf", "DejaVu Serif", "700", "NORMAL" },
			{ "NotoSansKhmer-Regular.ttf", "Noto Sans Khmer", "400", "NORMAL" },
			{ "NotoSansKhmer-Bold.ttf", "Noto Sans Khmer", "700", "NORMAL" },
			{ "NotoSansThai-Regular.ttf", "Noto Sans Thai", "400", "NORMAL" },
			{ "NotoSansThai-Bold.ttf", "Noto Sans Thai", "700", "NORMAL" },
			{ "DroidSansFallbackFull.ttf", "Droid Sans Fallback", "400", "NORMAL" } };

	/** The family Batik draws the charts' text in (PdfExporter sets it on each chart). */
	static final String CHART_FAMILY = "DejaVu Sans";

	/**
	 * Sets of parsed fonts kept for the next renders (more renders at once parse their
	 * own).
	 */
	static final int KEPT = 2;

	private final Map<String, byte[]> files = new ConcurrentHashMap<>();

	private final BlockingQueue<Parsed> idle = new ArrayBlockingQueue<>(KEPT);

	private final Metrics metrics = new Metrics();

	private final AtomicInteger parses = new AtomicInteger();

	/**
	 * A set of parsed fonts for one render, which no other render uses until it is given
	 * back.
	 */
	Parsed borrow() {
		Parsed parsed = this.idle.poll();
		return (parsed != null) ? parsed : new Parsed();
	}

	/**
	 * The set lent to a render that is done (its document saved and closed), kept for the
	 * next render if fewer than {@link #KEPT} are.
	 */
	void giveBack(Parsed parsed) {
		this.idle.offer(parsed);
	}

	/**
	 * Registers the fonts with a render whose PDF is {@code document}, parsed in
	 * {@code parsed}, lent to it; with {@code forCharts}, the chart family for inline SVG
	 * too.
	 */
	void register(PdfRendererBuilder builder, PDDocument document, Parsed parsed, boolean forCharts) {
		builder.useCacheStore(CacheStore.PDF_FONT_METRICS, this.metrics);
		for (String[] font : FONTS) {
			String file = font[0];
			String family = font[1];
			int weight = Integer.parseInt(font[2]);
			FontStyle style = FontStyle.valueOf(font[3]);
			builder.useFont(new FontFile(document, parsed, file), family, weight, style, true);
			if (forCharts && family.equals(CHART_FAMILY)) {
				// Batik takes fonts as streams (a font given as a PDFont is not
				// offered to it); it makes one AWT font of each, cached by
				// openhtmltopdf for the JVM.
				builder.useFont(() -> new ByteArrayInputStream(bytes(file)), family, weight, style, true,
						EnumSet.of(FSFontUseCase.SVG));
			}
		}
	}

	/** The files read from the jar so far, for tests. */
	Set<String> filesRead() {
		return new TreeSet<>(this.files.keySet());
	}

	/** The sets of parsed fonts kept for the next renders, for tests. */
	int keptSets() {
		return this.idle.size();
	}

	/** How many times a font file was parsed so far, for tests. */
	int parses() {
		return this.parses.get();
	}

	private byte[] bytes(String file) {
		return this.files.computeIfAbsent(file, PdfFonts::read);
	}

	private static byte[] read(String file) {
		try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the build: /fonts/" + file);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Fonts parsed from the kept files, each the first time a render that borrowed this
	 * set needs it; used by one render at a time (handed over through the queue of idle
	 * sets).
	 */
	final class Parsed {

		private final Map<String, TrueTypeFont> fonts = new HashMap<>();

		private TrueTypeFont font(String file) throws IOException {
			TrueTypeFont font = this.fonts.get(file);
			if (font == null) {
				font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
				PdfFonts.this.parses.incrementAndGet();
				this.fonts.put(file, font);
			}
			return font;
		}

	}

	/**
	 * One font of one render, taken from the render's set of parsed fonts when
	 * openhtmltopdf first needs it, embedded in its document as a subset.
	 */
	private static final class FontFile extends PDFontSupplier {

		private final PDDocument document;

		private final Parsed parsed;

		private final String file;

		FontFile(PDDocument document, Parsed parsed, String file) {
			super(null);
			this.document = document;
			this.parsed = parsed;
			this.file = file;
		}

		@Override
		public PDFont supply() {
			try {
				return PDType0Font.load(this.document, this.parsed.font(this.file), true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Bundled font /fonts/" + this.file + " unreadable", ex);
			}
		}

	}

	/**
	 * openhtmltopdf's font metrics (by family, weight and style: the fonts above never
	 * change), for all renders. The values are immutable.
	 */
	private static final class Metrics implements FSCacheEx<String, FSCacheValue> {

		private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

		@Override
		public void put(String key, FSCacheValue value) {
			this.values.put(key, value);
		}

		@Override
		public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
			return this.values.computeIfAbsent(key, (absent) -> {
				try {
					return loader.call();
				}
				catch (Exception ex) {
					throw new IllegalStateException("Font metrics of " + key + " unavailable", ex);
				}
			});
		}

		@Override
		public FSCacheValue get(String key) {
			return this.values.get(key);
		}

	}

}
