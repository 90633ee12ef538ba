package org.niaptracker.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the API answers: records of its own, apart from the entities and the pages' views,
 * so that their field names stay stable (camelCase) when the code behind them changes. A
 * report answers in the shape of its JSON download ({@code export.ReportDocument}), so
 * that a report has one JSON shape.
 */
public final class ApiViews {

	private ApiViews() {
	}

	/** Where a page of a list stands. */
	@Schema(description = "Where this page of the list stands. Pages are numbered from 0; "
			+ "there is no total: follow hasNext (or the Link header's rel=\"next\").")
	public record PageInfo(@Schema(example = "0") int number, @Schema(example = "25") int size,
			@Schema(example = "false") boolean hasPrevious, @Schema(example = "true") boolean hasNext) {
	}

	@Schema(description = "A Party in the NIAP process, as lists show it.")
	public record PartySummary(@Schema(example = "KH", description = "ISO 3166 code") String code,
			@Schema(example = "Cambodia") String name,
			@Schema(example = "B", nullable = true, description = "Category A, B or C, null when not recorded",
					allowableValues = {
							"A", "B", "C" }) String category,
			@Schema(example = "IMPLEMENTING", nullable = true,
					description = "Where the Party stands in the NIAP process") String processStatus){
	}

	@Schema(description = "One page of the list of Parties, by name.")
	public record PartyPage(List<PartySummary> items, PageInfo page) {
	}

	@Schema(description = "A Party's profile and the reports the caller may read.")
	public record Party(@Schema(example = "KH") String code, @Schema(example = "Cambodia") String name,
			@Schema(example = "Cambodge", nullable = true) String nameFr,
			@Schema(example = "Camboya", nullable = true) String nameEs,
			@Schema(example = "B", nullable = true, allowableValues = {
					"A", "B", "C" }) String category,
			@Schema(example = "SC69", nullable = true,
					description = "The meeting that decided the category") String categorySince,
			@Schema(example = "IMPLEMENTING", nullable = true) String processStatus,
			@Schema(example = "SC65", nullable = true) String processStatusSince, List<ReportSummary> reports){
	}

