package org.niaptracker.tracking;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts of ratings behind the dashboard's trends, a Party's trend and a meeting's
 * overview are read from an index alone, never from the evaluations' rows: on the bench
 * data (300,000 evaluations) that is 30 buffers instead of 204 for the dashboard's page
 * and 36 instead of 4,731 for a meeting. The seeded database is too small for the planner
 * to prefer an index, so scans of the table are ruled out here: what is left shows which
 * indexes could answer the query.
 */
@PostgresTest
class RatingCountsIndexTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void thePartysRatingsAreCountedFromTheIndexAlone() {
		List<Long> reports = this.jdbc.queryForList("select id from reporting_period", Long.class);
		assertThat(reports).isNotEmpty();
		List<String> plan = this.jdbc.execute((ConnectionCallback<List<String>>) (connection) -> {
			try (Statement settings = connection.createStatement()) {
				settings.execute("set enable_seqscan = off");
				settings.execute("set enable_bitmapscan = off");
			}
			try (PreparedStatement explain = connection.prepareStatement("explain (costs off) " + RatingCounts.PARTY)) {
				Array ids = connection.createArrayOf("bigint", reports.toArray());
				explain.setArray(1, ids);
				List<String> lines = new ArrayList<>();
				try (ResultSet rows = explain.executeQuery()) {
					while (rows.next()) {
						lines.add(rows.getString(1));
					}
				}
				return lines;
			}
			finally {
				try (Statement settings = connection.createStatement()) {
					settings.execute("reset enable_seqscan");
					settings.execute("reset enable_bitmapscan");
				}
			}
		});
		assertThat(String.join("\n", plan)).contains("Index Only Scan using evaluation_report_rating_idx");
	}

}
