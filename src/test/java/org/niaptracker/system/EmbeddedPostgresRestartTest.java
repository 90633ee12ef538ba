package org.niaptracker.system;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.niaptracker.NiapTrackerApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local default database keeps its data across restarts: stop the application, start
 * it again, nothing is lost and nothing is seeded twice.
 */
class EmbeddedPostgresRestartTest {

	@TempDir
	Path dataDirectory;

	@Test
	void dataSurvivesARestartAndIsSeededOnce() {
		try (ConfigurableApplicationContext first = start()) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from evaluation", Integer.class)).isEqualTo(13);
			jdbc.update(
					"update evaluation set progress_points = array_append(progress_points, 'Added before the restart')"
							+ " where action_id = (select id from niap_action where number = '5.2')");
		}
		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from party", Integer.class)).isEqualTo(1);
			assertThat(jdbc.queryForObject("select count(*) from evaluation", Integer.class)).isEqualTo(13);
			assertThat(
					jdbc.queryForList("select script from flyway_schema_history order by installed_rank", String.class))
				.as("each migration applied once")
				.doesNotHaveDuplicates()
				.contains("V3__cambodia_sc66_report.sql", "R__demo_data.sql");
			assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(3);
			assertThat(jdbc.queryForList("""
					select unnest(progress_points) from evaluation
					 where action_id = (select id from niap_action where number = '5.2')""", String.class))
				.endsWith("Added before the restart");
		}
		assertThat(this.dataDirectory.resolve("postgres/PG_VERSION")).exists();
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(NiapTrackerApplication.class).run(
				"--niap.database.embedded.data-directory=" + this.dataDirectory.resolve("postgres"), "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.io.zonky=WARN");
	}

}
