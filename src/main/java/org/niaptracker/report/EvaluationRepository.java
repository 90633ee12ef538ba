package org.niaptracker.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	/**
	 * Every evaluation of a report with its action, pillar and rating, in NIAP order, in
	 * one statement.
	 */
	@Query("""
			select e from Evaluation e
			join fetch e.action a
			join fetch a.pillar p
			left join fetch e.progressRating
			where e.reportingPeriod.id = :reportId
			order by p.number, a.position""")
	List<Evaluation> findForReport(Long reportId);

}
