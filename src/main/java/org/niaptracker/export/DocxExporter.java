package org.niaptracker.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.niaptracker.report.ReportView;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import org.springframework.stereotype.Component;

/**
 * The annex as a Word document (Apache POI) that a Secretariat officer can edit further:
 * the stamp in the page header, page numbers in the footer, real headings (Heading 1 and
 * 2) and real tables for the cover, Part B and Part C, their header rows repeated on
 * every page and their rows never split across pages.
 */
@Component
public class DocxExporter {

	private final AnnexText text;

	DocxExporter(AnnexText text) {
		this.text = text;
	}

	public byte[] render(ExportedReport exported) {
		ReportView report = exported.report();
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			headingStyles(doc);
			pageSetUp(doc, report);
			paragraph(doc, report.languageLine(), ParagraphAlignment.RIGHT, false, true);
			cover(doc, report);
			partA(doc, report);
			partB(doc, report);
			partC(doc, report);
			doc.getProperties().getCoreProperties().setTitle(this.text.documentTitle(report));
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
		XWPFTable fields = doc.createTable(3, 2);
		fullWidth(fields);
		set(fields.getRow(0).getCell(0), this.text.get("report.cover.party"), true);
		set(fields.getRow(0).getCell(1), report.partyName().toUpperCase(AnnexRenderer.ANNEX_LANGUAGE), true);
		set(fields.getRow(1).getCell(0), this.text.get("report.cover.period"), true);
		set(fields.getRow(1).getCell(1), this.text.period(report), false);
		set(fields.getRow(2).getCell(0), this.text.get("report.cover.preparedBy"), true);
		set(fields.getRow(2).getCell(1), report.preparedBy(), false);
	}

	private void partA(XWPFDocument doc, ReportView report) {
		heading(doc, this.text.get("report.partA.heading").toUpperCase(AnnexRenderer.ANNEX_LANGUAGE), 1, true);
		report.synopsis().forEach((p) -> paragraph(doc, p, ParagraphAlignment.BOTH, false, false));
		heading(doc, this.text.get("report.partA.progressToDate"), 2, false);
		report.progressToDate().forEach((p) -> paragraph(doc, p, ParagraphAlignment.BOTH, false, false));
		heading(doc, this.text.get("report.partA.futureOutlook"), 2, false);
		report.futureOutlook().forEach((p) -> paragraph(doc, p, ParagraphAlignment.BOTH, false, false));
	}

	private void partB(XWPFDocument doc, ReportView report) {
		heading(doc, this.text.get("report.partB.heading").toUpperCase(AnnexRenderer.ANNEX_LANGUAGE), 1, true);
		List<ReportView.RatingView> columns = report.ratings();
		boolean unrated = report.hasUnrated();
		int width = columns.size() + 1 + (unrated ? 1 : 0);
		XWPFTable table = doc.createTable(1 + report.pillars().size(), width);
		fullWidth(table);
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		set(head.getCell(0), this.text.get("report.partB.pillar"), true);
		for (int i = 0; i < columns.size(); i++) {
			set(head.getCell(i + 1), this.text.rating(columns.get(i)), true);
		}
		if (unrated) {
			set(head.getCell(width - 1), this.text.rating(null), true);
		}
		for (int p = 0; p < report.pillars().size(); p++) {
			ReportView.PillarView pillar = report.pillars().get(p);
			XWPFTableRow row = table.getRow(p + 1);
			row.setCantSplitRow(true);
			set(row.getCell(0), this.text.get("report.pillarName", pillar.number(), pillar.name()), true);
			for (int i = 0; i < columns.size(); i++) {
				lines(row.getCell(i + 1), pillar.actionsRated(columns.get(i)).stream().map(AnnexText::action).toList(),
						"");
			}
			if (unrated) {
				lines(row.getCell(width - 1), pillar.unrated().stream().map(AnnexText::action).toList(), "");
			}
		}
	}

