package org.niaptracker.report.lifecycle;

import org.niaptracker.report.ReportStatus;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportTransitionRepository extends JpaRepository<ReportTransition, Long> {

	/** A report's timeline, oldest first. */
	@Query("select t from ReportTransition t where t.reportingPeriod.id = :reportId order by t.happenedAt, t.id")
	List<ReportTransition> findByReport(Long reportId);

	/**
	 * The reports in a status, of one Party or of all when {@code partyCode} is null
	 * ({@code r} the report, {@code p} its Party): what {@link #findInStatus} lists and
	 * {@link #countInStatus} counts.
	 */
	String IN_STATUS = " where r.status = :status and (:partyCode is null or p.code = :partyCode) ";

	/**
	 * The reports in a status (of one Party, or of all when {@code partyCode} is null),
	 * each with its Party, meeting and the time of its last move, longest waiting first.
	 */
	@Query("select r, (select max(t.happenedAt) from ReportTransition t where t.reportingPeriod = r) as since"
			+ " from ReportingPeriod r join fetch r.party p join fetch r.meeting" + IN_STATUS
			+ "order by since nulls last, p.name")
	List<Object[]> findInStatus(ReportStatus status, String partyCode);

	/** How many reports {@link #findInStatus} finds. */
	@Query("select count(r) from ReportingPeriod r join r.party p" + IN_STATUS)
	long countInStatus(ReportStatus status, String partyCode);

}
