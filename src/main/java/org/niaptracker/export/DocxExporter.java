package org.niaptracker.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.niaptracker.report.ReportView;
import org.niaptracker.review.PublishedOverview;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import org.springframework.stereotype.Component;

/**
 * The annex as a Word document (Apache POI) that a Secretariat officer can edit further,
 * and that Word, LibreOffice and other readers (python-docx) read alike: a Normal style
 * with its font and language, A4 with margins, the stamp (and, until published, the
 * status) in the page header, page numbers in the footer, real headings (Heading 1 and
 * 2), real tables with their column grid and widths, their header rows repeated on every
 * page, and the points of progress as a bulleted list. Part B has Part B's header rows
 * ("Progress rating" over the ratings) and, past four ratings, a landscape section of its
 * own ({@link PartBLayout}, as in the PDF).
 */
@Component
public class DocxExporter {

	/** A4 in twentieths of a point. */
	private static final int A4_SHORT = 11906;

	private static final int A4_LONG = 16838;

	/** 18 mm left and right, 22 mm top, 20 mm bottom, as the PDF. */
	private static final int MARGIN_SIDE = 1020;

	private static final int MARGIN_TOP = 1247;

	private static final int MARGIN_BOTTOM = 1134;

	/** Arial, as in the Standing Committee's documents; the text at 10 pt. */
	private static final String FONT = "Arial";

	/** The annex is in English; CITES writes British English. */
	private static final String LANGUAGE = "en-GB";

	private final AnnexText text;

	DocxExporter(AnnexText text) {
		this.text = text;
	}

