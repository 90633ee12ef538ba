package org.niaptracker.security;

import java.util.List;

import org.niaptracker.security.AuthorizationMatrixTest.Fixture;
import org.niaptracker.security.AuthorizationMatrixTest.Row;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.niaptracker.security.AuthorizationMatrixTest.CONFLICT;
import static org.niaptracker.security.AuthorizationMatrixTest.FORBIDDEN;
import static org.niaptracker.security.AuthorizationMatrixTest.LOGIN;
import static org.niaptracker.security.AuthorizationMatrixTest.NOT_FOUND;
import static org.niaptracker.security.AuthorizationMatrixTest.OK;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The authorization matrix of a Party's plan: adopted revisions are public; a draft is
 * read and changed by the Party's own focal points, the Secretariat and administrators
 * (another Party's focal point gets 404); the revision in force is read-only (409).
 */
final class PlanMatrixRows {

	private static final String REVISION = "/parties/KH/plan/revisions/";

	static final List<Row> ROWS = List.of(
			row("plan page", "GET /parties/{partyCode}/plan", (f) -> get("/parties/KH/plan"), OK, OK, OK, OK, OK),
			row("plan revision in force", "GET /parties/{partyCode}/plan/revisions/{number}",
					(f) -> get(REVISION + "1"), OK, OK, OK, OK, OK),
			row("draft plan revision", "GET /parties/{partyCode}/plan/revisions/{number}",
					(f) -> get(REVISION + draft(f, false)), LOGIN, OK, NOT_FOUND, OK, OK),
			row("changes of a draft plan revision", "GET /parties/{partyCode}/plan/revisions/{number}/changes",
					(f) -> get(REVISION + draft(f, false) + "/changes"), LOGIN, OK, NOT_FOUND, OK, OK),
			row("an action's history", "GET /parties/{partyCode}/actions/{lineageId}",
					(f) -> get("/parties/KH/actions/" + lineage(f.jdbc(), "1.2")), OK, OK, OK, OK, OK),
			row("start a plan revision", "POST /parties/{partyCode}/plan/revisions",
					(f) -> post("/parties/KH/plan/revisions"), LOGIN, OK, FORBIDDEN, OK, OK),
			row("add a pillar to a draft", "POST /parties/{partyCode}/plan/revisions/{number}/pillars",
					(f) -> post(REVISION + draft(f, false) + "/pillars").param("number", "8").param("name", "Outreach"),
					LOGIN, OK, NOT_FOUND, OK, OK),
			row("rename a pillar of a draft", "POST /parties/{partyCode}/plan/revisions/{number}/pillars/{pillarId}",
					(f) -> {
						int draft = draft(f, false);
						long pillar = pillarId(f.jdbc(), draft, 6);
						return post(REVISION + draft + "/pillars/" + pillar).param("number", "6")
							.param("name", "Other matters")
							.param("version", version(f.jdbc(), "pillar", pillar));
					}, LOGIN, OK, NOT_FOUND, OK, OK),
			row("remove an empty pillar of a draft",
					"POST /parties/{partyCode}/plan/revisions/{number}/pillars/{pillarId}/delete", (f) -> {
						int draft = draft(f, true);
						long pillar = pillarId(f.jdbc(), draft, 7);
						return post(REVISION + draft + "/pillars/" + pillar + "/delete").param("version",
								version(f.jdbc(), "pillar", pillar));
					}, LOGIN, OK, NOT_FOUND, OK, OK),
			row("add an action to a draft", "POST /parties/{partyCode}/plan/revisions/{number}/actions",
					(f) -> post(REVISION + draft(f, false) + "/actions").param("pillarNumber", "1")
						.param("number", "1.3")
						.param("title", "A new action"),
					LOGIN, OK, NOT_FOUND, OK, OK),
			row("renumber an action of a draft", "POST /parties/{partyCode}/plan/revisions/{number}/actions/{actionId}",
					(f) ->

					changeAction(f, draft(f, false), "3.2", "4.2"), LOGIN, OK, NOT_FOUND, OK, OK),
			row("change an action of the plan in force",
					"POST /parties/{partyCode}/plan/revisions/{number}/actions/{actionId}",
					(f) -> changeAction(f, 1, "3.2", "4.2"), LOGIN, CONFLICT, FORBIDDEN, CONFLICT, CONFLICT),
			row("forged: an action of another revision",
					"POST /parties/{partyCode}/plan/revisions/{number}/actions/{actionId}", (f) -> {
						int draft = draft(f, false);
						long inForce = actionId(f.jdbc(), 1, "3.2");
						return post(REVISION + draft + "/actions/" + inForce).param("pillarNumber", "3")
							.param("number", "3.9")
							.param("title", "Forged")
							.param("version", version(f.jdbc(), "niap_action", inForce));
					}, LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
			row("forged: a draft action under another Party",
					"POST /parties/{partyCode}/plan/revisions/{number}/actions/{actionId}", (f) -> {
						int draft = draft(f, false);
						long action = actionId(f.jdbc(), draft, "3.2");
						return post("/parties/ZZ/plan/revisions/" + draft + "/actions/" + action)
							.param("pillarNumber", "3")
							.param("number", "3.9")
							.param("title", "Forged")
							.param("version", version(f.jdbc(), "niap_action", action));
					}, LOGIN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
			row("retire an action of a draft",
					"POST /parties/{partyCode}/plan/revisions/{number}/actions/{actionId}/retire", (f) -> {
						int draft = draft(f, false);
						long action = actionId(f.jdbc(), draft, "6.1");
						return post(REVISION + draft + "/actions/" + action + "/retire").param("mergedInto", "5.1")
							.param("version", version(f.jdbc(), "niap_action", action));
					}, LOGIN, OK, NOT_FOUND, OK, OK),
			row("adopt a draft", "POST /parties/{partyCode}/plan/revisions/{number}/adopt", (f) -> {
				int draft = draft(f, false);
				return post(REVISION + draft + "/adopt").param("adoptedOn", "2016-02-01")
					.param("note", "Checked")
					.param("version", revisionVersion(f.jdbc(), draft));
			}, LOGIN, OK, NOT_FOUND, OK, OK),
			row("discard a draft", "POST /parties/{partyCode}/plan/revisions/{number}/delete", (f) -> {
				int draft = draft(f, false);
				return post(REVISION + draft + "/delete").param("version", revisionVersion(f.jdbc(), draft));
			}, LOGIN, OK, NOT_FOUND, OK, OK),
			row("discard the plan in force", "POST /parties/{partyCode}/plan/revisions/{number}/delete",
					(f) -> post(REVISION + "1/delete").param("version", revisionVersion(f.jdbc(), 1)), LOGIN, CONFLICT,
					FORBIDDEN, CONFLICT, CONFLICT));

	private PlanMatrixRows() {
	}

	private static Row row(String name, String pattern,
			java.util.function.Function<Fixture, MockHttpServletRequestBuilder> request,
			AuthorizationMatrixTest.Outcome... expected) {
		return new Row(name, pattern, request, List.of(expected));
	}

	private static MockHttpServletRequestBuilder changeAction(Fixture f, int revision, String number,
			String newNumber) {
		long action = actionId(f.jdbc(), revision, number);
		return post(REVISION + revision + "/actions/" + action).param("pillarNumber", "3")
			.param("number", newNumber)
			.param("title", "Increase the capacity of FA officials in wildlife crime investigations")
			.param("marked", "true")
			.param("_marked", "on")
			.param("version", version(f.jdbc(), "niap_action", action));
	}

	/**
	 * Cambodia's draft revision 2, a copy of revision 1 (with an empty pillar 7 if
	 * asked); returns its number.
	 */
	static int draft(Fixture f, boolean emptyPillar) {
		JdbcTemplate jdbc = f.jdbc();
		jdbc.update("""
				insert into plan_revision (party_id, number, created_by_name)
				select id, 2, 'focal.kh' from party where code = 'KH'""");
		jdbc.update("""
				insert into pillar (party_id, plan_revision_id, number, name)
				select pl.party_id, d.id, pl.number, pl.name
				  from pillar pl join plan_revision r on r.id = pl.plan_revision_id and r.number = 1
				  join plan_revision d on d.party_id = r.party_id and d.number = 2
				 where r.party_id = (select id from party where code = 'KH')""");
		jdbc.update("""
				insert into niap_action (pillar_id, lineage_id, number, position, title, marked)
				select dp.id, a.lineage_id, a.number, a.position, a.title, a.marked
				  from niap_action a join pillar pl on pl.id = a.pillar_id
				  join plan_revision r on r.id = pl.plan_revision_id and r.number = 1
				  join plan_revision d on d.party_id = r.party_id and d.number = 2
				  join pillar dp on dp.plan_revision_id = d.id and dp.number = pl.number
				 where r.party_id = (select id from party where code = 'KH')""");
		if (emptyPillar) {
			jdbc.update("""
					insert into pillar (party_id, plan_revision_id, number, name)
					select party_id, id, 7, 'Empty' from plan_revision
					 where number = 2 and party_id = (select id from party where code = 'KH')""");
		}
		return 2;
	}

	static long lineage(JdbcTemplate jdbc, String number) {
		return jdbc.queryForObject("""
				select a.lineage_id from niap_action a join plan_revision r on r.id = a.plan_revision_id
				 where r.party_id = (select id from party where code = 'KH') and r.number = 1 and a.number = ?""",
				Long.class, number);
	}

	static long actionId(JdbcTemplate jdbc, int revision, String number) {
		return jdbc.queryForObject("""
				select a.id from niap_action a join plan_revision r on r.id = a.plan_revision_id
				 where r.party_id = (select id from party where code = 'KH') and r.number = ? and a.number = ?""",
				Long.class, revision, number);
	}

	static long pillarId(JdbcTemplate jdbc, int revision, int number) {
		return jdbc.queryForObject("""
				select pl.id from pillar pl join plan_revision r on r.id = pl.plan_revision_id
				 where r.party_id = (select id from party where code = 'KH') and r.number = ? and pl.number = ?""",
				Long.class, revision, number);
	}

	static String version(JdbcTemplate jdbc, String table, long id) {
		return String.valueOf(jdbc.queryForObject("select version from " + table + " where id = ?", Integer.class, id));
	}

	static String revisionVersion(JdbcTemplate jdbc, int number) {
		return String.valueOf(jdbc.queryForObject("""
				select version from plan_revision
				 where party_id = (select id from party where code = 'KH') and number = ?""", Integer.class, number));
	}

}
