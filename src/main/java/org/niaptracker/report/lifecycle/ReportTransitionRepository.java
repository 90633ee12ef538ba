package org.niaptracker.report.lifecycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportTransitionRepository extends JpaRepository<ReportTransition, Long> {

	/** A report's timeline, oldest first. */
	@Query("select t from ReportTransition t where t.reportingPeriod.id = :reportId order by t.happenedAt, t.id")
	List<ReportTransition> findByReport(Long reportId);

}