	public byte[] render(ExportedReport exported) {
		ReportView report = exported.report();
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			styles(doc);
			pageSetUp(doc, report);
			BigInteger bullets = bullets(doc);
			paragraph(doc, report.languageLine(), ParagraphAlignment.RIGHT, false, true);
			cover(doc, report);
			partA(doc, report, exported.ratingSummary());
			partB(doc, report);
			partC(doc, report, bullets);
			doc.getProperties().getCoreProperties().setTitle(this.text.documentTitle(report));
			doc.getProperties().getCoreProperties().setSubjectProperty(this.text.subject(report));
			doc.getProperties().getCoreProperties().setCreator("NIAP Tracker");
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A meeting's public overview in Word: its document in the page header, the title,
	 * and the table of shares per rating per Party (the Secretariat's figure in brackets
	 * where it differs and is published). The chart stays in the PDF: its figures are the
	 * table's.
	 */
	public byte[] overview(PublishedOverview overview) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			styles(doc);
			CTSectPr section = doc.getDocument().getBody().addNewSectPr();
			page(section, false);
			if (overview.documentRef() != null) {
				XWPFParagraph stamp = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
				stamp.setAlignment(ParagraphAlignment.RIGHT);
				XWPFRun run = stamp.createRun();
				run.setBold(true);
				run.setText(overview.documentRef());
			}
			XWPFParagraph title = paragraph(doc, this.text.get("publicOverview.document.title", overview.meetingCode()),
					ParagraphAlignment.LEFT, true, false);
			title.setStyle("Title");
			paragraph(doc, this.text.get("publicOverview.document.intro"), ParagraphAlignment.BOTH, false, false);
			int columns = 2 + overview.ratings().size() + (overview.withUnrated() ? 1 : 0);
			int width = A4_SHORT - 2 * MARGIN_SIDE;
			int[] widths = new int[columns];
			widths[0] = width / 4;
			widths[1] = width / 12;
			int rest = (width - widths[0] - widths[1]) / (columns - 2);
			for (int c = 2; c < columns; c++) {
				widths[c] = rest;
			}
			XWPFTable table = table(doc, 1, widths);
			XWPFTableRow header = table.getRow(0);
			set(header.getCell(0), this.text.get("report.cover.party"), true);
			set(header.getCell(1), this.text.get("overview.actions"), true);
			for (int c = 0; c < overview.ratings().size(); c++) {
				set(header.getCell(2 + c), overview.ratings().get(c).label(), true);
			}
			if (overview.withUnrated()) {
				set(header.getCell(columns - 1), this.text.get("rating.unrated"), true);
			}
			headerRow(header);
			for (PublishedOverview.Row party : overview.rows()) {
				XWPFTableRow row = row(table, widths);
				set(row.getCell(0), party.partyName(), true);
				set(row.getCell(1), String.valueOf(party.total()), false);
				for (int c = 0; c < party.cells().size(); c++) {
					PublishedOverview.Cell cell = party.cells().get(c);
					set(row.getCell(2 + c),
							cell.diverges()
									? this.text.get("overview.shareWithSecretariat", cell.percent(),
											cell.secretariatPercent())
									: this.text.get("overview.share", cell.percent()),
							false);
				}
			}
			paragraph(doc, this.text.get("publicOverview.document.source", overview.meetingCode()),
					ParagraphAlignment.LEFT, false, true);
			doc.getProperties().getCoreProperties().setTitle(this.text.overviewTitle(overview));
			doc.getProperties().getCoreProperties().setSubjectProperty(this.text.overviewSubject(overview));
			doc.getProperties().getCoreProperties().setCreator("NIAP Tracker");
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void cover(XWPFDocument doc, ReportView report) {
		XWPFParagraph title = paragraph(doc, this.text.title(report), ParagraphAlignment.CENTER, true, false);
		title.setSpacingBefore(1200);
		title.setStyle("Title");
		paragraph(doc, report.groupHeading(), ParagraphAlignment.CENTER, false, false);
		paragraph(doc, this.text.preparedFor(report), ParagraphAlignment.CENTER, false, false);
		int width = A4_SHORT - 2 * MARGIN_SIDE;
		XWPFTable fields = table(doc, 3, new int[] { width / 4, width - width / 4 });
		set(fields.getRow(0).getCell(0), this.text.get("report.cover.party"), true);
		set(fields.getRow(0).getCell(1), report.partyName().toUpperCase(AnnexRenderer.ANNEX_LANGUAGE), true);
		set(fields.getRow(1).getCell(0), this.text.get("report.cover.period"), true);
		set(fields.getRow(1).getCell(1), this.text.period(report), false);
		set(fields.getRow(2).getCell(0), this.text.get("report.cover.preparedBy"), true);
		set(fields.getRow(2).getCell(1), report.preparedBy(), false);
	}

	/** Part A follows the cover on its page, as in the PDF. */
	private void partA(XWPFDocument doc, ReportView report, String ratingSummary) {
		heading(doc, this.text.get("report.partA.heading").toUpperCase(AnnexRenderer.ANNEX_LANGUAGE), 1, false);
		report.synopsis().forEach((p) -> paragraph(doc, p, ParagraphAlignment.BOTH, false, false));
		heading(doc, this.text.get("report.partA.progressToDate"), 2, false);
		if (ratingSummary != null) {
			// The sentence generated from the ratings, as in the PDF.
			paragraph(doc, this.text.get("summary.label") + " " + ratingSummary, ParagraphAlignment.BOTH, false, true);
		}
		report.progressToDate().forEach((p) -> paragraph(doc, p, ParagraphAlignment.BOTH, false, false));
		heading(doc, this.text.get("report.partA.futureOutlook"), 2, false);
		report.futureOutlook().forEach((p) -> paragraph(doc, p, ParagraphAlignment.BOTH, false, false));
	}

	/**
	 * Part B: two header rows, "Category/pillar" over both and "Progress rating" over the
	 * ratings; then one row per pillar. On a landscape page of its own past four ratings.
	 */
	private void partB(XWPFDocument doc, ReportView report) {
		PartBLayout layout = PartBLayout.of(report);
		if (layout.landscape()) {
			endSection(doc, false);
		}
		heading(doc, this.text.get("report.partB.heading").toUpperCase(AnnexRenderer.ANNEX_LANGUAGE), 1,
				!layout.landscape());
		List<ReportView.RatingView> columns = report.ratings();
		boolean unrated = report.hasUnrated();
		int textWidth = (layout.landscape() ? A4_LONG : A4_SHORT) - 2 * MARGIN_SIDE;
		int[] widths = new int[1 + layout.ratingColumns()];
		widths[0] = (int) Math.round(textWidth * layout.pillarShare());
		for (int i = 1; i < widths.length; i++) {
			widths[i] = (int) Math.floor(textWidth * layout.ratingShare());
		}
		XWPFTable table = table(doc, 2 + report.pillars().size(), widths);
		XWPFTableRow group = table.getRow(0);
		XWPFTableRow head = table.getRow(1);
		headerRow(group);
		headerRow(head);
		set(group.getCell(0), this.text.get("report.partB.pillar"), true);
		group.getCell(0).getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
		head.getCell(0).getCTTc().getTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
		span(group, 1, layout.ratingColumns(), widths);
		set(group.getCell(1), this.text.get("report.partB.rating"), true);
		for (int i = 0; i < columns.size(); i++) {
			set(head.getCell(i + 1), this.text.rating(columns.get(i)), true);
		}
		if (unrated) {
			set(head.getCell(widths.length - 1), this.text.rating(null), true);
		}
		for (int p = 0; p < report.pillars().size(); p++) {
			ReportView.PillarView pillar = report.pillars().get(p);
			XWPFTableRow row = table.getRow(p + 2);
			row.setCantSplitRow(true);
			set(row.getCell(0), this.text.get("report.pillarName", pillar.number(), pillar.name()), true);
			for (int i = 0; i < columns.size(); i++) {
				lines(row.getCell(i + 1), pillar.actionsRated(columns.get(i)).stream().map(AnnexText::action).toList(),
						null);
			}
			if (unrated) {
				lines(row.getCell(widths.length - 1), pillar.unrated().stream().map(AnnexText::action).toList(), null);
			}
		}
		if (layout.landscape()) {
			endSection(doc, true);
		}
	}

	private void partC(XWPFDocument doc, ReportView report, BigInteger bullets) {
		boolean newPage = !PartBLayout.of(report).landscape();
		heading(doc, this.text.get("report.partC.heading").toUpperCase(AnnexRenderer.ANNEX_LANGUAGE), 1, newPage);
		int width = A4_SHORT - 2 * MARGIN_SIDE;
		// The evaluation column is wide enough for "SUBSTANTIALLY" in bold capitals.
		int[] widths = { width * 30 / 100, width * 20 / 100, width - width * 30 / 100 - width * 20 / 100 };
		XWPFTable table = table(doc, 1, widths);
		XWPFTableRow head = table.getRow(0);
		headerRow(head);
		set(head.getCell(0), this.text.get("report.partC.action"), true);
		set(head.getCell(1), this.text.get("report.partC.evaluation"), true);
		set(head.getCell(2), this.text.get("report.partC.summary"), true);
		for (ReportView.PillarView pillar : report.pillars()) {
			XWPFTableRow group = row(table, widths);
			group.setCantSplitRow(true);
			span(group, 0, 3, widths);
			set(group.getCell(0), this.text.get("report.partC.pillar", pillar.number(), pillar.name())
				.toUpperCase(AnnexRenderer.ANNEX_LANGUAGE), true);
			for (ReportView.ActionView action : pillar.actions()) {
				XWPFTableRow row = row(table, widths);
				row.setCantSplitRow(true);
				set(row.getCell(0), AnnexText.action(action), false);
				set(row.getCell(1), this.text.rating(action.rating()).toUpperCase(AnnexRenderer.ANNEX_LANGUAGE), true);
				if (action.points().isEmpty()) {
					set(row.getCell(2), this.text.get("report.partC.noPoints"), false);
				}
				else {
					lines(row.getCell(2), action.points(), bullets);
				}
			}
		}
	}

	/**
	 * A4 portrait with the PDF's margins; the stamp (and, until published, the status) in
	 * the header, the page number in the footer. This is the last section's set-up (the
	 * body's); a landscape Part B ends sections of its own ({@link #endSection}).
	 */
	private void pageSetUp(XWPFDocument doc, ReportView report) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		page(section, false);
		XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
		String unpublished = this.text.unpublishedMark(report);
		XWPFParagraph stamp = header.createParagraph();
		stamp.setAlignment(ParagraphAlignment.RIGHT);
		XWPFRun run = stamp.createRun();
		run.setBold(true);
		run.setText(report.stamp());
		if (unpublished != null) {
			XWPFParagraph mark = header.createParagraph();
			XWPFRun markRun = mark.createRun();
			markRun.setBold(true);
			markRun.setColor("B00020");
			markRun.setText(unpublished.toUpperCase(AnnexRenderer.ANNEX_LANGUAGE));
		}
		XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph page = footer.createParagraph();
		page.setAlignment(ParagraphAlignment.CENTER);
		page.getCTP().addNewFldSimple().setInstr("PAGE");
	}

