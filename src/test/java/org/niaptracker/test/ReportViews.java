package org.niaptracker.test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.ReportView;
import org.niaptracker.report.ReportView.ActionView;
import org.niaptracker.report.ReportView.PillarView;
import org.niaptracker.report.ReportView.RatingView;

/**
 * Report views for tests that need no database: an object mother ({@link #sc66Like()},
 * shaped like Cambodia's published SC66 report) and a fluent builder to change what a
 * test is about. Pure Java.
 *
 * <pre>
 * ReportView draft = ReportViews.sc66Like().status(ReportStatus.DRAFT).unrated("1.2").build();
 * </pre>
 */
public final class ReportViews {

	/**
	 * The four ratings of the SC65/SC66 template, as in {@code db/V2__rating_scales.sql}.
	 */
	public static final RatingView SUBSTANTIALLY_ACHIEVED = new RatingView("SUBSTANTIALLY_ACHIEVED",
			"Substantially achieved", 1);

	public static final RatingView ON_TRACK = new RatingView("ON_TRACK", "On track", 2);

	public static final RatingView CHALLENGING = new RatingView("CHALLENGING", "Challenging", 3);

	public static final RatingView UNCLEAR = new RatingView("UNCLEAR", "Unclear", 4);

	public static final List<RatingView> SC65_SCALE = List.of(SUBSTANTIALLY_ACHIEVED, ON_TRACK, CHALLENGING, UNCLEAR);

	private ReportViews() {
	}

	/**
	 * Cambodia's report to SC66 as published ("SC66 Doc. 29 Annex 19"): 13 actions in 6
	 * pillars, nine on track, two substantially achieved (4.1, 6.1) and two challenging
	 * (1.2, 2.4); every action has a point, Part A and the cover are complete, and no
	 * template text is left.
	 */
	public static Builder sc66Like() {
		return report().partyCode("KH")
			.partyName("Cambodia")
			.meeting("SC66", 66)
			.status(ReportStatus.PUBLISHED)
			.documentRef("SC66 Doc. 29")
			.annexRef("Annex 19")
			.languageLine("(English only / únicamente en inglés / seulement en anglais)")
			.groupHeading("Parties of ‘secondary concern’ and ‘importance to watch’")
			.period(LocalDate.of(2014, 11, 1), LocalDate.of(2015, 9, 1))
			.preparedBy("Heng Kimchhay, National Ivory Action Plan focal point for Cambodia")
			.synopsis("Overall, the implementation of the NIAP is largely on track.")
			.progressToDate("Nine out of the thirteen actions are rated as on track.",
					"A key achievement has been the national conservation action plan.")
			.futureOutlook("Implementation of activity 1.1, 1.2, 2.4, 2.5 has been initiated.")
			.pillar(1, "Legislation")
			.action("1.1", "Revise the Government Prakas No. 020", ON_TRACK, "Drafting of the Prakas has begun.")
			.action("1.2", "Issue a Ministerial proclamation on ivory seizures", CHALLENGING,
					"We are reviewing the Stop Ivory protocol.")
			.pillar(2, "Enforcement")
			.action("2.1", "Establish a Wildlife Crime Investigation unit", ON_TRACK, "Not due to begin until 2015.")
			.action("2.2", "Increase inter-agency cooperation", ON_TRACK, "Not due to begin until 2016.")
			.action("2.3", "Enhance awareness of Customs", ON_TRACK, "We are seeking funding.")
			.action("2.4", "Establish a system for management of ivory seizures", CHALLENGING,
					"Delayed by difficulties coordinating with Customs.")
			.action("2.5", "Increase cooperation with other countries", ON_TRACK,
					"One provincial meeting with Vietnam has been held.")
			.pillar(3, "Judiciary and prosecutions")
			.action("3.1", "Increase awareness amongst prosecutors and judiciary", ON_TRACK,
					"We have begun planning this activity.")
			.action("3.2", "Increase the capacity of FA officials", ON_TRACK, "No progress to date.")
			.pillar(4, "Drivers and Prevention")
			.action("4.1", "Develop a national conservation action plan", SUBSTANTIALLY_ACHIEVED,
					"The national action plan has been drafted.")
			.pillar(5, "Data reporting and analysis")
			.action("5.1", "Regular reporting and information sharing", ON_TRACK, "Reports are submitted as required.")
			.action("5.2", "Explore sharing of intelligence", ON_TRACK, "Not due to begin until November 2015.")
			.pillar(6, "Other")
			.action("6.1", "Explore the ICCWC Toolkit", SUBSTANTIALLY_ACHIEVED, "The Toolkit has been implemented.");
	}

	/**
	 * An empty draft with the SC65 scale: no actions, no Part A, no cover fields. Add
	 * what the test needs.
	 */
	public static Builder report() {
		return new Builder();
	}

	/** A fluent, mutable builder; every {@link #build()} makes a new immutable view. */
	public static final class Builder {

		private Long id = 1L;

		private String partyCode = "KH";

		private String partyName = "Cambodia";

		private String meetingCode = "SC66";

		private int meetingNumber = 66;

		private ReportStatus status = ReportStatus.DRAFT;

		private String documentRef;

		private String annexRef;

		private String languageLine;

		private String groupHeading;

		private LocalDate periodStart;

