package org.niaptracker.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word documents that look like what Parties send: Cambodia's SC66 report laid out on the
 * Secretariat's template from the published annex (fixtures/cambodia-sc66-*.txt, typed
 * from the seed text), with what the annex shows: the placeholders "[Name]" and
 * "[PROGRESS RATING]" (5.2), the instruction line in 1.2, titles in brackets, 2.3's row
 * split over two pages, Part B over two tables. Variants change one thing each.
 */
public final class ReportDocuments {

	/** One change to the document as Cambodia sent it. */
	public enum Variant {

		/**
		 * Part B's pillar cell merged down over two rows, Part C's headings over three
		 * columns.
		 */
		MERGED_CELLS,
		/** An empty row in Part B and in Part C. */
		BLANK_ROWS,
		/** The points as a Word bulleted list rather than typed "•". */
		WORD_LISTS,
		/**
		 * Part B's column headings and Part C's evaluations in capitals, without
		 * brackets.
		 */
		CAPITALS,
		/** No Part B table. */
		NO_PART_B,
		/** No Part C table. */
		NO_PART_C,
		/** Part C's evaluation of 5.2 filled in as On track. */
		FILLED_5_2,
		/** Part C rates 3.2 Challenging (Part B keeps it On track). */
		DISAGREEING_3_2,
		/** An action 6.2 not in the plan, and 1.1 with another title. */
		OFF_PLAN

	}

	public static final List<String> SC65_COLUMNS = List.of("Substantially achieved", "On track", "Challenging",
			"Unclear");

	record Action(int pillar, String number, String title, String rating, List<String> points) {
	}

	private ReportDocuments() {
	}

	public static byte[] cambodiaSc66(Variant... variants) {
		return cambodiaSc66("CAMBODIA", variants);
	}

	public static byte[] cambodiaSc66(String party, Variant... variants) {
		return cambodia(party, "SC66", variants);
	}

