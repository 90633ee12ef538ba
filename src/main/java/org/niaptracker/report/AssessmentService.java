package org.niaptracker.report;

import org.niaptracker.web.RejectedValueException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.meeting.ProgressRatingRepository;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;
import org.niaptracker.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's own assessment of a report: a rating per action beside the Party's,
 * and whether it is published with the report.
 */
@Service
@Transactional
public class AssessmentService {

	private final ReportingPeriodRepository reports;

	private final EvaluationRepository evaluations;

	private final SecretariatAssessmentRepository assessments;

	private final ProgressRatingRepository ratings;

	private final ReportAccess access;

	private final Clock clock;

	AssessmentService(ReportingPeriodRepository reports, EvaluationRepository evaluations,
			SecretariatAssessmentRepository assessments, ProgressRatingRepository ratings, ReportAccess access,
			Clock clock) {
		this.reports = reports;
		this.evaluations = evaluations;
		this.assessments = assessments;
		this.ratings = ratings;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The Secretariat's ratings of a report by action number, if the current user may see
	 * them; empty otherwise. One statement when visible, none when not.
	 */
	@Transactional(readOnly = true)
	public Map<String, AssessmentView> visibleAssessments(ReportingPeriod report) {
		Map<String, AssessmentView> byAction = new LinkedHashMap<>();
		if (this.access.canSeeAssessment(report)) {
			for (SecretariatAssessment assessment : this.assessments.findForReport(report.getId())) {
				AssessmentView view = AssessmentView.of(assessment);
				byAction.put(view.actionNumber(), view);
			}
		}
		return byAction;
	}

	/** Rates one action for the Secretariat (or clears its rating). */
	public void assess(String partyCode, String meetingCode, long evaluationId, AssessmentForm form) {
		Evaluation evaluation = this.evaluations.findForEditing(evaluationId)
			.filter((e) -> e.getReportingPeriod().getParty().getCode().equals(partyCode)
					&& e.getReportingPeriod().getMeeting().getCode().equals(meetingCode))
			.orElseThrow(() -> new NotFoundException("No evaluation " + evaluationId + " in this report"));
		ReportingPeriod report = evaluation.getReportingPeriod();
		this.access.checkRead(report);
		if (!this.access.canAssess(report.getStatus())) {
			throw new AccessDeniedException("Not allowed to assess this report");
		}
		ProgressRating rating = null;
		if (!form.getRating().isEmpty()) {
			rating = this.ratings
				.findByRatingScaleIdAndCode(report.getMeeting().getRatingScale().getId(), form.getRating())
				.orElseThrow(() -> new RejectedValueException("rating", "edit.rating.notOnScale"));
		}
		SecretariatAssessment assessment = this.assessments.findByEvaluation(evaluationId).orElse(null);
		Integer seen = form.getVersion();
		if ((assessment == null && seen != null)
				|| (assessment != null && !Integer.valueOf(assessment.getVersion()).equals(seen))) {
			throw new EditConflictException("Assessment of evaluation " + evaluationId + " changed");
		}
		if (assessment == null) {
			assessment = new SecretariatAssessment(evaluation);
		}
		NiapUser user = CurrentUser.get().orElseThrow();
		assessment.rate(rating, user.getUsername(), this.clock.instant());
		this.assessments.saveAndFlush(assessment);
	}

	/** Publishes the Secretariat's ratings beside the Party's, or withdraws them. */
	public void publishAssessment(String partyCode, String meetingCode, boolean published, Integer version) {
		ReportingPeriod report = this.reports.findForReading(partyCode, meetingCode)
			.orElseThrow(() -> new NotFoundException("No report of " + partyCode + " to " + meetingCode));
		this.access.checkRead(report);
		if (!this.access.canAssess(report.getStatus())) {
			throw new AccessDeniedException("Not allowed to publish the assessment of this report");
		}
		if (version == null || version != report.getVersion()) {
			throw new EditConflictException("Report changed");
		}
		report.publishAssessment(published);
	}

}
