package org.niaptracker.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.niap.Action;
import org.niaptracker.niap.Pillar;

/**
 * Everything a report page shows, read in one transaction: the cover, Part A, and the
 * pillars with their evaluated actions from which both Part B and Part C are drawn.
 */
public record ReportView(Long id, String partyCode, String partyName, String meetingCode, int meetingNumber,
		ReportStatus status, String documentRef, String annexRef, String languageLine, String groupHeading,
		LocalDate periodStart, LocalDate periodEnd, String preparedBy, List<String> synopsis,
		List<String> progressToDate, List<String> futureOutlook, List<RatingView> ratings, List<PillarView> pillars) {

	static ReportView of(ReportingPeriod report, List<ProgressRating> scale, List<Evaluation> evaluations) {
		Map<Long, PillarView> pillars = new LinkedHashMap<>();
		for (Evaluation evaluation : evaluations) {
			Action action = evaluation.getAction();
			Pillar pillar = action.getPillar();
			pillars.computeIfAbsent(pillar.getId(), (id) -> new PillarView(pillar.getNumber(), pillar.getName()))
				.actions()
				.add(ActionView.of(evaluation));
		}
		return new ReportView(report.getId(), report.getParty().getCode(), report.getParty().getName(),
				report.getMeeting().getCode(), report.getMeeting().getNumber(), report.getStatus(),
				report.getDocumentRef(), report.getAnnexRef(), report.getLanguageLine(), report.getGroupHeading(),
				report.getPeriodStart(), report.getPeriodEnd(), report.getPreparedBy(),
				paragraphs(report.getSynopsis()), paragraphs(report.getProgressToDate()),
				paragraphs(report.getFutureOutlook()), scale.stream().map(RatingView::of).toList(),
				pillars.values()
					.stream()
					.map((pillar) -> new PillarView(pillar.number(), pillar.name(), List.copyOf(pillar.actions())))
					.toList());
	}

	/** Text stored with paragraphs separated by blank lines, as a list of paragraphs. */
	static List<String> paragraphs(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

	/** The same report in another status (a frozen submission read later). */
	public ReportView withStatus(ReportStatus newStatus) {
		return new ReportView(this.id, this.partyCode, this.partyName, this.meetingCode, this.meetingNumber, newStatus,
				this.documentRef, this.annexRef, this.languageLine, this.groupHeading, this.periodStart, this.periodEnd,
				this.preparedBy, this.synopsis, this.progressToDate, this.futureOutlook, this.ratings, this.pillars);
	}

	/**
	 * About how much memory the report takes: two bytes a character of its text, and a
	 * little for each action and paragraph.
	 */
	public int approximateBytes() {
		int chars = 0;
		int parts = 0;
		for (List<String> paragraphs : List.of(this.synopsis, this.progressToDate, this.futureOutlook)) {
			for (String paragraph : paragraphs) {
				chars += paragraph.length();
				parts++;
			}
		}
		for (ActionView action : actions()) {
			chars += action.title().length();
			for (String point : action.points()) {
				chars += point.length();
				parts++;
			}
			parts++;
		}
		return 2 * chars + 64 * parts + 1024;
	}

	/** The stamp printed on every annex page, e.g. "SC66 Doc. 29 Annex 19". */
	public String stamp() {
		return stamp(this.documentRef, this.annexRef);
	}

	/**
	 * The stamp of a report with these meeting document and annex numbers (either may be
	 * null); blank without either.
	 */
	public static String stamp(String documentRef, String annexRef) {
		return String.join(" ", Objects.toString(documentRef, ""), Objects.toString(annexRef, "")).strip();
	}

	public List<ActionView> actions() {
		return this.pillars.stream().flatMap((pillar) -> pillar.actions().stream()).toList();
	}

	public long countRated(RatingView rating) {
		return actions().stream().filter((action) -> rating.equals(action.rating())).count();
	}

	public boolean hasUnrated() {
		return actions().stream().anyMatch((action) -> action.rating() == null);
	}

	/**
	 * A rating of the report's scale; its position is its Part B column. Its French and
	 * Spanish labels are those the scale defines (null in submissions frozen before
	 * scales had them).
	 */
	public record RatingView(String code, String label, int position, String labelFr, String labelEs) {

		public RatingView(String code, String label, int position) {
			this(code, label, position, null, null);
		}

		public static RatingView of(ProgressRating rating) {
			return new RatingView(rating.getCode(), rating.getLabel(), rating.getPosition(), rating.getLabelFr(),
					rating.getLabelEs());
		}

		/**
		 * The scale's label in the reader's language; null where the scale has none in
		 * that language.
		 */
		public String labelIn(Locale locale) {
			return switch (locale.getLanguage()) {
				case "fr" -> this.labelFr;
				case "es" -> this.labelEs;
				default -> this.label;
			};
		}

	}

	/** A pillar of the NIAP with the report's evaluated actions in it. */
	public record PillarView(int number, String name, List<ActionView> actions) {

		PillarView(int number, String name) {
			this(number, name, new ArrayList<>());
		}

		/** The actions Part B places in the column of this rating. */
		public List<ActionView> actionsRated(RatingView rating) {
			return this.actions.stream().filter((action) -> rating.equals(action.rating())).toList();
		}

		public List<ActionView> unrated() {
			return this.actions.stream().filter((action) -> action.rating() == null).toList();
		}

	}

	/**
	 * One action with its evaluation: the rating (null while not yet rated) and the
	 * points of progress.
	 */
	public record ActionView(Long evaluationId, String number, String title, boolean marked, RatingView rating,
			List<String> points, int version) {

		/** The points as the editor shows them, one per line. */
		public String pointsText() {
			return String.join("\n", this.points);
		}

		public String ratingCode() {
			return (this.rating != null) ? this.rating.code() : "";
		}

		static ActionView of(Evaluation evaluation) {
			Action action = evaluation.getAction();
			ProgressRating rating = evaluation.getProgressRating();
			return new ActionView(evaluation.getId(), action.getNumber(), action.getTitle(), action.isMarked(),
					(rating != null) ? RatingView.of(rating) : null, evaluation.getProgressPoints(),
					evaluation.getVersion());
		}

	}

}
