package org.niaptracker.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;
import org.niaptracker.user.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices, derived from the data on every request (nothing is kept in memory, so any
 * instance answers alike): the Secretariat sees submitted reports and the Parties' new
 * comments; a focal point sees its Party's returned reports and the Secretariat's new
 * comments. "New" means after the user last opened the notices page.
 */
@Service
@Transactional
public class NoticeService {

	private static final String REPORTS = """
			select p.code, p.name, m.code, rp.status,
			       (select max(t.happened_at) from report_transition t where t.reporting_period_id = rp.id)
			  from reporting_period rp
			  join party p on p.id = rp.party_id
			  join meeting m on m.id = rp.meeting_id
			 where rp.status = :status and (cast(:party as varchar) is null or p.code = :party)
			 order by 5 nulls last, p.name""";

	private static final String COMMENTS = """
			select p.code, p.name, m.code, a.number, c.author_name, c.body, c.created_at
			  from review_comment c
			  join reporting_period rp on rp.id = c.reporting_period_id
			  join party p on p.id = rp.party_id
			  join meeting m on m.id = rp.meeting_id
			  left join niap_action a on a.id = c.action_id
			 where c.created_at > coalesce((select notices_seen_at from app_user where id = :user), '-infinity')
			   and c.author_id is distinct from :user
			   and (case when cast(:party as varchar) is null then c.author_role = 'FOCAL_POINT'
			             else p.code = :party and c.author_role <> 'FOCAL_POINT' end)
			 order by c.created_at desc""";

	private final JdbcClient jdbc;

	private final Clock clock;

	NoticeService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The current user's notices; none for administrators and visitors. */
	@Transactional(readOnly = true)
	public Notices notices() {
		Optional<NiapUser> user = CurrentUser.get();
		if (user.isEmpty() || user.get().is(Role.ADMIN)) {
			return new Notices(List.of(), List.of());
		}
		boolean secretariat = user.get().is(Role.SECRETARIAT);
		String party = secretariat ? null : user.get().getPartyCode();
		List<Notices.ReportNotice> reports = this.jdbc.sql(REPORTS)
			.param("status", secretariat ? "SUBMITTED" : "RETURNED")
			.param("party", party)
			.query((rs, n) -> new Notices.ReportNotice(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), instant(rs.getTimestamp(5))))
			.list();
		List<Notices.CommentNotice> comments = this.jdbc.sql(COMMENTS)
			.param("user", user.get().getId())
			.param("party", party)
			.query((rs, n) -> new Notices.CommentNotice(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7))))
			.list();
		return new Notices(reports, comments);
	}

	/** The notices page: for signed-in users only. */
	@Transactional(readOnly = true)
	public Notices noticesPage() {
		CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		return notices();
	}

	/** Comments up to now are no longer new to the current user. */
	public void markSeen() {
		NiapUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		this.jdbc.sql("update app_user set notices_seen_at = :now where id = :id")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", user.getId())
			.update();
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
