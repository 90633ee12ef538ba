package org.niaptracker.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.stereotype.Component;

/**
 * The annex as PDF, rendered from the print template by openhtmltopdf: A4, DejaVu fonts
 * embedded (Latin with French and Spanish accents), tagged for accessibility (PDF/UA),
 * title and language in the metadata.
 */
@Component
public class PdfExporter {

	private static final String[][] FONTS = { { "DejaVuSans.ttf", "DejaVu Sans", "400", "NORMAL" },
			{ "DejaVuSans-Bold.ttf", "DejaVu Sans", "700", "NORMAL" },
			{ "DejaVuSans-Oblique.ttf", "DejaVu Sans", "400", "ITALIC" },
			{ "DejaVuSerif.ttf", "DejaVu Serif", "400", "NORMAL" },
			{ "DejaVuSerif-Bold.ttf", "DejaVu Serif", "700", "NORMAL" } };

	public byte[] render(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		for (String[] font : FONTS) {
			builder.useFont(() -> PdfExporter.class.getResourceAsStream("/fonts/" + font[0]), font[1],
					Integer.parseInt(font[2]), FontStyle.valueOf(font[3]), true);
		}
		builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** PDFs one after the other in one file (Apache PDFBox). */
	public byte[] merge(List<byte[]> pdfs) {
		PDFMergerUtility merger = new PDFMergerUtility();
		pdfs.forEach((pdf) -> merger.addSource(new RandomAccessReadBuffer(pdf)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		merger.setDestinationStream(out);
		try {
			merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
