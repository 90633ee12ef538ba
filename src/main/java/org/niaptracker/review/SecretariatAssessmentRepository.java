package org.niaptracker.review;

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

	@Query("select s from SecretariatAssessment s where s.evaluation.id = :evaluationId")
	Optional<SecretariatAssessment> findByEvaluation(Long evaluationId);

}
