package org.niaptracker.report.editing;

import org.niaptracker.model.ConflictDetail;

import org.niaptracker.report.ReportView;
import org.niaptracker.report.history.ChangeView;

import java.util.List;

/**
 * The 409 page for an evaluation: what the user tried to save beside what is stored now,
 * so nothing is lost and the user can re-apply.
 */
public record EvaluationConflict(ReportView report, ReportView.ActionView stored, EvaluationForm mine,
		List<String> minePoints, ReportView.RatingView mineRating,
		List<ChangeView> changesSinceOpened) implements ConflictDetail {

	@Override
	public String template() {
		return "report/conflict";
	}

}
