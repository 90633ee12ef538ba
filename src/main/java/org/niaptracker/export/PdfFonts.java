package org.niaptracker.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
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
 * (7 MB at most: the first render measures every font of the family lists); each render
 * parses its own copy of a font into its own document
 * ({@link PDType0Font#load(PDDocument, org.apache.pdfbox.io.RandomAccessRead, boolean, boolean)}
 * over the kept bytes, which nothing writes). Parsed fonts (fontbox {@code TrueTypeFont})
 * are not shared between renders: PDFBox promises no thread safety for them; fontbox 3.0
 * reads a table on its first use by moving the font's one read position without a lock
 * ({@code TrueTypeFont.getTable}), and that parsing leaves no table unread is a detail of
 * its {@code TTFParser}, as is the glyph cache of its {@code GlyphTable}, read without
 * the lock it is written under.
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

	private final Map<String, byte[]> files = new ConcurrentHashMap<>();

	private final Metrics metrics = new Metrics();

	/**
	 * Registers the fonts with a render whose PDF is {@code document}; with
	 * {@code forCharts}, the chart family for inline SVG too.
	 */
	void register(PdfRendererBuilder builder, PDDocument document, boolean forCharts) {
		builder.useCacheStore(CacheStore.PDF_FONT_METRICS, this.metrics);
		for (String[] font : FONTS) {
			String file = font[0];
			String family = font[1];
			int weight = Integer.parseInt(font[2]);
			FontStyle style = FontStyle.valueOf(font[3]);
			builder.useFont(new FontFile(document, file), family, weight, style, true);
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
	 * One font of one render, parsed into that render's document when openhtmltopdf first
	 * needs it, embedded as a subset.
	 */
	private final class FontFile extends PDFontSupplier {

		private final PDDocument document;

		private final String file;

		FontFile(PDDocument document, String file) {
			super(null);
			this.document = document;
			this.file = file;
		}

		@Override
		public PDFont supply() {
			try {
				return PDType0Font.load(this.document, new RandomAccessReadBuffer(bytes(this.file)), true, false);
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
