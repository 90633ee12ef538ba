package org.niaptracker.importing;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What a Word report on the NIAP template says, before it is matched to a Party's plan or
 * a rating scale: the cover, Part A, Part B's placements and Part C's rows, as typed.
 *
 * @param meetingCode the meeting named in the title ("SC66"), or null
 * @param partyName the cover's Party, as typed ("CAMBODIA")
 * @param pillars the pillar names by number, from Part B (else Part C's headings)
 * @param hasPartB whether the document has a Part B table
 * @param partB the actions Part B places, in order
 * @param partC the actions Part C evaluates, in order
 */
record ParsedReport(String meetingCode, String partyName, String periodText, YearMonth periodStart, YearMonth periodEnd,
		String preparedBy, String languageLine, String groupHeading, String documentRef, String annexRef,
		List<String> synopsis, List<String> progressToDate, List<String> futureOutlook, Map<Integer, String> pillars,
		boolean hasPartB, List<PartBEntry> partB, List<PartCEntry> partC, List<String> leftovers) {

	/** An action in a column of Part B; {@code column} is the column's heading. */
	record PartBEntry(int pillar, String number, String title, boolean marked, String column) {
	}

	/** An action row of Part C: its title, its "Evaluation" as typed, its points. */
	record PartCEntry(int pillar, String number, String title, boolean marked, String evaluation, List<String> points) {
	}

}
