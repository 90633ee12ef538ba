package org.niaptracker.report.lifecycle;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.niaptracker.report.ReportStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every Party's report to one meeting stands: its status, the day the Party sent it
 * (its real submission date, recorded reports included), when it was last submitted in
 * the app, and the Party's actions per rating. Aggregated in PostgreSQL: two statements
 * whatever the number of Parties and actions.
 */
@Service
@Transactional(readOnly = true)
public class MeetingProgress {

	private final JdbcClient jdbc;

	MeetingProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every Party with a NIAP or a report to the meeting, by name; Parties without a
	 * report have a null report id and status.
	 */
	public List<PartyProgress> of(long meetingId) {
		Map<Long, Map<String, Integer>> counts = new HashMap<>();
		this.jdbc.sql("""
				select e.reporting_period_id, coalesce(pr.code, '') as rating, count(*) as actions
				  from evaluation e
				  join reporting_period rp on rp.id = e.reporting_period_id
				  left join progress_rating pr on pr.id = e.progress_rating_id
				 where rp.meeting_id = :meeting
				 group by 1, 2""").param("meeting", meetingId).query((rs, n) -> {
			counts.computeIfAbsent(rs.getLong(1), (id) -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
			return null;
		}).list();
		return this.jdbc.sql("""
				select p.code, p.name, rp.id, rp.status,
				       rp.submitted_on,
				       (select max(t.happened_at) from report_transition t
				         where t.reporting_period_id = rp.id and t.to_status = 'SUBMITTED') as last_submitted
				  from party p
				  left join reporting_period rp on rp.party_id = p.id and rp.meeting_id = :meeting
				 where rp.id is not null or exists (select 1 from pillar pl where pl.party_id = p.id)
				 order by p.name""").param("meeting", meetingId).query((rs, n) -> {
			Long report = (Long) rs.getObject(3);
			return new PartyProgress(rs.getString(1), rs.getString(2), report,
					(rs.getString(4) != null) ? ReportStatus.valueOf(rs.getString(4)) : null,
					rs.getObject(5, LocalDate.class), instant(rs.getTimestamp(6)),
					(report != null) ? counts.getOrDefault(report, Map.of()) : Map.of());
		}).list();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * One Party's report to a meeting.
	 *
	 * @param submittedOn the day the Party sent the report, or null while it has not
	 * @param ratingCounts the Party's actions per rating code ("" for not yet rated)
	 */
	public record PartyProgress(String partyCode, String partyName, Long reportId, ReportStatus status,
			LocalDate submittedOn, Instant lastSubmitted, Map<String, Integer> ratingCounts) {

	}

}
