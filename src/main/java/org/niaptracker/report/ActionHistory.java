package org.niaptracker.report;

import java.time.LocalDate;
import java.util.List;

import org.niaptracker.model.NotFoundException;
import org.niaptracker.niap.Action;
import org.niaptracker.niap.ActionRepository;
import org.niaptracker.niap.PlanAccess;
import org.niaptracker.niap.PlanRevision;
import org.niaptracker.report.ReportView.RatingView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One action's history, followed by its identity across the revisions of the plan: its
 * number and title in each revision, and its rating in each report the reader may see.
 * Two statements, however many revisions and meetings.
 */
@Service
@Transactional(readOnly = true)
public class ActionHistory {

	private final ActionRepository actions;

	private final EvaluationRepository evaluations;

	private final PlanAccess planAccess;

	private final ReportAccess reportAccess;

	ActionHistory(ActionRepository actions, EvaluationRepository evaluations, PlanAccess planAccess,
			ReportAccess reportAccess) {
		this.actions = actions;
		this.evaluations = evaluations;
		this.planAccess = planAccess;
		this.reportAccess = reportAccess;
	}

	public View of(String partyCode, long lineageId) {
		List<Action> versions = this.actions.findByLineage(lineageId)
			.stream()
			.filter((action) -> action.getPlanRevision().getParty().getCode().equals(partyCode))
			.filter((action) -> this.planAccess.canRead(action.getPlanRevision()))
			.toList();
		if (versions.isEmpty()) {
			throw new NotFoundException("No action " + lineageId + " in the plan of " + partyCode);
		}
		List<RevisionEntry> revisions = versions.stream().map(RevisionEntry::of).toList();
		List<ReportEntry> reports = this.evaluations.findByLineage(lineageId)
			.stream()
			.filter((evaluation) -> isShown(partyCode, evaluation.getReportingPeriod().getStatus()))
			.map(ReportEntry::of)
			.toList();
		Action latest = versions.get(versions.size() - 1);
		return new View(partyCode, latest.getPlanRevision().getParty().getName(), lineageId, latest.getNumber(),
				latest.getTitle(), revisions, reports);
	}

	/**
	 * A report the reader may read; an open one only for the Party's own focal points
	 * (the others read its last submission, not the draft's ratings).
	 */
	private boolean isShown(String partyCode, ReportStatus status) {
		return this.reportAccess.canRead(partyCode, status)
				&& (!status.isOpen() || this.reportAccess.readsTheDraft(partyCode));
	}

	/** The action's history page. */
	public record View(String partyCode, String partyName, long lineageId, String number, String title,
			List<RevisionEntry> revisions, List<ReportEntry> reports) {
	}

	/** The action as it stood in one revision of the plan. */
	public record RevisionEntry(int revision, boolean draft, LocalDate adoptedOn, int pillarNumber, String pillarName,
			String number, String title, boolean marked) {

		static RevisionEntry of(Action action) {
			PlanRevision revision = action.getPlanRevision();
			return new RevisionEntry(revision.getNumber(), revision.isDraft(), revision.getAdoptedOn(),
					action.getPillar().getNumber(), action.getPillar().getName(), action.getNumber(), action.getTitle(),
					action.isMarked());
		}

	}

	/** The action in one report: its number then and the Party's rating. */
	public record ReportEntry(String meetingCode, ReportStatus status, String number, RatingView rating, int points) {

		static ReportEntry of(Evaluation evaluation) {
			return new ReportEntry(evaluation.getReportingPeriod().getMeeting().getCode(),
					evaluation.getReportingPeriod().getStatus(), evaluation.getAction().getNumber(),
					(evaluation.getProgressRating() != null) ? RatingView.of(evaluation.getProgressRating()) : null,
					evaluation.getProgressPoints().size());
		}

	}

}