	private void partC(XWPFDocument doc, ReportView report) {
		heading(doc, this.text.get("report.partC.heading").toUpperCase(AnnexRenderer.ANNEX_LANGUAGE), 1, true);
		XWPFTable table = doc.createTable(1, 3);
		fullWidth(table);
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		set(head.getCell(0), this.text.get("report.partC.action"), true);
		set(head.getCell(1), this.text.get("report.partC.evaluation"), true);
		set(head.getCell(2), this.text.get("report.partC.summary"), true);
		for (ReportView.PillarView pillar : report.pillars()) {
			XWPFTableRow group = table.createRow();
			group.setCantSplitRow(true);
			group.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
			group.removeCell(2);
			group.removeCell(1);
			set(group.getCell(0), this.text.get("report.partC.pillar", pillar.number(), pillar.name())
				.toUpperCase(AnnexRenderer.ANNEX_LANGUAGE), true);
			for (ReportView.ActionView action : pillar.actions()) {
				XWPFTableRow row = table.createRow();
				row.setCantSplitRow(true);
				set(row.getCell(0), AnnexText.action(action), false);
				set(row.getCell(1), this.text.rating(action.rating()).toUpperCase(AnnexRenderer.ANNEX_LANGUAGE), true);
				if (action.points().isEmpty()) {
					set(row.getCell(2), this.text.get("report.partC.noPoints"), false);
				}
				else {
					lines(row.getCell(2), action.points(), "• ");
				}
			}
		}
	}

	private static void pageSetUp(XWPFDocument doc, ReportView report) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz a4 = section.addNewPgSz();
		a4.setW(BigInteger.valueOf(11906));
		a4.setH(BigInteger.valueOf(16838));
		XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph stamp = header.createParagraph();
		stamp.setAlignment(ParagraphAlignment.RIGHT);
		XWPFRun run = stamp.createRun();
		run.setBold(true);
		run.setText(report.stamp());
		XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph page = footer.createParagraph();
		page.setAlignment(ParagraphAlignment.CENTER);
		page.getCTP().addNewFldSimple().setInstr("PAGE");
	}

	/**
	 * Heading 1 and Heading 2 styles, so that Word shows the outline and builds a table
	 * of contents.
	 */
	private static void headingStyles(XWPFDocument doc) {
		XWPFStyles styles = doc.createStyles();
		headingStyle(styles, "Title", "Title", null, 28);
		headingStyle(styles, "Heading1", "heading 1", 0, 24);
		headingStyle(styles, "Heading2", "heading 2", 1, 21);
	}

	private static void headingStyle(XWPFStyles styles, String id, String name, Integer outlineLevel, int halfPoints) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.addNewName().setVal(name);
		style.setType(STStyleType.PARAGRAPH);
		CTOnOff on = CTOnOff.Factory.newInstance();
		style.setQFormat(on);
		CTPPrGeneral paragraph = style.addNewPPr();
		if (outlineLevel != null) {
			CTDecimalNumber level = CTDecimalNumber.Factory.newInstance();
			level.setVal(BigInteger.valueOf(outlineLevel));
			paragraph.setOutlineLvl(level);
			paragraph.addNewKeepNext();
		}
		style.addNewRPr().addNewB();
		style.getRPr().addNewSz().setVal(BigInteger.valueOf(halfPoints));
		styles.addStyle(new XWPFStyle(style));
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
		paragraph.setSpacingAfter(120);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setItalic(italic);
		run.setText((text != null) ? text : "");
		return paragraph;
	}

	private static void set(XWPFTableCell cell, String text, boolean bold) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		XWPFRun run = paragraph.createRun();
		run.setBold(bold);
		run.setText((text != null) ? text : "");
	}

	/** One paragraph per line in a table cell. */
	private static void lines(XWPFTableCell cell, List<String> lines, String prefix) {
		for (int i = 0; i < lines.size(); i++) {
			XWPFParagraph paragraph = (i == 0) ? cell.getParagraphs().get(0) : cell.addParagraph();
			paragraph.setSpacingAfter(80);
			paragraph.createRun().setText(prefix + lines.get(i));
		}
	}

	private static void fullWidth(XWPFTable table) {
		CTTblWidth width = table.getCTTbl().getTblPr().addNewTblW();
		width.setType(STTblWidth.PCT);
		width.setW(BigInteger.valueOf(5000));
	}

}
