package org.niaptracker.importing;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.niaptracker.importing.ParsedReport.PartBEntry;
import org.niaptracker.importing.ParsedReport.PartCEntry;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import org.springframework.stereotype.Component;

/**
 * Reads a Word report on the NIAP template (Apache POI, with its defaults: its zip-bomb
 * limits and its XML parsers, which refuse any DOCTYPE and so entities, are not
 * weakened). Refuses what is not a Word document, macro-enabled documents and documents
 * that point outside themselves (linked templates, linked images or objects); hyperlinks
 * are allowed.
 *
 * <p>
 * Tolerates what Parties do to the template: table rows split across pages, merged cells,
 * blank rows, bullets as Word lists or typed "•", placeholders in brackets left around
 * filled-in text, Part B over several tables.
 */
@Component
class WordReportParser {

	private static final String MAIN_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	/** Action numbers: "1.1", "[2.3", "4.1Develop" (Parties forget the space). */
	private static final Pattern ACTION = Pattern.compile("^\\[?\\s*(\\d{1,2}\\.\\d{1,2}(?:\\.\\d{1,2})?)\\.?\\s*(.*)$",
			Pattern.DOTALL);

	/** A pillar in Part B's first column: "1. [Legislation]", "6. Other". */
	private static final Pattern PILLAR = Pattern.compile("^(\\d{1,2})\\s*[.:)]?\\s+(.*)$", Pattern.DOTALL);

