package org.niaptracker.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportSubmissionRepository extends JpaRepository<ReportSubmission, Long> {

	@Query("select s from ReportSubmission s where s.reportingPeriod.id = :reportId and s.number = :number")
	Optional<ReportSubmission> findByReportAndNumber(Long reportId, int number);

	@Query("select coalesce(max(s.number), 0) from ReportSubmission s where s.reportingPeriod.id = :reportId")
	int lastNumber(Long reportId);

}
