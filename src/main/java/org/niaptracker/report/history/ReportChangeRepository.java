package org.niaptracker.report.history;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ReportChangeRepository extends JpaRepository<ReportChange, Long> {

	@Query("""
			select c from ReportChange c left join fetch c.action
			where c.reportingPeriod.id = :reportId
			order by c.changedAt desc, c.id desc""")
	List<ReportChange> findByReport(Long reportId);

	/** The latest changes to a report, newest first. */
	@Query("""
			select c from ReportChange c left join fetch c.action
			where c.reportingPeriod.id = :reportId
			order by c.changedAt desc, c.id desc""")
	List<ReportChange> findLatestOfReport(Long reportId, Limit limit);

	@Query("""
			select c from ReportChange c
			where c.reportingPeriod.id = :reportId and c.action.id = :actionId
			order by c.changedAt desc, c.id desc""")
	List<ReportChange> findByReportAndAction(Long reportId, Long actionId);

	/** One action's changes in a report, named by its evaluation there. */
	@Query("""
			select c from ReportChange c
			where c.reportingPeriod.id = :reportId
			and c.action.id = (select e.action.id from Evaluation e where e.id = :evaluationId)
			order by c.changedAt desc, c.id desc""")
	List<ReportChange> findByReportAndEvaluation(Long reportId, Long evaluationId);

	/**
	 * Points the report's recorded changes at the same actions (same lineage) in its new
	 * plan revision, so that each action's history follows it.
	 */
	@Modifying(flushAutomatically = true)
	@Query(nativeQuery = true, value = """
			update report_change c set action_id = now.id
			  from niap_action before, niap_action now
			 where c.reporting_period_id = :reportId and before.id = c.action_id
			   and now.plan_revision_id = :revisionId and now.lineage_id = before.lineage_id
			   and before.plan_revision_id <> :revisionId""")
	int followRevision(Long reportId, Long revisionId);

}
