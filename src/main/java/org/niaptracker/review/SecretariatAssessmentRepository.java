package org.niaptracker.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SecretariatAssessmentRepository extends JpaRepository<SecretariatAssessment, Long> {

	/**
	 * The Secretariat's ratings in a report, with the action numbers, in one statement.
	 */
	@Query("""
			select s from SecretariatAssessment s
			join fetch s.evaluation e
			join fetch e.action
			left join fetch s.progressRating
			where e.reportingPeriod.id = :reportId""")
	List<SecretariatAssessment> findForReport(Long reportId);

	/** The Secretariat's ratings of the given evaluations, in one statement. */
	@Query("""
			select s from SecretariatAssessment s
			join fetch s.progressRating
			where s.evaluation.id in :evaluationIds""")
	List<SecretariatAssessment> findForEvaluations(Collection<Long> evaluationIds);

	/**
	 * Raises a report's version: its published page and downloads show the Secretariat's
	 * ratings once they are published, so a new rating is a new version of what they show
	 * (and of their validators).
	 */
	@Modifying
	@Query("update ReportingPeriod r set r.version = r.version + 1 where r.id = :reportId")
	int raiseReportVersion(Long reportId);

	@Query("select s from SecretariatAssessment s where s.evaluation.id = :evaluationId")
	Optional<SecretariatAssessment> findByEvaluation(Long evaluationId);

	/**
	 * Each action of a meeting's reports that the Secretariat rated: the report's id, the
	 * Party's rating code (null when unrated) and the Secretariat's, in one statement.
	 */
	@Query("""
			select e.reportingPeriod.id, pr.code, sr.code
			from SecretariatAssessment s join s.evaluation e join s.progressRating sr
			left join e.progressRating pr
			where e.reportingPeriod.meeting.id = :meetingId""")
	List<Object[]> findRatingChangesInMeeting(Long meetingId);

}