	/** A pillar heading in Part C: "CATEGORY 2: [Name]", "Pillar 3 – Judiciary". */
	private static final Pattern PILLAR_HEADING = Pattern.compile(
			"^(?:category|categorie|categoria|pillar|pilier|pilar|thematic area|)\\s*(\\d{1,2})\\s*[:.)\\-–]?\\s*(.*)$",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern MEETING = Pattern.compile("\\bSC\\s?(\\d{2,3})\\b");

	private static final Pattern DOCUMENT_REF = Pattern.compile("(SC\\d{2,3} Doc\\. [0-9.]+)");

	private static final Pattern ANNEX_REF = Pattern.compile("\\b(Annex \\d+[A-Za-z]?)\\b");

	private static final Pattern BULLET = Pattern
		.compile("^[\\s•\\u2022\\u25CF\\u25AA\\u25E6\\u2023\\u2043\\uF0B7·▪‣o-]\\s+|^[•\\u2022\\uF0B7·▪]");

	/** Points that say there are none (the app's own export writes this). */
	private static final List<String> NO_POINTS = List.of("no progress reported yet.",
			"aucun progrès signalé pour l’instant.", "aún no se informa de avances.");

	/** The line the exported Part A carries, generated from the ratings. */
	private static final List<String> GENERATED = List.of("from the ratings in part b:",
			"d’après les évaluations de la partie b :", "según las evaluaciones de la parte b:");

	ParsedReport parse(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new ImportRefusedException("importing.refused.empty", "empty file");
		}
		if (startsWith(bytes, "%PDF")) {
			throw new ImportRefusedException("importing.refused.pdf", "a PDF file");
		}
		if (!startsWith(bytes, "PK\u0003\u0004")) {
			throw new ImportRefusedException("importing.refused.notDocx", "not a zip package");
		}
		OPCPackage pkg = null;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
			checkPackage(pkg);
			XWPFDocument doc = new XWPFDocument(pkg);
			return read(doc);
		}
		catch (ImportRefusedException ex) {
			throw ex;
		}
		catch (Exception | StackOverflowError ex) {
			if (mentions(ex, "DOCTYPE is disallowed")) {
				// POI's XML parsers refuse any DOCTYPE (and so entity expansion and
				// external entities) in every part; Word never writes one.
				throw new ImportRefusedException("importing.refused.xmlEntities", "a DOCTYPE in the package's XML");
			}
			if (mentions(ex, "zip bomb") || mentions(ex, "max file size") || mentions(ex, "ZipSecureFile")) {
				throw new ImportRefusedException("importing.refused.zipBomb", "zip bomb: " + ex.getClass().getName());
			}
			throw new ImportRefusedException("importing.refused.notDocx", "unreadable: " + ex.getClass().getName());
		}
		finally {
			if (pkg != null) {
				pkg.revert();
			}
		}
	}

	private static void checkPackage(OPCPackage pkg) throws Exception {
		boolean main = false;
		for (PackagePart part : pkg.getParts()) {
			String type = part.getContentType().toLowerCase(Locale.ROOT);
			String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
			if (type.contains("macroenabled") || type.contains("vbaproject") || name.endsWith("vbaproject.bin")
					|| name.contains("/vbadata")) {
				throw new ImportRefusedException("importing.refused.macros", "macro-enabled document");
			}
			if (type.equals(MAIN_DOCUMENT)) {
				main = true;
			}
			if (part.isRelationshipPart()) {
				continue;
			}
			for (PackageRelationship relationship : part.getRelationships()) {
				if (relationship.getTargetMode() == TargetMode.EXTERNAL
						&& !relationship.getRelationshipType().endsWith("/hyperlink")) {
					throw new ImportRefusedException("importing.refused.external",
							"external reference of type " + relationship.getRelationshipType());
				}
			}
		}
		if (!main) {
			throw new ImportRefusedException("importing.refused.notDocx", "no Word main document");
		}
	}

	private enum Section {

		COVER, PART_A, PROGRESS, OUTLOOK, PART_B, PART_C

	}

	private ParsedReport read(XWPFDocument doc) {
		Builder b = new Builder();
		for (XWPFHeader header : doc.getHeaderList()) {
			for (XWPFParagraph paragraph : header.getParagraphs()) {
				b.stamp(paragraph.getText());
			}
		}
		Section section = Section.COVER;
		boolean afterTitle = false;
		for (IBodyElement element : doc.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				String text = clean(paragraph.getText());
				if (text.isEmpty()) {
					continue;
				}
				String key = normal(text);
				if (key.startsWith("part a") || key.startsWith("partie a") || key.startsWith("parte a")) {
					section = Section.PART_A;
					continue;
				}
				if (key.startsWith("part b") || key.startsWith("partie b") || key.startsWith("parte b")) {
					section = Section.PART_B;
					continue;
				}
				if (key.startsWith("part c") || key.startsWith("partie c") || key.startsWith("parte c")) {
					section = Section.PART_C;
					continue;
				}
				if (section.compareTo(Section.PART_A) >= 0 && section.compareTo(Section.OUTLOOK) <= 0) {
					if (key.equals("progress to date") || key.equals("progres a ce jour")
							|| key.equals("avances hasta la fecha") || key.equals("progresos hasta la fecha")) {
						section = Section.PROGRESS;
						continue;
					}
					if (key.equals("future outlook") || key.equals("perspectives") || key.equals("perspectivas")) {
						section = Section.OUTLOOK;
						continue;
					}
				}
				switch (section) {
					case COVER -> {
						afterTitle = b.cover(text, afterTitle);
					}
					case PART_A -> b.synopsis.add(text);
					case PROGRESS -> {
						if (!GENERATED.stream().anyMatch((g) -> text.toLowerCase(Locale.ROOT).startsWith(g))) {
							b.progress.add(text);
						}
					}
					case OUTLOOK -> b.outlook.add(text);
					default -> {
						// Text between the tables of Parts B and C: not part of the
						// report.
					}
				}
			}
			else if (element instanceof XWPFTable table) {
				List<List<Cell>> rows = grid(table);
				String head = normal(
						String.join(" ", rows.stream().limit(2).flatMap(List::stream).map(Cell::text).toList()));
				if (head.contains("evaluation")
						&& (head.contains("summary") || head.contains("resume") || head.contains("resumen"))) {
					b.partC(rows);
					section = Section.PART_C;
				}
				else if (section == Section.PART_B || head.contains("progress rating")
						|| head.contains("category/pillar") || head.contains("category pillar")) {
					b.partB(rows);
					section = Section.PART_B;
				}
				else if (section == Section.COVER) {
					for (List<Cell> row : rows) {
						String line = String.join(": ",
								row.stream().map(Cell::text).filter((t) -> !t.isEmpty()).toList());
						if (!line.isEmpty()) {
							afterTitle = b.cover(line, afterTitle);
						}
					}
				}
			}
		}
		return b.build();
	}

	/** A cell by grid position: its paragraphs; empty where it continues a merge. */
	private record Cell(int column, List<String> paragraphs) {

		String text() {
			return clean(String.join(" ", this.paragraphs));
		}

	}

	private static List<List<Cell>> grid(XWPFTable table) {
		List<List<Cell>> rows = new ArrayList<>();
		for (XWPFTableRow row : table.getRows()) {
			List<Cell> cells = new ArrayList<>();
			int column = 0;
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr properties = cell.getCTTc().getTcPr();
				int span = 1;
				boolean continued = false;
				if (properties != null) {
					if (properties.isSetGridSpan() && properties.getGridSpan().getVal() != null) {
						span = Math.max(1, properties.getGridSpan().getVal().intValue());
					}
					if (properties.isSetVMerge() && (properties.getVMerge().getVal() == null
							|| properties.getVMerge().getVal() == STMerge.CONTINUE)) {
						continued = true;
					}
				}
				List<String> paragraphs = new ArrayList<>();
				if (!continued) {
					for (XWPFParagraph paragraph : cell.getParagraphs()) {
						for (String line : paragraph.getText().split("[\\n\\r\\u000B]")) {
							String text = clean(line);
							if (!text.isEmpty()) {
								paragraphs.add(text);
							}
						}
					}
				}
				cells.add(new Cell(column, paragraphs));
				column += span;
			}
			rows.add(cells);
		}
		return rows;
	}

	private final class Builder {

		String meetingCode;

		String partyName;

		String periodText;

		String preparedBy;

		String languageLine;

		String groupHeading;

		String documentRef;

		String annexRef;

		final List<String> synopsis = new ArrayList<>();

		final List<String> progress = new ArrayList<>();

		final List<String> outlook = new ArrayList<>();

		final Map<Integer, String> pillars = new LinkedHashMap<>();

		final Map<Integer, String> partCPillars = new LinkedHashMap<>();

		boolean hasPartB;

		final List<PartBEntry> partB = new ArrayList<>();

		final List<PartCEntry> partC = new ArrayList<>();

		final List<String> leftovers = new ArrayList<>();

		/** Part B's rating columns by grid position, from the latest header row. */
		Map<Integer, String> columns = new LinkedHashMap<>();

		int partBPillar;

		void stamp(String text) {
			Matcher doc = DOCUMENT_REF.matcher(text);
			if (this.documentRef == null && doc.find()) {
				this.documentRef = doc.group(1);
			}
			Matcher annex = ANNEX_REF.matcher(text);
			if (this.annexRef == null && annex.find()) {
				this.annexRef = annex.group(1);
			}
		}

		/** A cover line; returns whether the next line follows the title. */
		boolean cover(String text, boolean afterTitle) {
			stamp(text);
			String key = normal(text);
			Matcher meeting = MEETING.matcher(text);
			if (this.meetingCode == null && meeting.find() && key.contains("report")) {
				this.meetingCode = "SC" + meeting.group(1);
				return true;
			}
			if (text.startsWith("(")
					&& (key.contains("only") || key.contains("unicamente") || key.contains("seulement"))) {
				this.languageLine = text;
				return false;
			}
			String party = value(text, "party", "partie", "parte");
			if (party != null) {
				this.partyName = party;
				return false;
			}
			String period = value(text, "reporting period", "periode couverte", "periode", "periodo abarcado",
					"periodo");
			if (period != null) {
				this.periodText = period;
				return false;
			}
			String prepared = value(text, "prepared by", "prepare par", "preparado por");
			if (prepared != null && !key.startsWith("prepared for")) {
				this.preparedBy = prepared;
				return false;
			}
			if (afterTitle && this.groupHeading == null && !key.startsWith("prepared for")
					&& !key.startsWith("prepare pour") && !key.startsWith("preparado para")) {
				this.groupHeading = text;
			}
			return false;
		}

		void partB(List<List<Cell>> rows) {
			this.hasPartB = true;
			for (List<Cell> row : rows) {
				if (row.stream().allMatch((c) -> c.paragraphs().isEmpty())) {
					continue;
				}
				Cell first = row.get(0);
				Matcher pillar = PILLAR.matcher(first.text());
				boolean pillarRow = !first.paragraphs().isEmpty() && pillar.matches()
						&& !ACTION.matcher(first.text()).matches();
				boolean hasActions = row.stream()
					.skip(1)
					.flatMap((c) -> c.paragraphs().stream())
					.anyMatch((t) -> ACTION.matcher(t).matches());
				if (!pillarRow && !hasActions) {
					// A header row ("Category/pillar | Progress rating", the ratings, or
					// both repeated on a new page): the rating columns when it names
					// several.
					Map<Integer, String> labels = new LinkedHashMap<>();
					for (Cell cell : row.subList(1, row.size())) {
						if (!cell.paragraphs().isEmpty()) {
							labels.put(cell.column(), cell.text());
						}
					}
					if (labels.size() > 1) {
						this.columns = labels;
					}
					continue;
				}
				if (pillarRow) {
					this.partBPillar = Integer.parseInt(pillar.group(1));
					String name = unbracket(pillar.group(2));
					this.pillars.putIfAbsent(this.partBPillar, name);
				}
				else if (this.partBPillar == 0) {
					continue;
				}
				for (Cell cell : row.subList(1, row.size())) {
					String column = this.columns.get(cell.column());
					List<String[]> found = new ArrayList<>();
					for (String paragraph : cell.paragraphs()) {
						Matcher action = ACTION.matcher(paragraph);
						if (action.matches()) {
							found.add(new String[] { action.group(1), action.group(2) });
						}
						else if (!found.isEmpty()) {
							String[] last = found.get(found.size() - 1);
							last[1] = last[1] + " " + paragraph;
						}
					}
					for (String[] action : found) {
						String title = clean(unbracket(action[1]));
						boolean marked = title.endsWith("*");
						this.partB.add(new PartBEntry(this.partBPillar, action[0], unmark(title), marked,
								(column != null) ? column : ""));
					}
				}
			}
		}

		void partC(List<List<Cell>> rows) {
			int pillar = this.partC.isEmpty() ? 0 : this.partC.get(this.partC.size() - 1).pillar();
			for (List<Cell> row : rows) {
				List<Cell> filled = row.stream().filter((c) -> !c.paragraphs().isEmpty()).toList();
				if (filled.isEmpty()) {
					continue;
				}
				String first = row.get(0).text();
				String key = normal(String.join(" ", filled.stream().map(Cell::text).toList()));
				if (key.startsWith("action") && key.contains("evaluation")) {
					continue;
				}
				Matcher action = ACTION.matcher(first);
				if (!first.isEmpty() && action.matches()) {
					String title = clean(unbracket(action.group(2)));
					boolean marked = title.endsWith("*");
					String evaluation = (row.size() > 1) ? row.get(1).text() : "";
					List<String> points = (row.size() > 2) ? points(row.get(row.size() - 1).paragraphs()) : List.of();
					this.partC.add(new PartCEntry(pillar, action.group(1), unmark(title), marked, evaluation,
							new ArrayList<>(points)));
					continue;
				}
				Matcher heading = PILLAR_HEADING.matcher(first);
				if (filled.size() == 1 && !first.isEmpty() && heading.matches()) {
					pillar = Integer.parseInt(heading.group(1));
					String name = heading.group(2).trim();
					if (name.contains("[")) {
						this.leftovers.add(first);
					}
					String unbracketed = unbracket(name);
					if (!unbracketed.isEmpty() && !name.contains("[")) {
						this.partCPillars.putIfAbsent(pillar, unbracketed);
					}
					continue;
				}
				if (!this.partC.isEmpty()) {
					// A row split over two pages: the rest of the last action.
					PartCEntry last = this.partC.remove(this.partC.size() - 1);
					String title = last.title();
					boolean marked = last.marked();
					if (!first.isEmpty()) {
						String more = clean(unbracket(first));
						marked = marked || more.endsWith("*");
						title = clean(title + " " + unmark(more));
					}
					String evaluation = last.evaluation();
					if (evaluation.isEmpty() && row.size() > 1) {
						evaluation = row.get(1).text();
					}
					List<String> points = new ArrayList<>(last.points());
					if (row.size() > 2) {
						points.addAll(points(row.get(row.size() - 1).paragraphs()));
					}
					this.partC.add(new PartCEntry(last.pillar(), last.number(), title, marked, evaluation, points));
				}
			}
		}

		ParsedReport build() {
			YearMonth[] period = Periods.parse(this.periodText);
			Map<Integer, String> pillarNames = new LinkedHashMap<>(this.pillars);
			this.partCPillars.forEach(pillarNames::putIfAbsent);
			return new ParsedReport(this.meetingCode, this.partyName, this.periodText, period[0], period[1],
					this.preparedBy, this.languageLine, this.groupHeading, this.documentRef, this.annexRef,
					List.copyOf(this.synopsis), List.copyOf(this.progress), List.copyOf(this.outlook), pillarNames,
					this.hasPartB, List.copyOf(this.partB), List.copyOf(this.partC), List.copyOf(this.leftovers));
		}

	}

	/** Points of progress: one per paragraph, typed bullets removed (and split on). */
	static List<String> points(List<String> paragraphs) {
		List<String> points = new ArrayList<>();
		for (String paragraph : paragraphs) {
			for (String part : paragraph.split("(?<=\\S)\\s+[•\\u2022\\uF0B7]\\s+")) {
				String point = clean(BULLET.matcher(clean(part)).replaceFirst(""));
				if (!point.isEmpty()) {
					points.add(point);
				}
			}
		}
		if (points.size() == 1 && NO_POINTS.contains(points.get(0).toLowerCase(Locale.ROOT))) {
			return List.of();
		}
		return points;
	}

	/**
	 * The value of a "Label: value" line (or "Label value"), when it starts with one of
	 * the labels.
	 */
	private static String value(String text, String... labels) {
		String key = normal(text);
		for (String label : labels) {
			if (key.startsWith(label + " ") || key.equals(label)) {
				int colon = text.indexOf(':');
				String rest = (colon >= 0 && colon <= label.length() + 3) ? text.substring(colon + 1)
						: text.substring(Math.min(text.length(), label.length()));
				rest = clean(rest);
				return rest.isEmpty() ? null : rest;
			}
		}
		return null;
	}

	/**
	 * Removes the template's brackets around typed-over text: "[Legislation]" to
	 * "Legislation".
	 */
	static String unbracket(String text) {
		String t = clean(text);
		if (t.startsWith("[")) {
			t = t.substring(1);
		}
		if (t.endsWith("]")) {
			t = t.substring(0, t.length() - 1);
		}
		return clean(t.replace("]", "").replace("[", ""));
	}

	private static String unmark(String title) {
		String t = title;
		while (t.endsWith("*")) {
			t = clean(t.substring(0, t.length() - 1));
		}
		return t;
	}

	/** Spaces as one, trimmed; non-breaking spaces and tabs as spaces. */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		return text.replace('\u00A0', ' ').replace('\t', ' ').replaceAll("\\s+", " ").trim();
	}

	/**
	 * Lower case, without accents, punctuation as spaces: for comparing labels and
	 * headings.
	 */
	static String normal(String text) {
		String t = Normalizer.normalize(clean(text), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/]+", " ").trim();
	}

	private static boolean startsWith(byte[] bytes, String prefix) {
		if (bytes.length < prefix.length()) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (bytes[i] != (byte) prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private static boolean mentions(Throwable ex, String word) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getMessage() != null
					&& t.getMessage().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

}
