package org.niaptracker.report;

import org.niaptracker.niap.Action;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

	/**
	 * Every evaluation of one action (its lineage, across plan revisions), with its
	 * report, meeting and rating, oldest meeting first, in one statement.
	 */
	@Query("""
			select e from Evaluation e
			join fetch e.action a
			left join fetch e.progressRating
			join fetch e.reportingPeriod r
			join fetch r.meeting m
			where a.lineageId = :lineageId
			order by m.number""")
	List<Evaluation> findByLineage(Long lineageId);

	/**
	 * Every evaluation of a Party's reports, as rows of: report id, meeting code, meeting
	 * number, the meeting's scale id, report status, whether the Secretariat published
	 * its ratings, the action's lineage, the Party's rating id (null while unrated);
	 * oldest meeting first, in one statement.
	 */
	@Query("""
			select r.id, m.code, m.number, m.ratingScale.id, r.status, r.assessmentPublished, a.lineageId, pr.id
			from Evaluation e join e.action a join e.reportingPeriod r join r.meeting m
			left join e.progressRating pr
			where r.party.code = :partyCode
			order by m.number, r.id""")
	List<Object[]> findRatingsOfParty(String partyCode);

	/**
	 * Points the report's evaluations at the same actions (same lineage) in the report's
	 * new plan revision.
	 */
	@Modifying(flushAutomatically = true)
	@Query(nativeQuery = true, value = """
			update evaluation e set action_id = now.id
			  from niap_action before, niap_action now
			 where e.reporting_period_id = :reportId and before.id = e.action_id
			   and now.plan_revision_id = :revisionId and now.lineage_id = before.lineage_id
			   and before.plan_revision_id <> :revisionId""")
	int followRevision(Long reportId, Long revisionId);

	/** Deletes the report's evaluations of actions the new revision retired. */
	@Modifying
	@Query(nativeQuery = true, value = """
			delete from evaluation e using niap_action a
			 where e.reporting_period_id = :reportId and a.id = e.action_id and a.plan_revision_id <> :revisionId""")
	int deleteRetired(Long reportId, Long revisionId);

	/** Adds a not-yet-rated evaluation for each action new in the report's revision. */
	@Modifying
	@Query(nativeQuery = true,
			value = """
					insert into evaluation (reporting_period_id, action_id)
					select :reportId, a.id from niap_action a
					 where a.plan_revision_id = :revisionId
					   and not exists (select 1 from evaluation e where e.reporting_period_id = :reportId and e.action_id = a.id)""")
	int addNew(Long reportId, Long revisionId);

	/**
	 * The numbers of the actions of a report's plan revision that the report does not
	 * evaluate, in NIAP order. The pillars are read only for the actions found (normally
	 * none): joined, PostgreSQL's plan for a prepared statement read every pillar of
	 * every Party (0.36 ms a draft page on the benchmark's data, against 0.03).
	 */
	@Query(nativeQuery = true,
			value = """
					select a.number from niap_action a
					 where a.plan_revision_id = :revisionId
					   and not exists (select 1 from evaluation e where e.reporting_period_id = :reportId and e.action_id = a.id)
					 order by (select p.number from pillar p where p.id = a.pillar_id), a.position""")
	List<String> findActionsNotEvaluated(Long reportId, Long revisionId);

	/**
	 * The evaluations of a report whose carried rating is on another scale than the
	 * report's own, in NIAP order, in one statement.
	 */
	@Query("""
			select e from Evaluation e
			join fetch e.action a
			join fetch a.pillar p
			join fetch e.carriedRating c
			left join fetch e.progressRating
			where e.reportingPeriod.id = :reportId and c.ratingScale.id <> :scaleId
			order by p.number, a.position""")
	List<Evaluation> findCarriedFromAnotherScale(Long reportId, Long scaleId);

}
