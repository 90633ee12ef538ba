package org.niaptracker.export;

import java.util.List;

/**
 * The report as data: version 1 of the documented JSON shape, described by the JSON
 * Schema served at {@code /schema/report-v1.json}. Secretariat ratings appear only where
 * the reader may see them ({@code secretariatRatings} says whether they are included).
 */
public record ReportDocument(String $schema, int schemaVersion, PartyRef party, MeetingRef meeting, String status,
		Cover cover, PartA partA, List<Rating> ratingScale, boolean secretariatRatings, List<Pillar> pillars) {

	public static final String SCHEMA = "/schema/report-v1.json";

	public record PartyRef(String code, String name) {

	}

	public record MeetingRef(String code, int number) {

	}

	/** Months as "2014-11". */
	public record Cover(String documentRef, String annexRef, String stamp, String languageLine, String groupHeading,
			String periodStart, String periodEnd, String preparedBy) {

	}

	/** Each section as its paragraphs. */
	public record PartA(List<String> synopsis, List<String> progressToDate, List<String> futureOutlook) {

	}

	public record Rating(String code, String label, int position) {

	}

	public record Pillar(int number, String name, List<Action> actions) {

	}

	/**
	 * {@code rating} and {@code secretariatRating} are rating codes of the scale, or
	 * null.
	 */
	public record Action(String number, String title, boolean marked, String rating, String secretariatRating,
			List<String> points) {

	}

}