	@Schema(description = "A report in a list: its meeting, status and document numbers.")
	public record ReportSummary(@Schema(example = "SC66") String meetingCode, @Schema(example = "66") int meetingNumber,
			@Schema(example = "PUBLISHED", allowableValues = {
					"DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "PUBLISHED" }) String status,
			@Schema(example = "SC66 Doc. 29", nullable = true) String documentRef,
			@Schema(example = "Annex 19", nullable = true) String annexRef,
			@Schema(example = "2014-07-01", nullable = true) LocalDate periodStart,
			@Schema(example = "2015-06-30", nullable = true) LocalDate periodEnd,
			@Schema(example = "/api/v1/parties/KH/reports/SC66") String href){
	}

	@Schema(description = "A Party's plan: the revision in force and every revision the caller may see.")
	public record Plan(@Schema(example = "KH") String partyCode, @Schema(example = "Cambodia") String partyName,
			@Schema(nullable = true,
					description = "The revision in force; null before the first is adopted") Revision inForce,
			List<RevisionSummary> revisions) {
	}

	@Schema(description = "A revision of a Party's plan, in a list.")
	public record RevisionSummary(@Schema(example = "1") int number, @Schema(example = "ADOPTED", allowableValues = {
			"DRAFT", "ADOPTED" }) String status, @Schema(example = "2015-03-01", nullable = true) LocalDate adoptedOn,
			@Schema(example = "As adopted with the SC66 report", nullable = true) String note,
			@Schema(example = "true") boolean inForce,
			@Schema(example = "/api/v1/parties/KH/plan/revisions/1") String href){
	}

	@Schema(description = "One revision of a Party's plan with its pillars and actions, in order.")
	public record Revision(@Schema(example = "KH") String partyCode, @Schema(example = "1") int number,
			@Schema(example = "ADOPTED", allowableValues = {
					"DRAFT", "ADOPTED" }) String status,
			@Schema(example = "2015-03-01", nullable = true) LocalDate adoptedOn,
			@Schema(example = "As adopted with the SC66 report", nullable = true) String note,
			@Schema(example = "true") boolean inForce,
			@Schema(example = "1", nullable = true,
					description = "The revision before this one the caller may see") Integer previousNumber,
			List<PlanPillar> pillars){
	}

	@Schema(description = "A pillar of a plan (also called a category or thematic area).")
	public record PlanPillar(@Schema(example = "1") int number, @Schema(example = "Legislation") String name,
			List<PlanAction> actions) {
	}

	@Schema(description = "An action of a plan. Its lineageId follows it across revisions "
			+ "(renumbered, reworded, moved): its timeline is /api/v1/parties/{partyCode}/actions/{lineageId}.")
	public record PlanAction(@Schema(example = "1001") long lineageId, @Schema(example = "1.2") String number,
			@Schema(example = "Adopt the new wildlife law") String title, @Schema(example = "true",
					description = "Marked with an asterisk in the report, as printed") boolean marked) {
	}

	@Schema(description = "One action followed over time: how each revision of the plan worded it, "
			+ "and its rating in each report the caller may see.")
	public record ActionTimeline(@Schema(example = "KH") String partyCode,
			@Schema(example = "Cambodia") String partyName, @Schema(example = "1001") long lineageId,
			@Schema(example = "1.2", description = "Its number in the latest revision") String number,
			@Schema(example = "Adopt the new wildlife law") String title, List<ActionInRevision> revisions,
			List<ActionInReport> reports) {
	}

	@Schema(description = "The action as one revision of the plan has it.")
	public record ActionInRevision(@Schema(example = "1") int revision, @Schema(example = "false") boolean draft,
			@Schema(example = "2015-03-01", nullable = true) LocalDate adoptedOn,
			@Schema(example = "1") int pillarNumber, @Schema(example = "Legislation") String pillarName,
			@Schema(example = "1.2") String number, @Schema(example = "Adopt the new wildlife law") String title,
			@Schema(example = "true") boolean marked) {
	}

	@Schema(description = "The action in one report: the Party's rating and points, "
			+ "and the Secretariat's rating where the caller may see it.")
	public record ActionInReport(@Schema(example = "SC66") String meetingCode,
			@Schema(example = "PUBLISHED") String status, @Schema(example = "1.2") String number,
			@Schema(example = "CHALLENGING", nullable = true,
					description = "A rating code of the meeting's scale, null while not rated") String rating,
			@Schema(example = "Challenging", nullable = true) String ratingLabel,
			@Schema(example = "[\"The draft law was sent to the Council of Ministers.\"]") List<String> points,
			@Schema(example = "ON_TRACK", nullable = true,
					description = "Null when not rated or not visible to the caller") String secretariatRating) {
	}

	@Schema(description = "A Standing Committee meeting that Parties report to.")
	public record Meeting(@Schema(example = "SC66") String code, @Schema(example = "66") int number,
			@Schema(example = "2016-01-11", nullable = true) LocalDate startsOn,
			@Schema(example = "2015-10-13", nullable = true) LocalDate reportDueOn,
			@Schema(example = "SC66 Doc. 29", nullable = true) String overviewDocumentRef,
			@Schema(example = "SC65") String ratingScaleCode, @Schema(example = "/api/v1/meetings/SC66") String href) {
	}

	@Schema(description = "One page of the list of meetings, oldest first.")
	public record MeetingPage(List<Meeting> items, PageInfo page) {
	}

	@Schema(description = "A meeting with the ratings of its scale, in their Part B order.")
	public record MeetingDetail(@Schema(example = "SC66") String code, @Schema(example = "66") int number,
			@Schema(example = "2016-01-11", nullable = true) LocalDate startsOn,
			@Schema(example = "2015-10-13", nullable = true) LocalDate reportDueOn,
			@Schema(example = "SC66 Doc. 29", nullable = true) String overviewDocumentRef,
			@Schema(example = "SC65") String ratingScaleCode, List<ScaleRating> ratings) {
	}

	@Schema(description = "A rating of a scale, with its labels in English, French and Spanish.")
	public record ScaleRating(@Schema(example = "ON_TRACK") String code, @Schema(example = "On track") String label,
			@Schema(example = "En bonne voie", nullable = true) String labelFr,
			@Schema(example = "En curso", nullable = true) String labelEs,
			@Schema(example = "2", description = "Its column in Part B, from 1") int position) {
	}

	@Schema(description = "A rating scale: its ratings in order, and the meetings that use it.")
	public record RatingScale(@Schema(example = "SC65") String code,
			@Schema(example = "SC65/SC66 template", nullable = true) String description, List<ScaleRating> ratings,
			@Schema(example = "[\"SC65\", \"SC66\"]") List<String> meetings) {
	}

	@Schema(description = "A meeting's public overview, in the shape of the Standing Committee's document: "
			+ "for every Party whose report is published, its share of actions in each rating, and the "
			+ "Secretariat's figures where it published its assessment, a page of Parties at a time. "
			+ "Labels are in English.")
	public record Overview(@Schema(example = "SC66") String meetingCode, @Schema(example = "66") int meetingNumber,
			@Schema(example = "SC66 Doc. 29", nullable = true) String documentRef,
			@Schema(description = "The columns: the meeting's scale in order, then UNRATED when withUnrated") List<OverviewColumn> ratings,
			@Schema(example = "false") boolean withUnrated,
			@Schema(description = "This page's Parties, by name") List<OverviewRow> rows, PageInfo page) {
	}

	@Schema(description = "A column of the overview.")
	public record OverviewColumn(@Schema(example = "ON_TRACK") String code,
			@Schema(example = "On track") String label) {
	}

	@Schema(description = "One Party's published report in the overview.")
	public record OverviewRow(@Schema(example = "KH") String partyCode, @Schema(example = "Cambodia") String partyName,
			@Schema(example = "13") int total,
			@Schema(example = "false",
					description = "Whether the Secretariat's figures are published") boolean secretariatPublished,
			List<OverviewCell> cells) {
	}

	@Schema(description = "The actions of one rating in a Party's report: the Party's count and share, "
			+ "and the Secretariat's where published (null otherwise). Shares are whole percentages "
			+ "that add up to 100 for the row.")
	public record OverviewCell(@Schema(example = "ON_TRACK") String ratingCode, @Schema(example = "9") int count,
			@Schema(example = "69") int percent, @Schema(example = "8", nullable = true) Integer secretariatCount,
			@Schema(example = "62", nullable = true) Integer secretariatPercent) {
	}

}
