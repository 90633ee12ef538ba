package org.niaptracker.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.report.AssessmentView;
import org.niaptracker.report.Evaluation;
import org.niaptracker.report.ReportAccess;
import org.niaptracker.report.ReportView;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.SecretariatRatings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's ratings of a report as the current user may see them: for the
 * Secretariat and administrators, and for everyone once the report and the assessment are
 * both published. The report core reads them through {@link SecretariatRatings}.
 */
@Service
@Transactional(readOnly = true)
class AssessmentReader implements SecretariatRatings {

	private final SecretariatAssessmentRepository assessments;

	private final ReportAccess access;

	AssessmentReader(SecretariatAssessmentRepository assessments, ReportAccess access) {
		this.assessments = assessments;
		this.access = access;
	}

	/** One statement when the user may see the ratings, none otherwise. */
	@Override
	public Map<String, AssessmentView> visibleIn(ReportingPeriod report) {
		Map<String, AssessmentView> byAction = new LinkedHashMap<>();
		if (this.access.canSeeAssessment(report)) {
			for (SecretariatAssessment assessment : this.assessments.findForReport(report.getId())) {
				AssessmentView view = view(assessment);
				byAction.put(view.actionNumber(), view);
			}
		}
		return byAction;
	}

	@Override
	public Map<Long, ReportView.RatingView> ofEvaluations(Collection<Long> evaluationIds) {
		Map<Long, ReportView.RatingView> byEvaluation = new HashMap<>();
		if (evaluationIds.isEmpty()) {
			return byEvaluation;
		}
		for (SecretariatAssessment assessment : this.assessments.findForEvaluations(evaluationIds)) {
			byEvaluation.put(assessment.getEvaluation().getId(),
					ReportView.RatingView.of(assessment.getProgressRating()));
		}
		return byEvaluation;
	}

	private static AssessmentView view(SecretariatAssessment assessment) {
		Evaluation evaluation = assessment.getEvaluation();
		ProgressRating rating = assessment.getProgressRating();
		return new AssessmentView(evaluation.getAction().getNumber(), evaluation.getId(),
				(rating != null) ? ReportView.RatingView.of(rating) : null, assessment.getAssessedBy(),
				assessment.getAssessedAt(), assessment.getVersion());
	}

}