	private static void page(CTSectPr section, boolean landscape) {
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(landscape ? MARGIN_SIDE : MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(landscape ? MARGIN_SIDE : MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_SIDE));
		margins.setRight(BigInteger.valueOf(MARGIN_SIDE));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
	}

	/**
	 * Ends the section so far with a paragraph carrying its properties: the page
	 * (portrait or landscape) and the same header and footer as the body's section.
	 */
	private static void endSection(XWPFDocument doc, boolean landscape) {
		CTSectPr body = doc.getDocument().getBody().getSectPr();
		CTSectPr section = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
		section.setHeaderReferenceArray(body.getHeaderReferenceArray());
		section.setFooterReferenceArray(body.getFooterReferenceArray());
		page(section, landscape);
	}

	/**
	 * The document's defaults and styles: Arial 10 pt in British English, a Normal style,
	 * a title, and Heading 1 and 2 so that Word shows the outline and builds a table of
	 * contents.
	 */
	private static void styles(XWPFDocument doc) {
		XWPFStyles styles = doc.createStyles();
		CTDocDefaults defaults = styles.getCtStyles().isSetDocDefaults() ? styles.getCtStyles().getDocDefaults()
				: styles.getCtStyles().addNewDocDefaults();
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		run.addNewSz().setVal(BigInteger.valueOf(20));
		run.addNewSzCs().setVal(BigInteger.valueOf(20));
		var language = run.addNewLang();
		language.setVal(LANGUAGE);
		language.setEastAsia(LANGUAGE);
		language.setBidi(LANGUAGE);
		var spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
		spacing.setAfter(BigInteger.valueOf(120));
		spacing.setLine(BigInteger.valueOf(264));
		spacing.setLineRule(STLineSpacingRule.AUTO);

		CTStyle normal = CTStyle.Factory.newInstance();
		normal.setStyleId("Normal");
		normal.addNewName().setVal("Normal");
		normal.setType(STStyleType.PARAGRAPH);
		normal.setDefault(true);
		normal.addNewQFormat();
		styles.addStyle(new XWPFStyle(normal));
		headingStyle(styles, "Title", "Title", null, 28);
		headingStyle(styles, "Heading1", "heading 1", 0, 24);
		headingStyle(styles, "Heading2", "heading 2", 1, 21);
	}

