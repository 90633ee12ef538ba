package org.niaptracker.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.niaptracker.meeting.Meeting;
import org.niaptracker.meeting.MeetingRepository;
import org.niaptracker.meeting.ProgressRatingRepository;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.user.Role;
import org.niaptracker.model.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's overview of one meeting: every Party with a NIAP, its report's status
 * and dates, and its actions per rating beside the Secretariat's own figures. Aggregated
 * in PostgreSQL: four statements whatever the number of Parties and actions.
 */
@Service
@Transactional(readOnly = true)
public class OverviewService {

	private final MeetingRepository meetings;

	private final ProgressRatingRepository ratings;

	private final JdbcClient jdbc;

	private final Clock clock;

	OverviewService(MeetingRepository meetings, ProgressRatingRepository ratings, JdbcClient jdbc, Clock clock) {
		this.meetings = meetings;
		this.ratings = ratings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The newest meeting's code, for the overview's default page. */
	public String latestMeetingCode() {
		checkSecretariat();
		return this.jdbc.sql("select code from meeting order by number desc limit 1")
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No meeting yet"));
	}

	public MeetingOverview overview(String meetingCode) {
		checkSecretariat();
		Meeting meeting = this.meetings.findByCode(meetingCode)
			.orElseThrow(() -> new NotFoundException("No meeting " + meetingCode));
		List<MeetingOverview.Rating> columns = this.ratings
			.findByRatingScaleIdOrderByPosition(meeting.getRatingScale().getId())
			.stream()
			.map((rating) -> new MeetingOverview.Rating(rating.getCode(), rating.getLabel()))
			.toList();
		Map<Long, Map<String, Integer>> partyCounts = new HashMap<>();
		Map<Long, Map<String, Integer>> secretariatCounts = new HashMap<>();
		this.jdbc.sql("""
				select e.reporting_period_id, coalesce(pr.code, '') as party_rating,
				       coalesce(spr.code, pr.code, '') as secretariat_rating, count(*) as actions
				  from evaluation e
				  join reporting_period rp on rp.id = e.reporting_period_id
				  left join progress_rating pr on pr.id = e.progress_rating_id
				  left join secretariat_assessment s on s.evaluation_id = e.id
				  left join progress_rating spr on spr.id = s.progress_rating_id
				 where rp.meeting_id = :meeting
				 group by 1, 2, 3""").param("meeting", meeting.getId()).query((rs, n) -> {
			long report = rs.getLong(1);
			int count = rs.getInt(4);
			partyCounts.computeIfAbsent(report, (id) -> new HashMap<>()).merge(rs.getString(2), count, Integer::sum);
			secretariatCounts.computeIfAbsent(report, (id) -> new HashMap<>())
				.merge(rs.getString(3), count, Integer::sum);
			return report;
		}).list();
		LocalDate today = LocalDate.now(this.clock);
		List<MeetingOverview.Row> rows = new ArrayList<>(this.jdbc.sql("""
				select p.code, p.name, rp.id, rp.status,
				       (select min(t.happened_at) from report_transition t
				         where t.reporting_period_id = rp.id and t.to_status = 'SUBMITTED') as first_submitted,
				       (select max(t.happened_at) from report_transition t
				         where t.reporting_period_id = rp.id and t.to_status = 'SUBMITTED') as last_submitted
				  from party p
				  left join reporting_period rp on rp.party_id = p.id and rp.meeting_id = :meeting
				 where rp.id is not null or exists (select 1 from pillar pl where pl.party_id = p.id)
				 order by p.name""").param("meeting", meeting.getId()).query((rs, n) -> {
			Long report = (Long) rs.getObject(3);
			ReportStatus status = (rs.getString(4) != null) ? ReportStatus.valueOf(rs.getString(4)) : null;
			Instant first = instant(rs.getTimestamp(5));
			Instant last = instant(rs.getTimestamp(6));
			LocalDate due = meeting.getReportDueOn();
			boolean notYetSubmitted = status == null
					|| (first == null && (status == ReportStatus.DRAFT || status == ReportStatus.RETURNED));
			boolean overdue = due != null && today.isAfter(due) && notYetSubmitted;
			boolean late = due != null && first != null
					&& first.atZone(this.clock.getZone()).toLocalDate().isAfter(due);
			Map<String, Integer> counts = (report != null) ? partyCounts.getOrDefault(report, Map.of()) : Map.of();
			int total = counts.values().stream().mapToInt(Integer::intValue).sum();
			return new MeetingOverview.Row(rs.getString(1), rs.getString(2), status, first, last, overdue, late, total,
					counts, (report != null) ? secretariatCounts.getOrDefault(report, Map.of()) : Map.of());
		}).list());
		List<String> others = this.jdbc.sql("select code from meeting order by number").query(String.class).list();
		return new MeetingOverview(meeting.getCode(), meeting.getNumber(), meeting.getStartsOn(),
				meeting.getReportDueOn(), columns, rows, others);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static void checkSecretariat() {
		if (!CurrentUser.get().map((user) -> user.is(Role.SECRETARIAT) || user.is(Role.ADMIN)).orElse(false)) {
			throw new AccessDeniedException("The overview is for the Secretariat");
		}
	}

}
