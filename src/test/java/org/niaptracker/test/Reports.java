package org.niaptracker.test;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Test data about reports, read and cleaned up straight in the database.
 */
public final class Reports {

	private Reports() {
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

	/**
	 * Opens the Party's next plan revision as a draft, for pillars and actions inserted
	 * in SQL (give pillars the draft's {@code plan_revision_id}; actions take their
	 * pillar's).
	 */
	public static void draftPlan(JdbcTemplate jdbc, String partyCode) {
		jdbc.update(
				"""
						insert into plan_revision (party_id, number, created_by_name)
						select p.id, coalesce((select max(r.number) from plan_revision r where r.party_id = p.id), 0) + 1, 'test'
						  from party p where p.code = ?""",
				partyCode);
	}

	/** Adopts the Party's draft revision, so that new reports follow it. */
	public static void adoptPlan(JdbcTemplate jdbc, String partyCode) {
		jdbc.update("""
				update plan_revision r set status = 'ADOPTED', adopted_on = current_date, adopted_by_name = 'test'
				  from party p where p.id = r.party_id and p.code = ? and r.status = 'DRAFT'""", partyCode);
	}

	/**
	 * A Party with {@code pillars} x {@code actionsPerPillar} actions, all evaluated in a
	 * published SC66 report, each with three points of progress.
	 */
	public static void insertReportWithActions(JdbcTemplate jdbc, String code, int pillars, int actionsPerPillar) {
		insertReportWithActions(jdbc, code, pillars, actionsPerPillar, () -> {
		});
	}

	/**
	 * The same, with {@code planEdits} run on the plan's pillars and actions before it is
	 * adopted (an adopted plan is read-only).
	 */
	public static void insertReportWithActions(JdbcTemplate jdbc, String code, int pillars, int actionsPerPillar,
			Runnable planEdits) {
		jdbc.update("insert into party (code, name) values (?, ?)", code, "Test Party " + code);
		draftPlan(jdbc, code);
		jdbc.update("""
				insert into pillar (party_id, plan_revision_id, number, name)
				select p.id, r.id, n, 'Pillar ' || n
				  from party p join plan_revision r on r.party_id = p.id and r.status = 'DRAFT',
				       generate_series(1, ?) n where p.code = ?""", pillars, code);
		jdbc.update("""
				insert into niap_action (pillar_id, number, position, title)
				select pl.id, pl.number || '.' || n, n,
				       'Action ' || pl.number || '.' || n || ': strengthen the enforcement of the ivory trade rules'
				  from pillar pl join party p on p.id = pl.party_id, generate_series(1, ?) n where p.code = ?""",
				actionsPerPillar, code);
		planEdits.run();
		adoptPlan(jdbc, code);
		jdbc.update("""
				insert into reporting_period (party_id, meeting_id, status, document_ref, annex_ref, period_start,
				                              period_end, prepared_by, synopsis, progress_to_date, future_outlook)
				select p.id, m.id, 'PUBLISHED', 'SC66 Doc. 29', 'Annex 99', date '2015-01-01', date '2015-09-01',
				       'Test focal point', 'Synopsis', 'Progress', 'Outlook'
				  from party p, meeting m where p.code = ? and m.code = 'SC66'""", code);
		jdbc.update(
				"""
						insert into evaluation (reporting_period_id, action_id, progress_rating_id, progress_points)
						select rp.id, a.id, (select pr.id from progress_rating pr join rating_scale s on s.id = pr.rating_scale_id
						                      where s.code = 'SC65' and pr.position = 1 + a.position % 4),
						       array['First point of ' || a.number || ': consultations with the agencies concerned were held.',
						             'Second point: a draft was prepared and is being reviewed by the ministry.',
						             'Overall, progress is on track and the action should be completed within twelve months.']
						  from reporting_period rp join party p on p.id = rp.party_id
						  join pillar pl on pl.party_id = p.id join niap_action a on a.pillar_id = pl.id
						 where p.code = ?""",
				code);
	}

	/**
	 * A meeting on a rating scale ("SC65" for four ratings, "SC69" for six), unless it
	 * exists (SC66 and SC67 do).
	 */
	public static void meeting(JdbcTemplate jdbc, String code, String scaleCode) {
		int number = Integer.parseInt(code.substring(2));
		jdbc.update("""
				insert into meeting (code, number, starts_on, report_due_on, rating_scale_id)
				select ?, ?, make_date(2000 + ? / 4, 11, 1), make_date(2000 + ? / 4, 8, 1), s.id
				  from rating_scale s where s.code = ?
				on conflict (code) do nothing""", code, number, number, number, scaleCode);
	}

	/**
	 * A report of the Party to the meeting, in the given status, following the plan in
	 * force, with every action of it evaluated: rated on the meeting's scale in turn (the
	 * scale's first rating for the first action of each pillar, and so on), with two
	 * points. Returns the report's id.
	 */
	public static long report(JdbcTemplate jdbc, String partyCode, String meetingCode, String status) {
		int number = Integer.parseInt(meetingCode.substring(2));
		jdbc.update("""
				insert into reporting_period (party_id, meeting_id, status, document_ref, annex_ref, period_start,
				                              period_end, prepared_by, synopsis, progress_to_date, future_outlook)
				select p.id, m.id, ?, m.code || ' Doc. 29', 'Annex 9', make_date(2000 + ? / 4, 1, 1),
				       make_date(2000 + ? / 4, 6, 1), 'Test focal point', 'Synopsis', 'Progress', 'Outlook'
				  from party p, meeting m where p.code = ? and m.code = ?""", status, number, number, partyCode,
				meetingCode);
		long reportId = jdbc.queryForObject("""
				select rp.id from reporting_period rp join party p on p.id = rp.party_id
				  join meeting m on m.id = rp.meeting_id where p.code = ? and m.code = ?""", Long.class, partyCode,
				meetingCode);
		jdbc.update("""
				insert into evaluation (reporting_period_id, action_id, progress_rating_id, progress_points)
				select rp.id, a.id,
				       (select pr.id from progress_rating pr
				         where pr.rating_scale_id = m.rating_scale_id
				           and pr.position = 1 + (a.position - 1) % (select count(*) from progress_rating c
				                                                       where c.rating_scale_id = m.rating_scale_id)),
				       array['At ' || m.code || ', ' || a.number || ': the first step was taken.',
				             'A second step is planned.']
				  from reporting_period rp join meeting m on m.id = rp.meeting_id
				  join niap_action a on a.plan_revision_id = rp.plan_revision_id
				 where rp.id = ?""", reportId);
		return reportId;
	}

	/**
	 * Gives an action of a report a rating of the meeting's scale by code (null: none).
	 */
	public static void rate(JdbcTemplate jdbc, String partyCode, String meetingCode, String action, String rating) {
		jdbc.update("""
				update evaluation e set progress_rating_id = (
				       select pr.id from progress_rating pr join meeting m on m.rating_scale_id = pr.rating_scale_id
				        where m.code = ? and pr.code = ?)
				 where e.id = ?""", meetingCode, rating, evaluationId(jdbc, partyCode, meetingCode, action));
	}

	/**
	 * The Secretariat's rating of an action of a report, by code of the meeting's scale.
	 */
	public static void assess(JdbcTemplate jdbc, String partyCode, String meetingCode, String action, String rating) {
		jdbc.update(
				"""
						insert into secretariat_assessment (evaluation_id, progress_rating_id, assessed_by, assessed_at)
						select ?, pr.id, 'secretariat', now() from progress_rating pr join meeting m on m.rating_scale_id = pr.rating_scale_id
						 where m.code = ? and pr.code = ?""",
				evaluationId(jdbc, partyCode, meetingCode, action), meetingCode, rating);
	}

	/**
	 * Gives each action of a Party's report the rating it had in an earlier one
	 * (Challenging becomes Partial progress on the six-rating scale), with the earlier
	 * points.
	 */
	public static void copyRatings(JdbcTemplate jdbc, String partyCode, String from, String to) {
		jdbc.update("""
				update evaluation e set progress_rating_id = (
				       select pr.id from progress_rating pr
				        where pr.rating_scale_id = m.rating_scale_id
				          and pr.code in (before.code, case before.code when 'CHALLENGING' then 'PARTIAL_PROGRESS' end))
				  from reporting_period rp
				  join meeting m on m.id = rp.meeting_id and m.code = ?
				  join party p on p.id = rp.party_id and p.code = ?,
				       niap_action a,
				       (select a0.lineage_id, pr0.code from evaluation e0
				          join niap_action a0 on a0.id = e0.action_id
				          join progress_rating pr0 on pr0.id = e0.progress_rating_id
				          join reporting_period rp0 on rp0.id = e0.reporting_period_id
				          join meeting m0 on m0.id = rp0.meeting_id and m0.code = ?
				          join party p0 on p0.id = rp0.party_id and p0.code = ?) before
				 where e.reporting_period_id = rp.id and a.id = e.action_id and before.lineage_id = a.lineage_id""", to,
				partyCode, from, partyCode);
	}

	/**
	 * Cambodia's focal point starts its report to SC67 from the SC66 one, as in the
	 * journey: the request to perform.
	 */
	public static MockHttpServletRequestBuilder startSc67(Accounts accounts) {
		return post("/parties/KH/reports").with(accounts.as(Accounts.FOCAL_KH))
			.with(csrf())
			.param("meetingCode", "SC67")
			.param("periodStart", "2015-10")
			.param("periodEnd", "2016-06")
			.param("preparedBy", "Heng Kimchhay, National Ivory Action Plan focal point for Cambodia");
	}

}