	private static void headingStyle(XWPFStyles styles, String id, String name, Integer outlineLevel, int halfPoints) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.addNewName().setVal(name);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewBasedOn().setVal("Normal");
		style.addNewNext().setVal("Normal");
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		paragraph.addNewKeepNext();
		if (outlineLevel != null) {
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		}
		style.addNewRPr().addNewB();
		style.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
		styles.addStyle(new XWPFStyle(style));
	}

	/** A bulleted list (numbering part), for the points of progress. */
	private static BigInteger bullets(XWPFDocument doc) {
		CTAbstractNum list = CTAbstractNum.Factory.newInstance();
		list.setAbstractNumId(BigInteger.ZERO);
		CTLvl level = list.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(STNumberFormat.BULLET);
		level.addNewLvlText().setVal("•");
		var indent = level.addNewPPr().addNewInd();
		indent.setLeft(BigInteger.valueOf(284));
		indent.setHanging(BigInteger.valueOf(284));
		XWPFNumbering numbering = doc.createNumbering();
		return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
	}

	private static void heading(XWPFDocument doc, String text, int level, boolean newPage) {
		XWPFParagraph heading = doc.createParagraph();
		heading.setStyle("Heading" + level);
		heading.setPageBreak(newPage);
		heading.setSpacingBefore(240);
		heading.setSpacingAfter(120);
		heading.createRun().setText(text);
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, String text, ParagraphAlignment alignment, boolean bold,
			boolean italic) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setItalic(italic);
		run.setText((text != null) ? text : "");
		return paragraph;
	}

	/**
	 * A table of fixed column widths (in twentieths of a point) with its grid, one table
	 * width and each cell's width, so that every reader lays it out alike.
	 */
	private static XWPFTable table(XWPFDocument doc, int rows, int[] widths) {
		XWPFTable table = doc.createTable(rows, widths.length);
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(String.valueOf(total));
		CTTblPr properties = table.getCTTbl().getTblPr();
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
			.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid();
		if (grid == null) {
			grid = table.getCTTbl().addNewTblGrid();
		}
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < widths.length; c++) {
				width(row.getCell(c), widths[c]);
			}
		}
		return table;
	}

	private static XWPFTableRow row(XWPFTable table, int[] widths) {
		XWPFTableRow row = table.createRow();
		for (int c = 0; c < widths.length; c++) {
			width(row.getCell(c), widths[c]);
		}
		return row;
	}

	private static void width(XWPFTableCell cell, int width) {
		cell.setWidthType(TableWidthType.DXA);
		cell.setWidth(String.valueOf(width));
	}

	/** Makes the cell at {@code from} span {@code count} grid columns. */
	private static void span(XWPFTableRow row, int from, int count, int[] widths) {
		int width = 0;
		for (int c = from; c < from + count; c++) {
			width += widths[c];
		}
		for (int c = from + count - 1; c > from; c--) {
			row.removeCell(c);
		}
		XWPFTableCell cell = row.getCell(from);
		width(cell, width);
		cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(count));
	}

	/** A header row: repeated on every page, shaded as in the PDF. */
	private static void headerRow(XWPFTableRow row) {
		row.setRepeatHeader(true);
		row.setCantSplitRow(true);
		for (XWPFTableCell cell : row.getTableCells()) {
			cell.setColor("D9D9D9");
		}
	}

	private static void set(XWPFTableCell cell, String text, boolean bold) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setSpacingAfter(0);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setText((text != null) ? text : "");
	}

	/** One paragraph per line in a table cell; a list item each with a numbering. */
	private static void lines(XWPFTableCell cell, List<String> lines, BigInteger numbering) {
		for (int i = 0; i < lines.size(); i++) {
			XWPFParagraph paragraph = (i == 0) ? cell.getParagraphs().get(0) : cell.addParagraph();
			paragraph.setSpacingAfter(80);
			if (numbering != null) {
				paragraph.setNumID(numbering);
				paragraph.setNumILvl(BigInteger.ZERO);
			}
			paragraph.createRun().setText(lines.get(i));
		}
	}

}
