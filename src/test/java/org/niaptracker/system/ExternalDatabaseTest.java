package org.niaptracker.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.niaptracker.NiapTrackerApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SPRING_DATASOURCE_URL set the application uses that server: on an empty PostgreSQL
 * it migrates and seeds Cambodia's SC66 report, starts nothing embedded, creates no demo
 * accounts, and makes the first administrator from NIAP_ADMIN_USERNAME and
 * NIAP_ADMIN_PASSWORD (once). The "external" server here is a separate PostgreSQL started
 * for the test.
 */
class ExternalDatabaseTest {

	@Test
	void anEmptyServerIsMigratedAndSeededWithoutDemoAccounts() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
			String url = server.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext app = start(url)) {
				assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).as("nothing embedded started").isEmpty();
				JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForObject("select current_setting('port')", Integer.class))
					.isEqualTo(server.getPort());
				assertThat(jdbc.queryForObject("select count(*) from evaluation", Integer.class)).isEqualTo(13);
				assertThat(jdbc.queryForList("select username || ':' || role from app_user", String.class))
					.as("no demo accounts, only the first administrator")
					.containsExactly("chief.admin:ADMIN");
				assertThat(jdbc.queryForObject("select count(*) from meeting where code = 'SC67'", Integer.class))
					.as("no demo meeting")
					.isZero();
			}
			try (ConfigurableApplicationContext again = start(url)) {
				JdbcTemplate jdbc = again.getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(1);
				assertThat(jdbc.queryForObject("select count(*) from reporting_period", Integer.class)).isEqualTo(1);
			}
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(NiapTrackerApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--NIAP_ADMIN_USERNAME=chief.admin", "--NIAP_ADMIN_PASSWORD=a-long-admin-passphrase", "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.io.zonky=WARN");
	}

}
