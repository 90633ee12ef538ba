package org.niaptracker.report.editing;

import org.niaptracker.niap.PlanAdopted;
import org.niaptracker.niap.PlanRevision;
import org.niaptracker.niap.PlanRevisionRepository;
import org.niaptracker.report.EvaluationRepository;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.ReportingPeriodRepository;
import org.niaptracker.report.history.ReportHistory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a revision of a Party's plan comes into force, the Party's open report (draft or
 * returned) moves onto it in the same transaction, so that it can be submitted on the
 * plan in force: each action keeps its rating and points under its new number, retired
 * actions leave the report, new actions join it not yet rated. Submitted, accepted and
 * published reports, and reports the Secretariat records from the past, keep the plan
 * they were written on.
 */
@Component
class OpenReportFollowsThePlan {

	private final ReportingPeriodRepository reports;

	private final EvaluationRepository evaluations;

	private final PlanRevisionRepository revisions;

	private final ReportHistory history;

	OpenReportFollowsThePlan(ReportingPeriodRepository reports, EvaluationRepository evaluations,
			PlanRevisionRepository revisions, ReportHistory history) {
		this.reports = reports;
		this.evaluations = evaluations;
		this.revisions = revisions;
		this.history = history;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(PlanAdopted adopted) {
		PlanRevision revision = this.revisions.getReferenceById(adopted.revisionId());
		for (ReportingPeriod report : this.reports.findByPartyIdAndStatusInAndRecordedFalse(adopted.partyId(),
				ReportStatus.open())) {
			int before = report.getPlanRevision().getNumber();
			report.follow(revision);
			this.reports.flush();
			this.evaluations.followRevision(report.getId(), revision.getId());
			this.evaluations.deleteRetired(report.getId(), revision.getId());
			this.evaluations.addNew(report.getId(), revision.getId());
			this.history.followRevision(report, before, adopted.revisionNumber());
		}
	}

}
