package org.niaptracker.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
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

	/** The Secretariat's ratings in the reports to one meeting. */
	@Query("""
			select s from SecretariatAssessment s
			join fetch s.evaluation e
			left join fetch s.progressRating
			where e.reportingPeriod.meeting.id = :meetingId""")
	List<SecretariatAssessment> findForMeeting(Long meetingId);

	@Query("select s from SecretariatAssessment s where s.evaluation.id = :evaluationId")
	Optional<SecretariatAssessment> findByEvaluation(Long evaluationId);

}
