package org.niaptracker.report;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A report page runs a small, fixed number of SQL statements whatever the number of
 * actions (no N+1).
 */
@PostgresTest
@Transactional
class ReportPageQueriesTest {

	/**
	 * The report with its Party and meeting, the scale, the evaluations, the timeline.
	 */
	static final int REPORT_PAGE_STATEMENTS = 4;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void reportPageRunsTheSameFewStatementsForThirteenOrTwoHundredActions() throws Exception {
		SqlStatements sql = new SqlStatements(this.entityManagerFactory);
		long sc66 = sql.countDuring(() -> this.mvc.perform(get("/parties/KH/reports/SC66")).andExpect(status().isOk()));

		insertReportWithActions("ZZ", 20, 10);
		long large = sql
			.countDuring(() -> this.mvc.perform(get("/parties/ZZ/reports/SC66")).andExpect(status().isOk()));

		assertThat(sc66).isEqualTo(REPORT_PAGE_STATEMENTS);
		assertThat(large).isEqualTo(REPORT_PAGE_STATEMENTS);
	}

	@Test
	void listPagesRunAFixedNumberOfStatements() throws Exception {
		SqlStatements sql = new SqlStatements(this.entityManagerFactory);
		insertReportWithActions("ZZ", 5, 5);
		assertThat(sql.countDuring(() -> this.mvc.perform(get("/")).andExpect(status().isOk()))).isEqualTo(2);
		assertThat(sql.countDuring(() -> this.mvc.perform(get("/parties/ZZ")).andExpect(status().isOk()))).isEqualTo(3);
	}

	/**
	 * A Party with {@code pillars} x {@code actionsPerPillar} actions, all evaluated in a
	 * SC66 report.
	 */
	private void insertReportWithActions(String code, int pillars, int actionsPerPillar) {
		this.jdbc.update("insert into party (code, name) values (?, ?)", code, "Test Party " + code);
		this.jdbc.update("""
				insert into pillar (party_id, number, name)
				select p.id, n, 'Pillar ' || n from party p, generate_series(1, ?) n where p.code = ?""", pillars,
				code);
		this.jdbc.update("""
				insert into niap_action (pillar_id, number, position, title)
				select pl.id, pl.number || '.' || n, n, 'Action ' || pl.number || '.' || n
				  from pillar pl join party p on p.id = pl.party_id, generate_series(1, ?) n where p.code = ?""",
				actionsPerPillar, code);
		this.jdbc.update("""
				insert into reporting_period (party_id, meeting_id, status, period_start, period_end, synopsis)
				select p.id, m.id, 'PUBLISHED', date '2015-01-01', date '2015-09-01', 'Synopsis'
				  from party p, meeting m where p.code = ? and m.code = 'SC66'""", code);
		this.jdbc.update(
				"""
						insert into evaluation (reporting_period_id, action_id, progress_rating_id, progress_points)
						select rp.id, a.id, (select pr.id from progress_rating pr join rating_scale s on s.id = pr.rating_scale_id
						                      where s.code = 'SC65' and pr.position = 1 + a.position % 4),
						       array['First point of ' || a.number, 'Second point']
						  from reporting_period rp join party p on p.id = rp.party_id
						  join pillar pl on pl.party_id = p.id join niap_action a on a.pillar_id = pl.id
						 where p.code = ?""",
				code);
	}

}
