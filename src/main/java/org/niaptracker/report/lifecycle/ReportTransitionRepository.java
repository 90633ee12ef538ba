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
	 * The reports in a status ({@code r} the report, {@code p} its Party): what
	 * {@link #findInStatus} lists and {@link #countInStatus} counts; with
	 * {@link #OF_PARTY}, only one Party's. Two statements rather than one with an
	 * optional Party: PostgreSQL planned that one anew at every execution (0.25 ms, for
	 * the count in the header of every signed-in page).
	 */
	String IN_STATUS = " where r.status = :status ";

	/** {@link #IN_STATUS}, of one Party. */
	String OF_PARTY = " and p.code = :partyCode ";

	/** The reports' order on the list: longest waiting first. */
	String WAITING = " order by since nulls last, p.name";

	/**
	 * The reports in a status, each with its Party, meeting and the time of its last
	 * move, longest waiting first.
	 */
	@Query("select r, (select max(t.happenedAt) from ReportTransition t where t.reportingPeriod = r) as since"
			+ " from ReportingPeriod r join fetch r.party p join fetch r.meeting" + IN_STATUS + WAITING)
	List<Object[]> findInStatus(ReportStatus status);

	/** {@link #findInStatus}, of one Party. */
	@Query("select r, (select max(t.happenedAt) from ReportTransition t where t.reportingPeriod = r) as since"
			+ " from ReportingPeriod r join fetch r.party p join fetch r.meeting" + IN_STATUS + OF_PARTY + WAITING)
	List<Object[]> findInStatusOfParty(ReportStatus status, String partyCode);

	/** How many reports {@link #findInStatus} finds. */
	@Query("select count(r) from ReportingPeriod r join r.party p" + IN_STATUS)
	long countInStatus(ReportStatus status);

	/** How many reports {@link #findInStatusOfParty} finds. */
	@Query("select count(r) from ReportingPeriod r join r.party p" + IN_STATUS + OF_PARTY)
	long countInStatusOfParty(ReportStatus status, String partyCode);

}
