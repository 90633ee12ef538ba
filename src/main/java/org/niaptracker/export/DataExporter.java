package org.niaptracker.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.niaptracker.report.AssessmentView;
import org.niaptracker.report.ReportView;
import org.niaptracker.review.PublishedOverview;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The report as data: JSON in a documented, versioned shape ({@link ReportDocument}) and
 * the evaluations as CSV (one row per action, the points in one cell, one per line, with
 * a byte-order mark for Excel).
 */
@Component
public class DataExporter {

	static final String[] CSV_HEADER = { "party", "meeting", "pillar", "pillar_name", "action", "title", "marked",
			"rating", "rating_label", "secretariat_rating", "points" };

	/** U+FEFF, written in UTF-8 as EF BB BF. */
	static final char BYTE_ORDER_MARK = '\uFEFF';

	/** What makes a spreadsheet read a cell as a formula. */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final JsonMapper json;

	private final AnnexText text;

	DataExporter(JsonMapper json, AnnexText text) {
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
		this.text = text;
	}

	public ReportDocument document(ExportedReport exported) {
		ReportView r = exported.report();
		return new ReportDocument(ReportDocument.SCHEMA, 1, new ReportDocument.PartyRef(r.partyCode(), r.partyName()),
				new ReportDocument.MeetingRef(r.meetingCode(), r.meetingNumber()), r.status().name(),
				new ReportDocument.Cover(r.documentRef(), r.annexRef(), r.stamp(), r.languageLine(), r.groupHeading(),
						month(r), monthEnd(r), r.preparedBy()),
				new ReportDocument.PartA(r.synopsis(), r.progressToDate(), r.futureOutlook()),
				r.ratings()
					.stream()
					.map((rating) -> new ReportDocument.Rating(rating.code(), rating.label(), rating.position()))
					.toList(),
				!exported.assessments().isEmpty(),
				r.pillars()
					.stream()
					.map((pillar) -> new ReportDocument.Pillar(pillar.number(), pillar.name(), pillar.actions()
						.stream()
						.map((action) -> new ReportDocument.Action(action.number(), action.title(), action.marked(),
								code(action.rating()), secretariat(exported, action), action.points()))
						.toList()))
					.toList());
	}

	public String json(ExportedReport exported) {
		return this.json.writeValueAsString(document(exported));
	}

	/**
	 * The evaluations as CSV (RFC 4180), starting with a byte-order mark: without it
	 * Excel, the spreadsheet most readers open it with, takes UTF-8 for the local code
	 * page and shows "–" and "’" as "â€“" and "â€™". Other readers (LibreOffice, pandas,
	 * Python's "utf-8-sig", Commons CSV with a BOMInputStream) skip the mark.
	 */
	public String csv(ExportedReport exported) {
		ReportView r = exported.report();
		StringWriter out = new StringWriter();
		out.write(BYTE_ORDER_MARK);
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).setRecordSeparator("\r\n").get())) {
			for (ReportView.PillarView pillar : r.pillars()) {
				for (ReportView.ActionView action : pillar.actions()) {
					csv.printRecord(cells(r.partyCode(), r.meetingCode(), pillar.number(), pillar.name(),
							action.number(), action.title(), action.marked(), code(action.rating()),
							(action.rating() != null) ? this.text.rating(action.rating()) : "",
							secretariat(exported, action), String.join("\n", action.points())));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static final String[] OVERVIEW_HEADER = { "meeting", "document", "party", "party_name", "rating", "rating_label",
			"actions", "share", "secretariat_actions", "secretariat_share" };

	/**
	 * A meeting's public overview as CSV, with a byte-order mark like the evaluations:
	 * one row per Party and rating (in the scale's order, then actions not rated where
	 * the overview counts them), the Party's actions and share in percent, and the
	 * Secretariat's where it published its assessment (empty otherwise).
	 */
	public String overviewCsv(PublishedOverview overview) {
		StringWriter out = new StringWriter();
		out.write(BYTE_ORDER_MARK);
		try (CSVPrinter csv = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(OVERVIEW_HEADER).setRecordSeparator("\r\n").get())) {
			for (PublishedOverview.Row row : overview.rows()) {
				for (int i = 0; i < row.cells().size(); i++) {
					PublishedOverview.Cell cell = row.cells().get(i);
					String label = (i < overview.ratings().size()) ? overview.ratings().get(i).label()
							: this.text.get("rating.unrated");
					csv.printRecord(cells(overview.meetingCode(), overview.documentRef(), row.partyCode(),
							row.partyName(), cell.ratingCode(), label, cell.count(), cell.percent(),
							cell.secretariatCount(), cell.secretariatPercent()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Neutralises cells a spreadsheet would run as a formula, as OWASP recommends for CSV
	 * injection: text starting with {@code = + - @}, a tab or a carriage return gets a
	 * leading single quote, so it is shown as text.
	 */
	static Object[] cells(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof String text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
				values[i] = "'" + text;
			}
		}
		return values;
	}

	private static String secretariat(ExportedReport exported, ReportView.ActionView action) {
		AssessmentView assessment = exported.assessments().get(action.number());
		return (assessment != null && assessment.rating() != null) ? assessment.rating().code() : null;
	}

	private static String code(ReportView.RatingView rating) {
		return (rating != null) ? rating.code() : null;
	}

	private static String month(ReportView r) {
		return (r.periodStart() != null) ? YearMonth.from(r.periodStart()).toString() : null;
	}

	private static String monthEnd(ReportView r) {
		return (r.periodEnd() != null) ? YearMonth.from(r.periodEnd()).toString() : null;
	}

}
