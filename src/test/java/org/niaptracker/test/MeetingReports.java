package org.niaptracker.test;

import java.util.Arrays;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data for a meeting's overview, inserted in SQL: a Party with a one-pillar plan,
 * its report to a meeting in any status with the Party's ratings, the Secretariat's own
 * ratings (published or not) and comments. Rows a test adds are removed by
 * {@link CleanDatabase}; nothing seeded is changed.
 */
public final class MeetingReports {

	private MeetingReports() {
	}

	/** A meeting of the test's own, on the SC65 scale (four ratings). */
	public static void meeting(JdbcTemplate jdbc, int number, String overviewDocumentRef) {
		jdbc.update("""
				insert into meeting (code, number, starts_on, rating_scale_id, overview_document_ref)
				select ?, ?, date '2030-01-10', id, ? from rating_scale where code = 'SC65'""", "SC" + number, number,
				overviewDocumentRef);
	}

	/**
	 * A Party with an adopted plan of one pillar and {@code actions} actions (1.1, 1.2,
	 * ...), each titled after {@code title}.
	 */
	public static void party(JdbcTemplate jdbc, String code, String name, int actions, String title) {
		jdbc.update("insert into party (code, name) values (?, ?)", code, name);
		Reports.draftPlan(jdbc, code);
		jdbc.update("""
				insert into pillar (party_id, plan_revision_id, number, name)
				select p.id, r.id, 1, 'Legislation'
				  from party p join plan_revision r on r.party_id = p.id and r.status = 'DRAFT' where p.code = ?""",
				code);
		jdbc.update("""
				insert into niap_action (pillar_id, number, position, title)
				select pl.id, '1.' || n, n, ? || ' ' || n
				  from pillar pl join party p on p.id = pl.party_id, generate_series(1, ?) n where p.code = ?""", title,
				actions, code);
		Reports.adoptPlan(jdbc, code);
	}

	/**
	 * The Party's report to the meeting in {@code status}, its actions rated in order
	 * with the codes given (null: not rated), each with {@code point} as its progress,
	 * Part A reading {@code synopsis}.
	 */
	public static void report(JdbcTemplate jdbc, String partyCode, String meetingCode, String status, String synopsis,
			String point, String... ratings) {
		jdbc.update("""
				insert into reporting_period (party_id, meeting_id, status, document_ref, annex_ref, period_start,
				                              period_end, prepared_by, synopsis, progress_to_date, future_outlook)
				select p.id, m.id, ?, 'Doc. 1', 'Annex 1', date '2015-01-01', date '2015-09-01', 'Focal point', ?,
				       'Progress', 'Outlook'
				  from party p, meeting m where p.code = ? and m.code = ?""", status, synopsis, partyCode, meetingCode);
		jdbc.update("""
				insert into evaluation (reporting_period_id, action_id, progress_rating_id, progress_points)
				select rp.id, a.id,
				       (select pr.id from progress_rating pr where pr.rating_scale_id = m.rating_scale_id
				           and pr.code = (?::text[])[a.position]),
				       array[?]
				  from reporting_period rp join party p on p.id = rp.party_id join meeting m on m.id = rp.meeting_id
				  join niap_action a on a.plan_revision_id = rp.plan_revision_id
				 where p.code = ? and m.code = ?""", array(ratings), point, partyCode, meetingCode);
	}

	/** The Secretariat's own ratings of the report's actions, in order (null: none). */
	public static void assess(JdbcTemplate jdbc, String partyCode, String meetingCode, String... ratings) {
		jdbc.update("""
				insert into secretariat_assessment (evaluation_id, progress_rating_id, assessed_by, assessed_at)
				select e.id, pr.id, 'secretariat', now()
				  from evaluation e join niap_action a on a.id = e.action_id
				  join reporting_period rp on rp.id = e.reporting_period_id
				  join party p on p.id = rp.party_id join meeting m on m.id = rp.meeting_id
				  join progress_rating pr on pr.rating_scale_id = m.rating_scale_id
				       and pr.code = (?::text[])[a.position]
				 where p.code = ? and m.code = ?""", array(ratings), partyCode, meetingCode);
	}

	/** Publishes the Secretariat's ratings of the report. */
	public static void publishAssessment(JdbcTemplate jdbc, String partyCode, String meetingCode) {
		jdbc.update("""
				update reporting_period rp set assessment_published = true
				  from party p, meeting m
				 where p.id = rp.party_id and m.id = rp.meeting_id and p.code = ? and m.code = ?""", partyCode,
				meetingCode);
	}

	/** A comment of the Secretariat on the report as a whole. */
	public static void comment(JdbcTemplate jdbc, String partyCode, String meetingCode, String body) {
		jdbc.update("""
				insert into review_comment (reporting_period_id, author_name, author_role, body)
				select rp.id, 'Secretariat', 'SECRETARIAT', ?
				  from reporting_period rp join party p on p.id = rp.party_id join meeting m on m.id = rp.meeting_id
				 where p.code = ? and m.code = ?""", body, partyCode, meetingCode);
	}

	private static String array(String... values) {
		return "{" + String.join(",", Arrays.stream(values).map((v) -> (v != null) ? v : "NULL").toList()) + "}";
	}

}
