package org.niaptracker.test;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data about reports, read and cleaned up straight in the database.
 */
public final class Reports {

	private Reports() {
	}

	/** Removes a Party's report to a meeting with its evaluations and history. */
	public static void delete(JdbcTemplate jdbc, String partyCode, String meetingCode) {
		jdbc.update("""
				delete from reporting_period
				 where party_id = (select id from party where code = ?)
				   and meeting_id = (select id from meeting where code = ?)""", partyCode, meetingCode);
	}

	public static long evaluationId(JdbcTemplate jdbc, String partyCode, String meetingCode, String action) {
		return jdbc.queryForObject("""
				select e.id from evaluation e
				  join reporting_period rp on rp.id = e.reporting_period_id
				  join party p on p.id = rp.party_id join meeting m on m.id = rp.meeting_id
				  join niap_action a on a.id = e.action_id
				 where p.code = ? and m.code = ? and a.number = ?""", Long.class, partyCode, meetingCode, action);
	}

	public static int evaluationVersion(JdbcTemplate jdbc, long evaluationId) {
		return jdbc.queryForObject("select version from evaluation where id = ?", Integer.class, evaluationId);
	}

	public static String ratingCode(JdbcTemplate jdbc, long evaluationId) {
		return jdbc.queryForObject("""
				select pr.code from evaluation e left join progress_rating pr on pr.id = e.progress_rating_id
				 where e.id = ?""", String.class, evaluationId);
	}

	public static List<String> points(JdbcTemplate jdbc, long evaluationId) {
		return jdbc.queryForList("select unnest(progress_points) from evaluation where id = ?", String.class,
				evaluationId);
	}

	/**
	 * Removes the template's instruction line that Cambodia's SC66 text of action 1.2
	 * carries (and a report started from it inherits), the one leftover that blocks its
	 * submission.
	 */
	public static void removeTemplateInstruction(JdbcTemplate jdbc, String meetingCode) {
		jdbc.update("""
				update evaluation set progress_points = array(
				    select p from unnest(progress_points) with ordinality as t(p, n)
				     where p not like 'Progress summary – if required%' order by n)
				 where id = ?""", evaluationId(jdbc, "KH", meetingCode, "1.2"));
	}

	public static int reportVersion(JdbcTemplate jdbc, String partyCode, String meetingCode) {
		return jdbc.queryForObject("""
				select rp.version from reporting_period rp
				  join party p on p.id = rp.party_id join meeting m on m.id = rp.meeting_id
				 where p.code = ? and m.code = ?""", Integer.class, partyCode, meetingCode);
	}

}
