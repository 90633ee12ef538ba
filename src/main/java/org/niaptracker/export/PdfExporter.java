package org.niaptracker.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import javax.xml.transform.TransformerException;

import org.springframework.stereotype.Component;

/**
 * The annex as PDF, rendered from the print template by openhtmltopdf: A4, fonts embedded
 * for Latin (with French, Spanish and Vietnamese), Lao, Khmer, Thai and Chinese, tagged
 * for accessibility (PDF/UA), title, subject and language in the metadata. Inline SVG
 * (charts) is drawn by openhtmltopdf's SVG support, Apache Batik.
 */
@Component
public class PdfExporter {

	private final PdfFonts fonts = new PdfFonts();

	static {
		// openhtmltopdf logs through the application's logging (levels in
		// application.properties), not its own console handler.
		XRLog.setLoggerImpl(new Slf4jXRLogger());
	}

	public byte[] render(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		Document document = Jsoup.parse(html);
		Elements charts = document.select("svg");
		boolean withCharts = !charts.isEmpty();
		if (withCharts) {
			// Inline SVG (the charts) drawn by openhtmltopdf's SVG support, Apache
			// Batik: no scripts, no external resources. Batik does not read the page's
			// stylesheet: its text takes DejaVu Sans, registered for SVG too.
			builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
			charts.attr("font-family", PdfFonts.CHART_FAMILY);
			// Tagged PDF: each drawing has its title as alternative text.
			for (Element chart : charts) {
				chart.attr("alt", chart.select("> title").text());
			}
		}
		builder.withW3cDocument(new W3CDom().fromJsoup(document), "/");
		builder.toStream(out);
		// The document is made here so that the fonts are embedded into it; openhtmltopdf
		// saves and closes it. The parsed fonts are lent to this render alone, and kept
		// for the next one only once it has succeeded.
		PdfFonts.Parsed parsed = this.fonts.borrow();
		try (PDDocument pdf = new PDDocument()) {
			builder.usePDDocument(pdf);
			this.fonts.register(builder, pdf, parsed, withCharts);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.fonts.giveBack(parsed);
		return out.toByteArray();
	}

	/** The sets of parsed fonts kept for the next renders, for tests. */
	int keptFontSets() {
		return this.fonts.keptSets();
	}

	/** How many times a font file was parsed so far, for tests. */
	int fontParses() {
		return this.fonts.parses();
	}

	/** The fonts' files read from the jar so far, for tests. */
	Set<String> fontFilesRead() {
		return this.fonts.filesRead();
	}

	/**
	 * PDFs one after the other in one file (Apache PDFBox), with its own title in the
	 * document information and the XMP metadata.
	 */
	public byte[] merge(List<byte[]> pdfs, String title) {
		List<PDDocument> sources = new ArrayList<>();
		try {
			PDDocument merged = Loader.loadPDF(pdfs.get(0));
			sources.add(merged);
			PDFMergerUtility merger = new PDFMergerUtility();
			for (byte[] pdf : pdfs.subList(1, pdfs.size())) {
				PDDocument source = Loader.loadPDF(pdf);
				sources.add(source);
				merger.appendDocument(merged, source);
			}
			title(merged, title);
			markInfo(merged);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			merged.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			for (PDDocument source : sources) {
				try {
					source.close();
				}
				catch (IOException ex) {
					// Read from memory: nothing to release.
				}
			}
		}
	}

	private static void title(PDDocument document, String title) throws IOException {
		document.getDocumentInformation().setTitle(title);
		PDMetadata metadata = document.getDocumentCatalog().getMetadata();
		if (metadata == null) {
			return;
		}
		try {
			XMPMetadata xmp = new DomXmpParser().parse(metadata.toByteArray());
			DublinCoreSchema dublinCore = xmp.getDublinCoreSchema();
			if (dublinCore == null) {
				dublinCore = xmp.createAndAddDublinCoreSchema();
			}
			dublinCore.setTitle(title);
			ByteArrayOutputStream xml = new ByteArrayOutputStream();
			new XmpSerializer().serialize(xmp, xml, true);
			PDMetadata updated = new PDMetadata(document);
			updated.importXMPMetadata(xml.toByteArray());
			document.getDocumentCatalog().setMetadata(updated);
		}
		catch (XmpParsingException | TransformerException ex) {
			throw new IOException(ex);
		}
	}

	/**
	 * The merger writes {@code /Suspects false} (and, by a slip, the annexes' user
	 * properties into it) in the mark information; poppler reads a false there as
	 * "Suspects object is wrong type (boolean)". False is the default, so the entry goes.
	 */
	private static void markInfo(PDDocument document) {
		COSDictionary markInfo = document.getDocumentCatalog()
			.getCOSObject()
			.getCOSDictionary(COSName.getPDFName("MarkInfo"));
		if (markInfo != null && !markInfo.getBoolean(COSName.getPDFName("Suspects"), false)) {
			markInfo.removeItem(COSName.getPDFName("Suspects"));
		}
	}

}
