package org.niaptracker.dashboard;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.niaptracker.party.PartyCategory;
import org.niaptracker.party.ProcessStatus;
import org.niaptracker.report.ReportStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's rows in one statement, whatever the number of Parties: filtered,
 * sorted, counted and cut to one page in PostgreSQL, and only then the page's Parties'
 * reports read (unless the order needs them). Like {@code tracking.RatingCounts} it is a
 * read model over the reports' tables: what each reader may see is part of the statement,
 * as {@code report.ReportAccess} words it.
 * <ul>
 * <li>A report counts when it is published, or when the reader is the Secretariat or an
 * administrator (every report) or the Party's focal point (its own).</li>
 * <li>Figures (shares of actions per rating) come only from reports that are not open
 * (not a draft, not returned): an open report's figures are still being written.</li>
 * <li>The Secretariat's ratings count once the report and the assessment are both
 * published, or for the Secretariat and administrators.</li>
 * <li>"Overdue" (the report due date of the latest meeting has passed and the Party, in
 * implementation, has sent nothing) says something of reports that are not public, so
 * only readers who may see those reports get it.</li>
 * </ul>
 */
@Component
class DashboardQuery {

	/** Reports of each Party in its small trend chart. */
	static final int TREND = 5;

	private static final String VISIBLE = "(rp.status = 'PUBLISHED' or :all or p.code = :own)";

	/** The report shown: the latest the reader may see (or the filter's meeting's). */
	private static final String CURRENT = """
			left join lateral (
			    select m.code as meeting_code, m.number as meeting_number, rp.status, rp.submitted_on,
			           coalesce(rp.submitted_on > m.report_due_on, false) as late
			      from reporting_period rp join meeting m on m.id = rp.meeting_id
			     where rp.party_id = p.id and VISIBLE
			       and (cast(:meeting as integer) is null or m.number = :meeting)
			     order by m.number desc
			     limit 1) cur on true
			""".replace("VISIBLE", VISIBLE);

	/** The trend's reports, and the latest one's. */
	private static final String FIGURES = """
			left join lateral (
			    select array_agg(t.id order by t.number) as ids, array_agg(t.code order by t.number) as codes,
			           array_agg(t.rating_scale_id order by t.number) as scales,
			           (array_agg(t.id order by t.number desc))[1] as latest
			      from (select rp.id, m.number, m.code, m.rating_scale_id
			              from reporting_period rp join meeting m on m.id = rp.meeting_id
			             where rp.party_id = p.id and VISIBLE and rp.status not in ('DRAFT', 'RETURNED')
			               and (cast(:meeting as integer) is null or m.number <= :meeting)
			             order by m.number desc
			             limit :trend) t) fig on true
			""".replace("VISIBLE", VISIBLE);

	/**
	 * The latest figures' achieved actions, to sort by (the page's rows count them from
	 * {@code tracking.RatingCounts}, which the trend reads anyway).
	 */
	private static final String SHARE_ACHIEVED = """
			left join lateral (
			    select count(*) filter (where pr.code in ('ACHIEVED', 'SUBSTANTIALLY_ACHIEVED')) as achieved,
			           count(*) as total
			      from evaluation e left join progress_rating pr on pr.id = e.progress_rating_id
			     where e.reporting_period_id = fig.latest) sh on true
			""".replace("VISIBLE", VISIBLE);

	/**
	 * Two steps, so that the reports of a Party are read only for the page's rows: the
	 * page's Parties, filtered, counted and sorted (SORT_JOINS reads only what the order
	 * needs: nothing to sort by name, category or status), then their reports.
	 */
	private static final String SQL = """
			with due as (
			    select m.id, m.code, m.report_due_on
			      from meeting m
			     where (cast(:meeting as integer) is null and m.report_due_on < :today) or m.number = :meeting
			     order by m.number desc
			     limit 1
			), page as (
			    select p.id, row_number() over (order by ORDER_BY, lower(p.name), p.code) as position,
			           count(*) over () as total_rows
			      from party p
			      SORT_JOINS
			     where (p.process_status is not null or exists (select 1 from reporting_period x where x.party_id = p.id))
			       and (cast(:category as text) is null or p.category = :category)
			       and (cast(:status as text) is null or p.process_status = :status)
			     order by position
			     limit :limit offset :offset
			)
			select p.id, p.code, p.name, p.name_fr, p.name_es, p.category, p.process_status,
			       cur.meeting_code, cur.meeting_number, cur.status, cur.submitted_on, cur.late,
			       (:all or p.code = :own) and p.process_status = 'IMPLEMENTING' and due.report_due_on < :today
			           and dr.submitted_on is null as overdue,
			       due.code as due_code,
			       fig.ids as trend_ids, fig.codes as trend_codes, fig.scales as trend_scales,
			       ex.meeting_code as exit_meeting,
			       page.total_rows
			  from page
			  join party p on p.id = page.id
			  left join due on true
			  left join reporting_period dr on dr.party_id = p.id and dr.meeting_id = due.id
			  CURRENT
			  FIGURES
			  left join lateral (
			      select a.meeting_code
			        from (select m.code as meeting_code, rp.id
			                from reporting_period rp join meeting m on m.id = rp.meeting_id
			               where rp.party_id = p.id and rp.status <> 'DRAFT'
			                 and ((rp.status = 'PUBLISHED' and rp.assessment_published) or :all)
			                 and (cast(:meeting as integer) is null or m.number <= :meeting)
			               order by m.number desc
			               limit 1) a
			       where exists (select 1 from evaluation e where e.reporting_period_id = a.id)
			         and not exists (
			             select 1
			               from evaluation e
			               left join secretariat_assessment sa on sa.evaluation_id = e.id
			               left join progress_rating pr on pr.id = sa.progress_rating_id
			              where e.reporting_period_id = a.id
			                and (pr.code is null or pr.code not in ('ACHIEVED', 'SUBSTANTIALLY_ACHIEVED')))) ex on true
			 order by page.position"""
		.replace("CURRENT", CURRENT)
		.replace("FIGURES", FIGURES);

