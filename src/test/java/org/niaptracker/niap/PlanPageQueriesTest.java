package org.niaptracker.niap;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan pages and an action's history run a fixed number of statements whether the
 * plan has 13 actions (Cambodia) or 200.
 */
@PostgresTest
@Transactional
class PlanPageQueriesTest {

	/** The Party, its revisions, the revision's actions (with pillars), its pillars. */
	static final int PLAN_PAGE_STATEMENTS = 4;

	/** The revision, the Party's revisions, the actions, the pillars. */
	static final int REVISION_PAGE_STATEMENTS = 4;

	/** The action in each revision, its evaluations in each report. */
	static final int ACTION_PAGE_STATEMENTS = 2;

	/**
	 * The Party, its plan in force, its reports; its trend: every action's rating in each
	 * report, the scales, the equivalences, the counts (the Secretariat's ratings are not
	 * published here). See PartyTrendTest for one to five meetings.
	 */
	static final int PARTY_PAGE_STATEMENTS = 3 + 4;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Test
	void planPagesRunTheSameStatementsForThirteenOrTwoHundredActions() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 20, 10);
		for (String party : new String[] { "KH", "ZZ" }) {
			long lineage = this.jdbc.queryForObject("""
					select min(a.lineage_id) from niap_action a join pillar pl on pl.id = a.pillar_id
					  join party p on p.id = pl.party_id where p.code = ?""", Long.class, party);
			assertThat(count(get("/parties/" + party + "/plan"))).as(party + " plan").isEqualTo(PLAN_PAGE_STATEMENTS);
			assertThat(count(get("/parties/" + party + "/plan/revisions/1"))).as(party + " revision")
				.isEqualTo(REVISION_PAGE_STATEMENTS);
			assertThat(count(get("/parties/" + party + "/actions/" + lineage))).as(party + " action")
				.isEqualTo(ACTION_PAGE_STATEMENTS);
			assertThat(count(get("/parties/" + party))).as(party + " Party page").isEqualTo(PARTY_PAGE_STATEMENTS);
		}
	}

	private long count(RequestBuilder request) throws Exception {
		return this.sql.countDuring(() -> this.mvc.perform(request).andExpect(status().isOk()));
	}

}