		private LocalDate periodEnd;

		private String preparedBy;

		private List<String> synopsis = List.of();

		private List<String> progressToDate = List.of();

		private List<String> futureOutlook = List.of();

		private List<RatingView> ratings = SC65_SCALE;

		private final List<Pillar> pillars = new ArrayList<>();

		private long nextEvaluationId = 101;

		private Builder() {
		}

		public Builder id(Long id) {
			this.id = id;
			return this;
		}

		public Builder partyCode(String partyCode) {
			this.partyCode = partyCode;
			return this;
		}

		public Builder partyName(String partyName) {
			this.partyName = partyName;
			return this;
		}

		public Builder meeting(String meetingCode, int meetingNumber) {
			this.meetingCode = meetingCode;
			this.meetingNumber = meetingNumber;
			return this;
		}

		public Builder status(ReportStatus status) {
			this.status = status;
			return this;
		}

		public Builder documentRef(String documentRef) {
			this.documentRef = documentRef;
			return this;
		}

		public Builder annexRef(String annexRef) {
			this.annexRef = annexRef;
			return this;
		}

		public Builder languageLine(String languageLine) {
			this.languageLine = languageLine;
			return this;
		}

		public Builder groupHeading(String groupHeading) {
			this.groupHeading = groupHeading;
			return this;
		}

		public Builder period(LocalDate start, LocalDate end) {
			this.periodStart = start;
			this.periodEnd = end;
			return this;
		}

		public Builder preparedBy(String preparedBy) {
			this.preparedBy = preparedBy;
			return this;
		}

		/** Part A's synopsis, one argument per paragraph (none for an empty section). */
		public Builder synopsis(String... paragraphs) {
			this.synopsis = List.of(paragraphs);
			return this;
		}

		public Builder progressToDate(String... paragraphs) {
			this.progressToDate = List.of(paragraphs);
			return this;
		}

		public Builder futureOutlook(String... paragraphs) {
			this.futureOutlook = List.of(paragraphs);
			return this;
		}

		/** Empties all three sections of Part A. */
		public Builder withoutPartA() {
			return synopsis().progressToDate().futureOutlook();
		}

		public Builder ratings(RatingView... scale) {
			this.ratings = List.of(scale);
			return this;
		}

		/** Starts a pillar; the actions added next go in it. */
		public Builder pillar(int number, String name) {
			this.pillars.add(new Pillar(number, name));
			return this;
		}

		/**
		 * Adds an action to the last pillar (starting pillar 1 "Legislation" if there is
		 * none yet).
		 * @param rating the rating, or null for an unrated action
		 */
		public Builder action(String number, String title, RatingView rating, String... points) {
			if (this.pillars.isEmpty()) {
				pillar(1, "Legislation");
			}
			this.pillars.get(this.pillars.size() - 1).actions
				.add(new Action(this.nextEvaluationId++, number, title, rating, List.of(points)));
			return this;
		}

		/** Rates an action already added. */
		public Builder rating(String number, RatingView rating) {
			action(number).rating = rating;
			return this;
		}

		public Builder unrated(String number) {
			return rating(number, null);
		}

		/** Replaces an action's points (none for an action without points). */
		public Builder points(String number, String... points) {
			action(number).points = List.of(points);
			return this;
		}

		public Builder title(String number, String title) {
			action(number).title = title;
			return this;
		}

		public Builder marked(String number, boolean marked) {
			action(number).marked = marked;
			return this;
		}

		public Builder version(String number, int version) {
			action(number).version = version;
			return this;
		}

		/** Removes every pillar and action. */
		public Builder withoutActions() {
			this.pillars.clear();
			return this;
		}

		public ReportView build() {
			List<PillarView> pillarViews = this.pillars.stream()
				.map((pillar) -> new PillarView(pillar.number, pillar.name,
						pillar.actions.stream().map(Action::view).toList()))
				.toList();
			return new ReportView(this.id, this.partyCode, this.partyName, this.meetingCode, this.meetingNumber,
					this.status, this.documentRef, this.annexRef, this.languageLine, this.groupHeading,
					this.periodStart, this.periodEnd, this.preparedBy, this.synopsis, this.progressToDate,
					this.futureOutlook, this.ratings, pillarViews);
		}

		private Action action(String number) {
			return this.pillars.stream()
				.flatMap((pillar) -> pillar.actions.stream())
				.filter((action) -> action.number.equals(number))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No action " + number + " in "
						+ Arrays.toString(this.pillars.stream().map((p) -> p.number).toArray())));
		}

	}

	private static final class Pillar {

		private final int number;

		private final String name;

		private final List<Action> actions = new ArrayList<>();

		Pillar(int number, String name) {
			this.number = number;
			this.name = name;
		}

	}

	private static final class Action {

		private final long evaluationId;

		private final String number;

		private String title;

		private boolean marked;

		private RatingView rating;

		private List<String> points;

		private int version;

		Action(long evaluationId, String number, String title, RatingView rating, List<String> points) {
			this.evaluationId = evaluationId;
			this.number = number;
			this.title = title;
			this.rating = rating;
			this.points = points;
		}

		ActionView view() {
			return new ActionView(this.evaluationId, this.number, this.title, this.marked, this.rating, this.points,
					this.version);
		}

	}

}
