package org.niaptracker.report.lifecycle;

import org.niaptracker.report.ReportView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two submissions of a report: per action, the rating and the points
 * (points added and removed); and which Part A sections and cover fields changed.
 */
public record SubmissionChanges(List<ActionChange> actions, List<TextChange> texts) {

	public boolean isEmpty() {
		return this.actions.isEmpty() && this.texts.isEmpty();
	}

	static SubmissionChanges between(ReportView before, ReportView after) {
		Map<String, ReportView.ActionView> old = before.actions()
			.stream()
			.collect(Collectors.toMap(ReportView.ActionView::number, Function.identity()));
		List<ActionChange> actions = new ArrayList<>();
		for (ReportView.ActionView now : after.actions()) {
			ReportView.ActionView was = old.get(now.number());
			List<String> oldPoints = (was != null) ? was.points() : List.of();
			ReportView.RatingView oldRating = (was != null) ? was.rating() : null;
			List<String> removed = oldPoints.stream().filter((point) -> !now.points().contains(point)).toList();
			List<String> added = now.points().stream().filter((point) -> !oldPoints.contains(point)).toList();
			boolean ratingChanged = !Objects.equals(code(oldRating), code(now.rating()));
			if (ratingChanged || !removed.isEmpty() || !added.isEmpty()) {
				actions.add(new ActionChange(now.number(), now.title(), oldRating, now.rating(), ratingChanged, removed,
						added));
			}
		}
		List<TextChange> texts = new ArrayList<>();
		text(texts, "edit.partA.synopsis", String.join("\n\n", before.synopsis()),
				String.join("\n\n", after.synopsis()));
		text(texts, "report.partA.progressToDate", String.join("\n\n", before.progressToDate()),
				String.join("\n\n", after.progressToDate()));
		text(texts, "report.partA.futureOutlook", String.join("\n\n", before.futureOutlook()),
				String.join("\n\n", after.futureOutlook()));
		text(texts, "report.cover.preparedBy", before.preparedBy(), after.preparedBy());
		text(texts, "edit.cover.periodStart", Objects.toString(before.periodStart(), ""),
				Objects.toString(after.periodStart(), ""));
		text(texts, "edit.cover.periodEnd", Objects.toString(before.periodEnd(), ""),
				Objects.toString(after.periodEnd(), ""));
		return new SubmissionChanges(actions, texts);
	}

	private static void text(List<TextChange> texts, String labelKey, String before, String after) {
		if (!Objects.equals(Objects.toString(before, ""), Objects.toString(after, ""))) {
			texts.add(new TextChange(labelKey, before, after));
		}
	}

	private static String code(ReportView.RatingView rating) {
		return (rating != null) ? rating.code() : null;
	}

	/** One action's changes between two submissions. */
	public record ActionChange(String number, String title, ReportView.RatingView ratingBefore,
			ReportView.RatingView ratingAfter, boolean ratingChanged, List<String> pointsRemoved,
			List<String> pointsAdded) {

	}

	/** A Part A section or cover field that changed, before and after. */
	public record TextChange(String labelKey, String before, String after) {

	}

}
