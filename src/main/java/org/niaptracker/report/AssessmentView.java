package org.niaptracker.report;

import org.niaptracker.review.SecretariatAssessment;

import java.time.Instant;

/**
 * The Secretariat's rating of one action: the rating (null when cleared), who gave it,
 * when, and the version a form must carry to change it.
 */
public record AssessmentView(String actionNumber, Long evaluationId, ReportView.RatingView rating, String assessedBy,
		Instant assessedAt, int version) {

	public String ratingCode() {
		return (this.rating != null) ? this.rating.code() : "";
	}

}
