package org.niaptracker.report.history;

import java.time.Clock;
import java.util.List;

import org.niaptracker.model.NotFoundException;
import org.niaptracker.niap.Action;
import org.niaptracker.report.ReportAccess;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportView;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's history: every change to it, who made it, when, the value before and after.
 * Changes are recorded in the caller's transaction, so a change and its record are
 * written together or not at all.
 */
@Service
@Transactional(readOnly = true)
public class ReportHistory {

	private final ReportChangeRepository changes;

	private final ReportReader reports;

	private final ReportAccess access;

	private final Clock clock;

	ReportHistory(ReportChangeRepository changes, ReportReader reports, ReportAccess access, Clock clock) {
		this.changes = changes;
		this.reports = reports;
		this.access = access;
		this.clock = clock;
	}

	/** Records a change by the current user; {@code action} is null for the report. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(ReportingPeriod report, Action action, ChangedField field, String before, String after) {
		NiapUser user = CurrentUser.get().orElseThrow();
		this.changes.save(new ReportChange(report, action, field, before, after, user.getId(), user.getUsername(),
				this.clock.instant()));
	}

	/**
	 * Records that an open report moved onto a newer revision of the plan, and lets each
	 * action's recorded changes follow it there.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void followRevision(ReportingPeriod report, int before, int after) {
		this.changes.followRevision(report.getId(), report.getPlanRevision().getId());
		record(report, null, ChangedField.PLAN_REVISION, String.valueOf(before), String.valueOf(after));
	}

	/** Records a change of a text field, if the text changed (null counts as empty). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordIfChanged(ReportingPeriod report, ChangedField field, String before, String after) {
		String old = (before != null) ? before : "";
		String now = (after != null) ? after : "";
		if (!old.equals(now)) {
			record(report, null, field, old, now);
		}
	}

	/** The latest changes to a report, newest first. */
	public List<ChangeView> latest(ReportingPeriod report, int count) {
		return this.changes.findLatestOfReport(report.getId(), Limit.of(count)).stream().map(ChangeView::of).toList();
	}

	/** One action's changes in a report, newest first. */
	public List<ChangeView> ofAction(ReportingPeriod report, Action action) {
		return this.changes.findByReportAndAction(report.getId(), action.getId()).stream().map(ChangeView::of).toList();
	}

	/**
	 * A report's history page, or one action's: for the Party's focal points, the
	 * Secretariat and administrators.
	 */
	public HistoryView history(String partyCode, String meetingCode, String actionNumber) {
		ReportingPeriod report = this.reports.find(partyCode, meetingCode);
		this.access.checkReadHowItWasWritten(report);
		ReportView view = this.reports.view(report);
		if (actionNumber == null) {
			return new HistoryView(view, null,
					this.changes.findByReport(report.getId()).stream().map(ChangeView::of).toList());
		}
		ReportView.ActionView action = view.actions()
			.stream()
			.filter((a) -> a.number().equals(actionNumber))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No action " + actionNumber + " in this report"));
		return new HistoryView(view, action,
				this.changes.findByReportAndEvaluation(report.getId(), action.evaluationId())
					.stream()
					.map(ChangeView::of)
					.toList());
	}

}
