package org.niaptracker.export;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The report as data: version 1 of the documented JSON shape, described by the JSON
 * Schema served at {@code /schema/report-v1.json}. Secretariat ratings appear only where
 * the reader may see them ({@code secretariatRatings} says whether they are included).
 * The public API answers a report in this same shape; the {@link Schema} annotations
 * document it in the API's OpenAPI document.
 */
@Schema(name = "Report", description = "A progress report as data, the shape of its JSON download ("
		+ ReportDocument.SCHEMA + "): cover, Part A, the meeting's rating scale and the evaluations by pillar.")
public record ReportDocument(@Schema(example = SCHEMA) String $schema, @Schema(example = "1") int schemaVersion,
		PartyRef party, MeetingRef meeting, @Schema(example = "PUBLISHED", allowableValues = {
				"DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "PUBLISHED" }) String status,
		Cover cover, PartA partA,
		@Schema(description = "The meeting's ratings, in the order of Part B's columns") List<Rating> ratingScale,
		@Schema(example = "false",
				description = "Whether the Secretariat's own ratings are included") boolean secretariatRatings,
		List<Pillar> pillars){

	public static final String SCHEMA = "/schema/report-v1.json";

	@Schema(name = "ReportParty")
	public record PartyRef(@Schema(example = "KH") String code, @Schema(example = "Cambodia") String name) {

	}

	@Schema(name = "ReportMeeting")
	public record MeetingRef(@Schema(example = "SC66") String code, @Schema(example = "66") int number) {

	}

	/** Months as "2014-11". */
	@Schema(name = "ReportCover", description = "The cover; months as 2014-11")
	public record Cover(@Schema(example = "SC66 Doc. 29", nullable = true) String documentRef,
			@Schema(example = "Annex 19", nullable = true) String annexRef,
			@Schema(example = "SC66 Doc. 29 Annex 19") String stamp,
			@Schema(example = "(English only / únicamente en inglés / seulement en anglais)",
					nullable = true) String languageLine,
			@Schema(example = "Parties of ‘secondary concern’ and ‘importance to watch’",
					nullable = true) String groupHeading,
			@Schema(example = "2014-07", nullable = true) String periodStart,
			@Schema(example = "2015-06", nullable = true) String periodEnd,
			@Schema(example = "Heng Kimchhay, National Ivory Action Plan focal point for Cambodia",
					nullable = true) String preparedBy) {

	}

	/** Each section as its paragraphs. */
	@Schema(name = "ReportPartA", description = "Part A, synopsis of NIAP implementation: each section as paragraphs")
	public record PartA(List<String> synopsis, List<String> progressToDate, List<String> futureOutlook) {

	}

	@Schema(name = "ReportRating")
	public record Rating(@Schema(example = "ON_TRACK") String code, @Schema(example = "On track") String label,
			@Schema(example = "2") int position) {

	}

	@Schema(name = "ReportPillar")
	public record Pillar(@Schema(example = "1") int number, @Schema(example = "Legislation") String name,
			List<Action> actions) {

	}

	/**
	 * {@code rating} and {@code secretariatRating} are rating codes of the scale, or
	 * null.
	 */
	@Schema(name = "ReportAction", description = "An action's evaluation: ratings are codes of the meeting's scale")
	public record Action(@Schema(example = "1.2") String number,
			@Schema(example = "Issue a Ministerial proclamation on the management of ivory seizures") String title,
			@Schema(example = "true", description = "Marked with an asterisk, as printed") boolean marked,
			@Schema(example = "CHALLENGING", nullable = true, description = "Null while not rated") String rating,
			@Schema(example = "ON_TRACK", nullable = true,
					description = "Null when not rated or not visible to the caller") String secretariatRating,
			@Schema(example = "[\"Overall, progress has been delayed due to difficulties coordinating with Customs\"]") List<String> points) {

	}

}
