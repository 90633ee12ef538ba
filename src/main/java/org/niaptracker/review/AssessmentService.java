package org.niaptracker.review;

import java.time.Clock;

import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.meeting.MeetingCalendar;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.model.StaleVersionException;
import org.niaptracker.report.Evaluation;
import org.niaptracker.report.ReportAccess;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's own assessment of a report: a rating per action beside the Party's,
 * and whether it is published with the report. {@link AssessmentReader} reads it back.
 */
@Service
@Transactional
public class AssessmentService {

	private final ReportReader reports;

	private final SecretariatAssessmentRepository assessments;

	private final MeetingCalendar meetings;

	private final ReportAccess access;

	private final Clock clock;

	AssessmentService(ReportReader reports, SecretariatAssessmentRepository assessments, MeetingCalendar meetings,
			ReportAccess access, Clock clock) {
		this.reports = reports;
		this.assessments = assessments;
		this.meetings = meetings;
		this.access = access;
		this.clock = clock;
	}

	/** Rates one action for the Secretariat (or clears its rating). */
	public void assess(String partyCode, String meetingCode, long evaluationId, AssessmentForm form) {
		Evaluation evaluation = this.reports.findEvaluation(partyCode, meetingCode, evaluationId);
		ReportingPeriod report = evaluation.getReportingPeriod();
		this.access.checkRead(report);
		if (!this.access.canAssess(report.getStatus())) {
			throw new AccessDeniedException("Not allowed to assess this report");
		}
		ProgressRating rating = null;
		if (!form.getRating().isEmpty()) {
			rating = this.meetings.rating(report.getMeeting().getRatingScale(), form.getRating())
				.orElseThrow(() -> new RejectedValueException("rating", "edit.rating.notOnScale"));
		}
		SecretariatAssessment assessment = this.assessments.findByEvaluation(evaluationId).orElse(null);
		if (assessment == null) {
			// The first rating of an action: the form carries no version yet.
			if (form.getVersion() != null) {
				throw new StaleVersionException("Assessment of evaluation " + evaluationId + " was removed");
			}
			assessment = new SecretariatAssessment(evaluation);
		}
		else {
			StaleVersionException.check(form.getVersion(), assessment.getVersion(),
					"Assessment of evaluation " + evaluationId);
		}
		NiapUser user = CurrentUser.get().orElseThrow();
		assessment.rate(rating, user.getUsername(), this.clock.instant());
		this.assessments.saveAndFlush(assessment);
		if (report.getStatus() == ReportStatus.PUBLISHED) {
			this.assessments.raiseReportVersion(report.getId());
		}
	}

	/** Publishes the Secretariat's ratings beside the Party's, or withdraws them. */
	public void publishAssessment(String partyCode, String meetingCode, boolean published, Integer version) {
		ReportingPeriod report = this.reports.findReadable(partyCode, meetingCode);
		if (!this.access.canAssess(report.getStatus())) {
			throw new AccessDeniedException("Not allowed to publish the assessment of this report");
		}
		StaleVersionException.check(version, report.getVersion(), "Report " + report.getId());
		report.publishAssessment(published);
	}

}
