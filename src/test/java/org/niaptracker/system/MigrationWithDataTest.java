package org.niaptracker.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database that people used before plans had revisions (schema version 10, with a draft
 * report, its history, a comment and a submission) migrates to the current schema without
 * losing or changing anything: Cambodia's plan becomes revision 1, in force, and both
 * reports follow it. Runs in a schema of its own on the test database.
 */
@PostgresTest
class MigrationWithDataTest {

	@Autowired
	private DataSource dataSource;

	private final String schema = "migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private Connection connection;

	@AfterEach
	void dropSchema() throws SQLException {
		if (this.connection != null) {
			// The connection goes back to the pool as it came.
			this.connection.createStatement().execute("reset search_path");
			this.connection.createStatement().execute("drop schema " + this.schema + " cascade");
			this.connection.close();
		}
	}

	@Test
	void aVersion10DatabaseWithADraftMigratesWithoutLosingAnything() throws SQLException {
		this.connection = this.dataSource.getConnection();
		SingleConnectionDataSource single = new SingleConnectionDataSource(this.connection, true);
		migrate(single, "10");
		this.connection.createStatement().execute("set search_path to " + this.schema);
		JdbcTemplate jdbc = new JdbcTemplate(single);
		usedAsBefore(jdbc);
		Map<String, Object> before = state(jdbc);

		migrate(single, "latest");
		this.connection.createStatement().execute("set search_path to " + this.schema);

		assertThat(state(jdbc)).isEqualTo(before);
		assertThat(jdbc.queryForList("select number || ':' || status || ':' || adopted_on from plan_revision",
				String.class))
			.containsExactly("1:ADOPTED:2014-11-01");
		assertThat(jdbc.queryForList("""
				select distinct r.number from reporting_period rp join plan_revision r on r.id = rp.plan_revision_id""",
				Integer.class))
			.containsExactly(1);
		assertThat(jdbc.queryForObject("select count(*) from niap_action where lineage_id = id", Integer.class))
			.isEqualTo(13);
		assertThat(jdbc.queryForObject("""
				select submitted_on::text from reporting_period rp join meeting m on m.id = rp.meeting_id
				 where m.code = 'SC67'""", String.class)).isEqualTo("2016-06-20");
		// The plan in force is read-only from now on.
		assertThatThrownBy(() -> jdbc.update("update niap_action set title = 'Changed' where number = '1.1'"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("read-only");
	}

	/**
	 * What a user of version 10 did: a draft to SC67, edited, submitted and commented on.
	 */
	private static void usedAsBefore(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into meeting (code, number, starts_on, report_due_on, rating_scale_id)
				select 'SC67', 67, date '2016-09-23', date '2016-06-25', id from rating_scale where code = 'SC65'""");
		jdbc.update("""
				insert into app_user (username, display_name, password_hash, role, party_id)
				select 'focal.kh', 'Focal point', '{noop}x', 'FOCAL_POINT', id from party where code = 'KH'""");
		jdbc.update("""
				insert into reporting_period (party_id, meeting_id, status, period_start, period_end, synopsis)
				select p.id, m.id, 'SUBMITTED', date '2015-10-01', date '2016-06-01', 'Carried over'
				  from party p, meeting m where p.code = 'KH' and m.code = 'SC67'""");
		jdbc.update("""
				insert into evaluation (reporting_period_id, action_id, progress_rating_id, progress_points)
				select sc67.id, e.action_id, e.progress_rating_id, e.progress_points
				  from evaluation e, reporting_period sc67 join meeting m on m.id = sc67.meeting_id and m.code = 'SC67'
				 where e.reporting_period_id <> sc67.id""");
		jdbc.update("""
				insert into report_change (reporting_period_id, action_id, field, old_value, new_value, changed_by_name)
				select e.reporting_period_id, e.action_id, 'RATING', 'CHALLENGING', 'ON_TRACK', 'focal.kh'
				  from evaluation e join niap_action a on a.id = e.action_id
				  join reporting_period rp on rp.id = e.reporting_period_id join meeting m on m.id = rp.meeting_id
				 where a.number = '1.2' and m.code = 'SC67'""");
		jdbc.update("""
				insert into report_transition (reporting_period_id, from_status, to_status, actor_name, happened_at)
				select rp.id, 'DRAFT', 'SUBMITTED', 'focal.kh', timestamptz '2016-06-20 10:00:00+00'
				  from reporting_period rp join meeting m on m.id = rp.meeting_id where m.code = 'SC67'""");
		jdbc.update("""
				insert into review_comment (reporting_period_id, action_id, author_name, author_role, body)
				select rp.id, a.id, 'secretariat', 'SECRETARIAT', 'Please say more about 1.2.'
				  from reporting_period rp join meeting m on m.id = rp.meeting_id, niap_action a
				 where m.code = 'SC67' and a.number = '1.2'""");
	}

	/** Everything the users wrote, as text. */
	private static Map<String, Object> state(JdbcTemplate jdbc) {
		return Map.of("reports", jdbc.queryForList("""
				select id || ':' || status || ':' || period_start || ':' || synopsis || ':' || version
				  from reporting_period order by id""", String.class), "evaluations",
				jdbc.queryForList(
						"""
								select e.id || ':' || a.number || ':' || coalesce(r.code, '-') || ':' || array_to_string(e.progress_points, '|')
								  from evaluation e join niap_action a on a.id = e.action_id
								  left join progress_rating r on r.id = e.progress_rating_id order by e.id""",
						String.class),
				"actions",
				jdbc.queryForList(
						"select id || ':' || number || ':' || title from niap_action order by id", String.class),
				"changes",
				jdbc.queryForList("select action_id || ':' || field || ':' || new_value from report_change",
						String.class),
				"comments", jdbc.queryForList("select action_id || ':' || body from review_comment", String.class),
				"users", jdbc.queryForList("select username from app_user", String.class));
	}

	private void migrate(DataSource single, String target) {
		Flyway.configure()
			.dataSource(single)
			.schemas(this.schema)
			.locations("classpath:db/migration")
			.target(target)
			.load()
			.migrate();
	}

}
