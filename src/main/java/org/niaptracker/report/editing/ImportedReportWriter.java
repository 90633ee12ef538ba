package org.niaptracker.report.editing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.niaptracker.meeting.Meeting;

import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.meeting.ProgressRatingRepository;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.report.Evaluation;
import org.niaptracker.report.EvaluationRepository;
import org.niaptracker.report.ReportAccess;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.ReportingPeriodRepository;
import org.niaptracker.report.history.ChangedField;
import org.niaptracker.report.history.ReportHistory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills a report just created (a focal point's draft or a Secretariat's recorded report)
 * with what an imported document says: Part A, and each action's rating and points. Every
 * change is recorded in the report's history, as if typed in the editor.
 */
@Service
@Transactional
public class ImportedReportWriter {

	private final ReportReader reports;

	private final EvaluationRepository evaluations;

	private final ProgressRatingRepository ratings;

	private final ReportHistory history;

	private final ReportAccess access;

	private final ReportingPeriodRepository reportRepository;

	ImportedReportWriter(ReportReader reports, EvaluationRepository evaluations, ProgressRatingRepository ratings,
			ReportHistory history, ReportAccess access, ReportingPeriodRepository reportRepository) {
		this.reportRepository = reportRepository;
		this.reports = reports;
		this.evaluations = evaluations;
		this.ratings = ratings;
		this.history = history;
		this.access = access;
	}

	/**
	 * Why a report of the Party to the meeting cannot be created: a message key and its
	 * arguments.
	 */
	public record Obstacle(String key, List<String> args) {
	}

	/**
	 * What stops creating the Party's report to the meeting, if anything: a report to it
	 * exists; for a focal point (not {@code recorded}), an open report or a later one.
	 */
	@Transactional(readOnly = true)
	public Optional<Obstacle> obstacle(Long partyId, Meeting meeting, boolean recorded) {
		if (this.reportRepository.existsByPartyIdAndMeetingId(partyId, meeting.getId())) {
			return Optional.of(new Obstacle("importing.blocker.reportExists", List.of(meeting.getCode())));
		}
		if (!recorded) {
			if (this.reportRepository.hasOpenReport(partyId)) {
				return Optional.of(new Obstacle("importing.blocker.openReport", List.of()));
			}
			List<ReportingPeriod> previous = this.reportRepository.findByPartyWithMeeting(partyId);
			if (!previous.isEmpty() && previous.get(0).getMeeting().getNumber() >= meeting.getNumber()) {
				return Optional.of(new Obstacle("importing.blocker.notNext",
						List.of(meeting.getCode(), previous.get(0).getMeeting().getCode())));
			}
		}
		return Optional.empty();
	}

	public void fillIn(String partyCode, String meetingCode, ImportedContent content) {
		ReportingPeriod report = this.reports.find(partyCode, meetingCode);
		this.access.checkEdit(report);
		this.history.recordIfChanged(report, ChangedField.SYNOPSIS, report.getSynopsis(), content.synopsis());
		this.history.recordIfChanged(report, ChangedField.PROGRESS_TO_DATE, report.getProgressToDate(),
				content.progressToDate());
		this.history.recordIfChanged(report, ChangedField.FUTURE_OUTLOOK, report.getFutureOutlook(),
				content.futureOutlook());
		report.updatePartA(content.synopsis(), content.progressToDate(), content.futureOutlook());
		Long scale = report.getMeeting().getRatingScale().getId();
		for (Evaluation evaluation : this.evaluations.findForReport(report.getId())) {
			ImportedContent.Rated imported = content.evaluations().get(evaluation.getAction().getNumber());
			ProgressRating rating = (imported != null && imported.ratingCode() != null)
					? this.ratings.findByRatingScaleIdAndCode(scale, imported.ratingCode())
						.orElseThrow(() -> new RejectedValueException("rating", "edit.rating.notOnScale"))
					: null;
			List<String> points = (imported != null) ? imported.points() : List.of();
			String before = code(evaluation.getProgressRating());
			if (!Objects.equals(before, code(rating))) {
				this.history.record(report, evaluation.getAction(), ChangedField.RATING, before, code(rating));
				evaluation.rate(rating);
			}
			if (!evaluation.getProgressPoints().equals(points)) {
				this.history.record(report, evaluation.getAction(), ChangedField.POINTS,
						String.join("\n", evaluation.getProgressPoints()), String.join("\n", points));
				evaluation.replacePoints(points);
			}
		}
	}

	private static String code(ProgressRating rating) {
		return (rating != null) ? rating.getCode() : null;
	}

}
