package org.niaptracker.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportChangeRepository extends JpaRepository<ReportChange, Long> {

	@Query("""
			select c from ReportChange c left join fetch c.action
			where c.reportingPeriod.id = :reportId
			order by c.changedAt desc, c.id desc""")
	List<ReportChange> findByReport(Long reportId);

	@Query("""
			select c from ReportChange c
			where c.reportingPeriod.id = :reportId and c.action.id = :actionId
			order by c.changedAt desc, c.id desc""")
	List<ReportChange> findByReportAndAction(Long reportId, Long actionId);

}
