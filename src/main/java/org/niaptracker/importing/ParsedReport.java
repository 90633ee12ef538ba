package org.niaptracker.importing;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What a report document says, before it is matched to a Party's plan or a rating scale:
 * the cover, Part A, Part B's placements and Part C's rows, as typed. A Word report on
 * the NIAP template fills in all of it; a report in JSON has no Part B, and each of its
 * actions is a Part C row that carries its rating code.
 *
 * @param source what the report was read from
 * @param partyCode the Party's code the document names (JSON), or null (Word names the
 * Party only)
 * @param meetingCode the meeting named in the title ("SC66"), or null
 * @param partyName the cover's Party, as typed ("CAMBODIA")
 * @param pillars the pillar names by number, from Part B (else Part C's headings)
 * @param hasPartB whether the document has a Part B table
 * @param partB the actions Part B places, in order
 * @param partC the actions Part C evaluates, in order
 * @param secretariatRatings whether the document holds Secretariat ratings (JSON), which
 * the import leaves aside
 */
record ParsedReport(Source source, String partyCode, String meetingCode, String partyName, String periodText,
		YearMonth periodStart, YearMonth periodEnd, String preparedBy, String languageLine, String groupHeading,
		String documentRef, String annexRef, List<String> synopsis, List<String> progressToDate,
		List<String> futureOutlook, Map<Integer, String> pillars, boolean hasPartB, List<PartBEntry> partB,
		List<PartCEntry> partC, List<String> leftovers, boolean secretariatRatings) {

	/** A Word document on the template, or the app's report JSON. */
	enum Source {

		WORD, JSON

	}

	/** What a Word document says. */
	ParsedReport(String meetingCode, String partyName, String periodText, YearMonth periodStart, YearMonth periodEnd,
			String preparedBy, String languageLine, String groupHeading, String documentRef, String annexRef,
			List<String> synopsis, List<String> progressToDate, List<String> futureOutlook,
			Map<Integer, String> pillars, boolean hasPartB, List<PartBEntry> partB, List<PartCEntry> partC,
			List<String> leftovers) {
		this(Source.WORD, null, meetingCode, partyName, periodText, periodStart, periodEnd, preparedBy, languageLine,
				groupHeading, documentRef, annexRef, synopsis, progressToDate, futureOutlook, pillars, hasPartB, partB,
				partC, leftovers, false);
	}

	/** An action in a column of Part B; {@code column} is the column's heading. */
	record PartBEntry(int pillar, String number, String title, boolean marked, String column) {
	}

	/**
	 * An action row of Part C: its title, its "Evaluation" as typed, its points; from
	 * JSON, also its rating's code ({@code ratingCode}, null in Word documents and for an
	 * action not rated), which is matched before the label in {@code evaluation}.
	 */
	record PartCEntry(int pillar, String number, String title, boolean marked, String evaluation, List<String> points,
			String ratingCode) {

		PartCEntry(int pillar, String number, String title, boolean marked, String evaluation, List<String> points) {
			this(pillar, number, title, marked, evaluation, points, null);
		}

	}

}