	private final JdbcClient jdbc;

	DashboardQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of rows, and how many rows the filter has in all.
	 * @param all the reader sees every report and the Secretariat's own ratings
	 * @param own the Party code of the reader's own reports (a focal point), or ""
	 */
	Result rows(DashboardFilter filter, boolean all, String own, LocalDate today) {
		String sql = SQL.replace("SORT_JOINS", sortJoins(filter.sort())).replace("ORDER_BY", orderBy(filter.sort()));
		List<Row> rows = new ArrayList<>();
		long[] total = { 0 };
		this.jdbc.sql(sql)
			.param("all", all)
			.param("own", own)
			.param("today", today)
			.param("meeting", filter.meetingNumber())
			.param("category", (filter.category() != null) ? filter.category().name() : null)
			.param("status", (filter.status() != null) ? filter.status().name() : null)
			.param("trend", TREND)
			.param("limit", DashboardFilter.PAGE_SIZE)
			.param("offset", (long) (filter.page() - 1) * DashboardFilter.PAGE_SIZE)
			.query((ResultSet row) -> {
				total[0] = row.getLong("total_rows");
				rows.add(row(row));
			});
		return new Result(rows, total[0]);
	}

	/** What the page's order reads of each Party's reports, before the page is cut. */
	private static String sortJoins(DashboardFilter.Sort sort) {
		return switch (sort) {
			case NAME, CATEGORY, STATUS -> "";
			case REPORT -> CURRENT;
			case ACHIEVED -> FIGURES + SHARE_ACHIEVED;
		};
	}

	private static String orderBy(DashboardFilter.Sort sort) {
		return switch (sort) {
			case NAME -> "lower(p.name)";
			case CATEGORY -> "p.category nulls last";
			case STATUS -> "array_position(array['IMPLEMENTING', 'IN_DEVELOPMENT', 'REQUESTED', 'EXITED'], "
					+ "cast(p.process_status as text)) nulls last";
			case REPORT -> "cur.meeting_number desc nulls last, cur.submitted_on desc nulls last";
			case ACHIEVED -> "(sh.achieved::float / nullif(sh.total, 0)) desc nulls last";
		};
	}

	private static Row row(ResultSet row) throws SQLException {
		String category = row.getString("category");
		String status = row.getString("process_status");
		String reportStatus = row.getString("status");
		var submitted = row.getObject("submitted_on", LocalDate.class);
		return new Row(row.getString("code"), row.getString("name"), row.getString("name_fr"), row.getString("name_es"),
				(category != null) ? PartyCategory.valueOf(category) : null,
				(status != null) ? ProcessStatus.valueOf(status) : null, row.getString("meeting_code"),
				(reportStatus != null) ? ReportStatus.valueOf(reportStatus) : null, submitted, row.getBoolean("late"),
				row.getBoolean("overdue"), row.getString("due_code"), longs(row.getArray("trend_ids")),
				strings(row.getArray("trend_codes")), longs(row.getArray("trend_scales")),
				row.getString("exit_meeting"));
	}

	private static List<Long> longs(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<Long> values = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			values.add(((Number) value).longValue());
		}
		return values;
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<String> values = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			values.add((String) value);
		}
		return values;
	}

	/** The ratings of every scale, in order, with their labels: one statement. */
	List<ScaleRating> ratings() {
		return this.jdbc.sql("""
				select r.id, r.rating_scale_id, r.code, r.label, r.label_fr, r.label_es
				  from progress_rating r order by r.rating_scale_id, r.position""")
			.query((row, number) -> new ScaleRating(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
					row.getString(5), row.getString(6)))
			.list();
	}

	record Result(List<Row> rows, long total) {
	}

	record ScaleRating(long id, long scaleId, String code, String label, String labelFr, String labelEs) {
	}

	/**
	 * One Party's row as read: the report shown, its trend's reports (oldest first, the
	 * last one its latest figures), and the meeting of the Secretariat assessment that
	 * rates every action achieved or substantially achieved.
	 */
	record Row(String code, String name, String nameFr, String nameEs, PartyCategory category, ProcessStatus status,
			String meetingCode, ReportStatus reportStatus, LocalDate submittedOn, boolean late, boolean overdue,
			String dueMeetingCode, List<Long> trendIds, List<String> trendMeetings, List<Long> trendScales,
			String exitMeeting) {
	}

}
