package org.niaptracker.report;

import org.niaptracker.niap.Action;

import java.util.List;
import java.util.Optional;

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

	/**
	 * One evaluation with its action, rating and report (Party, meeting), for a change.
	 */
	@Query("""
			select e from Evaluation e
			join fetch e.action a
			join fetch a.pillar
			left join fetch e.progressRating
			join fetch e.reportingPeriod r
			join fetch r.party
			join fetch r.meeting
			where e.id = :id""")
	Optional<Evaluation> findForEditing(Long id);

	/** The action numbered so in a report. */
	@Query("""
			select a from Evaluation e join e.action a
			where e.reportingPeriod.id = :reportId and a.number = :actionNumber""")
	Optional<Action> findActionInReport(Long reportId, String actionNumber);

}
