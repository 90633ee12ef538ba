package org.niaptracker.report;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
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

		Reports.insertReportWithActions(this.jdbc, "ZZ", 20, 10);
		long large = sql
			.countDuring(() -> this.mvc.perform(get("/parties/ZZ/reports/SC66")).andExpect(status().isOk()));

		assertThat(sc66).isEqualTo(REPORT_PAGE_STATEMENTS);
		assertThat(large).isEqualTo(REPORT_PAGE_STATEMENTS);
	}

	@Test
	void listPagesRunAFixedNumberOfStatements() throws Exception {
		SqlStatements sql = new SqlStatements(this.entityManagerFactory);
		Reports.insertReportWithActions(this.jdbc, "ZZ", 5, 5);
		assertThat(sql.countDuring(() -> this.mvc.perform(get("/")).andExpect(status().isOk()))).isEqualTo(2);
		assertThat(sql.countDuring(() -> this.mvc.perform(get("/parties/ZZ")).andExpect(status().isOk()))).isEqualTo(3);
	}

}
