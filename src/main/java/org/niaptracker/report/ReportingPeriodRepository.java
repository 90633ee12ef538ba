package org.niaptracker.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

	/** A report with its Party, meeting and rating scale, in one statement. */
	@Query("""
			select r from ReportingPeriod r
			join fetch r.party p
			join fetch r.meeting m
			join fetch m.ratingScale
			where p.code = :partyCode and m.code = :meetingCode""")
	Optional<ReportingPeriod> findForReading(String partyCode, String meetingCode);

	/**
	 * The reports of these Parties as lines of a list, by Party name, newest meeting
	 * first: one statement, read as plain values (no entity is loaded or managed).
	 */
	@Query("""
			select new org.niaptracker.report.ReportSummary(p.code, m.code, m.number, r.status, r.documentRef,
			       r.annexRef, r.periodStart, r.periodEnd)
			from ReportingPeriod r
			join r.party p
			join r.meeting m
			where p.id in :partyIds
			order by p.name, m.number desc""")
	List<ReportSummary> findSummariesOfParties(Collection<Long> partyIds);

	@Query("""
			select r from ReportingPeriod r
			join fetch r.meeting m
			where r.party.id = :partyId
			order by m.number desc""")
	List<ReportingPeriod> findByPartyWithMeeting(Long partyId);

	/** The Party codes of a meeting's published reports, by Party name. */
	@Query("""
			select p.code from ReportingPeriod r join r.party p join r.meeting m
			where m.code = :meetingCode and r.status = org.niaptracker.report.ReportStatus.PUBLISHED
			order by p.name""")
	List<String> findPublishedPartyCodes(String meetingCode);

	/**
	 * A meeting's published reports with their Parties, by Party name, and whether the
	 * Secretariat's ratings of each are published too: one statement.
	 */
	@Query("""
			select new org.niaptracker.report.PublishedReport(r.id, p.code, p.name, r.assessmentPublished)
			from ReportingPeriod r join r.party p join r.meeting m
			where m.code = :meetingCode and r.status = org.niaptracker.report.ReportStatus.PUBLISHED
			order by p.name""")
	List<PublishedReport> findPublished(String meetingCode);

	/** The Party's own open reports (not those the Secretariat records). */
	List<ReportingPeriod> findByPartyIdAndStatusInAndRecordedFalse(Long partyId, List<ReportStatus> statuses);

	boolean existsByPartyIdAndStatusIn(Long partyId, List<ReportStatus> statuses);

	boolean existsByPartyIdAndRecordedFalseAndStatusIn(Long partyId, List<ReportStatus> statuses);

	/**
	 * Whether the Party has its open report (draft or returned): reports the Secretariat
	 * records from the past do not count.
	 */
	default boolean hasOpenReport(Long partyId) {
		return existsByPartyIdAndRecordedFalseAndStatusIn(partyId, ReportStatus.open());
	}

	boolean existsByPartyIdAndMeetingId(Long partyId, Long meetingId);

}