	/** Cambodia's SC66 report as if written for another meeting (its title and stamp). */
	public static byte[] cambodia(String party, String meeting, Variant... variants) {
		Set<Variant> set = EnumSet.noneOf(Variant.class);
		set.addAll(List.of(variants));
		Map<Integer, String> pillars = new LinkedHashMap<>();
		List<Action> actions = new ArrayList<>();
		readPartC(pillars, actions);
		if (set.contains(Variant.OFF_PLAN)) {
			actions.add(new Action(6, "6.2", "Train customs officers at the airports", "On track",
					List.of("Two training sessions were held")));
			Action first = actions.get(0);
			actions.set(0, new Action(1, "1.1", "Revise the Government Prakas No. 020 on wildlife species*",
					first.rating(), first.points()));
		}
		Map<String, List<String>> partA = readPartA();
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var header = doc.createHeader(HeaderFooterType.DEFAULT);
			header.createParagraph().createRun().setText(meeting + " Doc. 29");
			header.createParagraph().createRun().setText("Annex 19");
			text(doc, "CITES " + meeting + " NATIONAL IVORY ACTION PLAN PROGRESS REPORT");
			text(doc, "Parties of ‘secondary concern’ and ‘importance to watch’");
			text(doc, "Prepared for the 66th meeting of the CITES Standing Committee");
			text(doc, "");
			text(doc, "Party: " + party);
			text(doc, "Reporting period: November 2014 – September 2015");
			text(doc, "Prepared by Heng Kimchhay, National Ivory Action Plan focal point for Cambodia");
			text(doc, "(English only / únicamente en inglés / seulement en anglais)");
			text(doc, "PART A: Synopsis of NIAP implementation");
			partA.get("synopsis").forEach((p) -> text(doc, p));
			text(doc, "Progress to date");
			partA.get("progress-to-date").forEach((p) -> text(doc, p));
			text(doc, "Future outlook");
			partA.get("future-outlook").forEach((p) -> text(doc, p));
			if (!set.contains(Variant.NO_PART_B)) {
				text(doc, "PART B: Summary evaluation of actions (assigned progress ratings)");
				partB(doc, pillars, actions, set, 1, 3);
				partB(doc, pillars, actions, set, 4, 6);
			}
			if (!set.contains(Variant.NO_PART_C)) {
				text(doc, "PART C: Detailed evaluation of actions");
				partC(doc, pillars, actions, set);
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void partB(XWPFDocument doc, Map<Integer, String> pillars, List<Action> actions, Set<Variant> set,
			int from, int to) {
		XWPFTable table = doc.createTable(2, 5);
		set(table.getRow(0).getCell(0), "CATEGORY/PILLAR");
		set(table.getRow(0).getCell(1), "PROGRESS RATING");
		for (int c = 0; c < 4; c++) {
			String label = SC65_COLUMNS.get(c);
			set(table.getRow(1).getCell(c + 1),
					set.contains(Variant.CAPITALS) ? label.toUpperCase(Locale.ROOT) : label);
		}
		for (int p = from; p <= to; p++) {
			int pillar = p;
			List<Action> inPillar = actions.stream().filter((a) -> a.pillar() == pillar).toList();
			String name = (pillar == 6) ? "Other" : "[" + pillars.get(pillar) + "]";
			boolean split = set.contains(Variant.MERGED_CELLS) && inPillar.size() > 1;
			XWPFTableRow row = table.createRow();
			set(row.getCell(0), pillar + ". " + name);
			XWPFTableRow second = null;
			if (split) {
				second = table.createRow();
				row.getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
				second.getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
			}
			for (int i = 0; i < inPillar.size(); i++) {
				Action action = inPillar.get(i);
				String rating = action.rating().equals("PLACEHOLDER") ? "On track" : action.rating();
				if (action.number().equals("3.2") || action.number().equals("5.2")) {
					rating = "On track";
				}
				XWPFTableRow target = (split && i % 2 == 1) ? second : row;
				XWPFTableCell cell = target.getCell(1 + SC65_COLUMNS.indexOf(rating));
				String title = action.title();
				// Part B as typed: a title over two paragraphs, "1.2Issue" without a
				// space.
				String text = (action.number().equals("1.2") ? "1.2" : action.number() + " ") + title;
				if (action.number().equals("2.1")) {
					add(cell, "2.1 Establish a specialised Wildlife Crime Investigation unit");
					add(cell, title.substring("Establish a specialised Wildlife Crime Investigation unit ".length()));
				}
				else {
					add(cell, text);
				}
			}
			if (set.contains(Variant.BLANK_ROWS) && pillar == 2) {
				table.createRow();
			}
		}
	}

	private static void partC(XWPFDocument doc, Map<Integer, String> pillars, List<Action> actions, Set<Variant> set) {
		BigInteger bullets = set.contains(Variant.WORD_LISTS) ? bullets(doc) : null;
		XWPFTable table = doc.createTable(1, 3);
		set(table.getRow(0).getCell(0), "ACTION");
		set(table.getRow(0).getCell(1), "EVALUATION");
		set(table.getRow(0).getCell(2), "SUMMARY OF PROGRESS (and comments)");
		for (int p = 1; p <= 6; p++) {
			int pillar = p;
			XWPFTableRow heading = table.createRow();
			String name = switch (pillar) {
				case 1 -> "[Legislation]";
				case 2, 3 -> "[Name]";
				case 6 -> "OTHER";
				default -> "[name]";
			};
			set(heading.getCell(0), "CATEGORY " + pillar + ": " + name);
			if (set.contains(Variant.MERGED_CELLS)) {
				heading.removeCell(2);
				heading.removeCell(1);
				heading.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
			}
			if (set.contains(Variant.BLANK_ROWS) && pillar == 3) {
				table.createRow();
			}
			for (Action action : actions) {
				if (action.pillar() != pillar) {
					continue;
				}
				String rating = action.rating();
				if (action.number().equals("5.2") && !set.contains(Variant.FILLED_5_2)) {
					rating = "PROGRESS RATING";
				}
				if (action.number().equals("3.2") && set.contains(Variant.DISAGREEING_3_2)) {
					rating = "Challenging";
				}
				String evaluation = set.contains(Variant.CAPITALS) ? rating.toUpperCase(Locale.ROOT)
						: "[" + rating.toUpperCase(Locale.ROOT) + "]";
				String title = action.title();
				boolean keepMark = action.number().equals("1.1") || action.number().equals("3.1");
				if (!keepMark && title.endsWith("*")) {
					title = title.substring(0, title.length() - 1);
				}
				XWPFTableRow row = table.createRow();
				List<String> points = action.points();
				if (action.number().equals("2.3")) {
					// Split over two pages, as in the annex.
					set(row.getCell(0), "2.3 [Enhance awareness and capacity of Customs and");
					set(row.getCell(1), evaluation);
					points(row.getCell(2), points.subList(0, 1), bullets);
					XWPFTableRow rest = table.createRow();
					set(rest.getCell(0), "other relevant agencies of wildlife trafficking]");
					points(rest.getCell(2), points.subList(1, points.size()), bullets);
					continue;
				}
				set(row.getCell(0), action.number() + " [" + title + "]");
				set(row.getCell(1), evaluation);
				points(row.getCell(2), points, bullets);
			}
		}
	}

	private static void points(XWPFTableCell cell, List<String> points, BigInteger bullets) {
		for (int i = 0; i < points.size(); i++) {
			XWPFParagraph paragraph = (i == 0) ? cell.getParagraphs().get(0) : cell.addParagraph();
			if (bullets != null) {
				paragraph.setNumID(bullets);
				paragraph.setNumILvl(BigInteger.ZERO);
				paragraph.createRun().setText(points.get(i));
			}
			else {
				paragraph.createRun().setText("• " + points.get(i));
			}
		}
	}

	private static BigInteger bullets(XWPFDocument doc) {
		CTAbstractNum list = CTAbstractNum.Factory.newInstance();
		list.setAbstractNumId(BigInteger.ZERO);
		CTLvl level = list.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewNumFmt().setVal(STNumberFormat.BULLET);
		level.addNewLvlText().setVal("•");
		XWPFNumbering numbering = doc.createNumbering();
		return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
	}

	private static void text(XWPFDocument doc, String text) {
		doc.createParagraph().createRun().setText(text);
	}

	private static void set(XWPFTableCell cell, String text) {
		cell.getParagraphs().get(0).createRun().setText(text);
	}

	private static void add(XWPFTableCell cell, String text) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		if (!paragraph.getRuns().isEmpty()) {
			paragraph = cell.addParagraph();
		}
		paragraph.createRun().setText(text);
	}

	/**
	 * Pillar names and actions of Cambodia's SC66 report, from
	 * fixtures/cambodia-sc66-part-c.txt.
	 */
	private static void readPartC(Map<Integer, String> pillars, List<Action> actions) {
		int pillar = 0;
		String number = null;
		String title = null;
		String rating = null;
		List<String> points = new ArrayList<>();
		for (String line : lines("/fixtures/cambodia-sc66-part-c.txt")) {
			if (line.startsWith("pillar ")) {
				String[] parts = line.split(" ", 3);
				pillar = Integer.parseInt(parts[1]);
				pillars.put(pillar, parts[2]);
			}
			else if (line.startsWith("action ")) {
				if (number != null) {
					actions.add(new Action(actions.isEmpty() ? 1 : 0, number, title, rating, points));
				}
				String[] parts = line.split(" ", 3);
				number = parts[1];
				title = parts[2];
				points = new ArrayList<>();
			}
			else if (line.startsWith("rating ")) {
				rating = line.substring("rating ".length());
			}
			else if (line.startsWith("point ")) {
				points.add(line.substring("point ".length()));
			}
		}
		actions.add(new Action(0, number, title, rating, points));
		// The pillar of each action is its number's first part.
		actions.replaceAll((a) -> new Action(Integer.parseInt(a.number().substring(0, a.number().indexOf('.'))),
				a.number(), a.title(), a.rating(), a.points()));
	}

	/** Part A's paragraphs by section, from fixtures/cambodia-sc66-part-a.txt. */
	static Map<String, List<String>> readPartA() {
		Map<String, List<String>> sections = new LinkedHashMap<>();
		String section = null;
		for (String line : lines("/fixtures/cambodia-sc66-part-a.txt")) {
			if (line.startsWith("section ")) {
				section = line.substring("section ".length());
				sections.put(section, new ArrayList<>());
			}
			else if (line.startsWith("paragraph ")) {
				sections.get(section).add(line.substring("paragraph ".length()));
			}
		}
		return sections;
	}

	private static List<String> lines(String resource) {
		try (InputStream in = ReportDocuments.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((l) -> !l.startsWith("#") && !l.isBlank())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
