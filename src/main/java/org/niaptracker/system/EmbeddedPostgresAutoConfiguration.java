package org.niaptracker.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL from the jar when no database is configured, so that a fresh
 * clone runs with nothing but a JDK. Its data directory ({@code ./data/postgres} by
 * default) survives restarts.
 * <p>
 * It is durable: fsync and synchronous commit are on, so a save acknowledged to a user
 * survives a crash of the database, of the application or of the machine. A server left
 * running by an application that was killed is stopped cleanly on the next start (see
 * {@link LeftoverPostgres}). If the server dies while the application runs, it is
 * restarted on the same data directory and port ({@link EmbeddedPostgresWatchdog}).
 * <p>
 * It stands back when {@code spring.datasource.url} is set (an external server) or when
 * something else already provides the connection, such as a Testcontainers
 * {@code @ServiceConnection} in tests. Either way the rest of the application sees one
 * {@link JdbcConnectionDetails} and one pooled DataSource.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnProperty(prefix = "niap.database.embedded", name = "enabled", matchIfMissing = true)
@Conditional(EmbeddedPostgresAutoConfiguration.NoDataSourceUrlCondition.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
		// Durable: the builder's defaults are for throw-away test databases ("-F", that
		// is
		// fsync off, and synchronous_commit off). The "-c" options come after "-F" on the
		// server's command line, so they win.
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on");
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		if (properties.temporary()) {
			logger.info("Starting a temporary embedded PostgreSQL (data discarded on shutdown)");
		}
		else {
			Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
			Files.createDirectories(dataDirectory);
			LeftoverPostgres.clear(dataDirectory);
			logger.info("Starting the embedded PostgreSQL with its data in " + dataDirectory);
			builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
		}
		EmbeddedPostgres postgres = builder.start();
		logger.info("Embedded PostgreSQL is listening on port " + postgres.getPort());
		return postgres;
	}

	/** Restarts the server if it dies while the application runs. */
	@Bean
	EmbeddedPostgresWatchdog embeddedPostgresWatchdog(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties,
			ConfigurableApplicationContext context) throws IOException, SQLException {
		return new EmbeddedPostgresWatchdog(postgres, properties.restartDelay(), properties.restartTimeout(), context);
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
			}

		};
	}

	/** The local database comes with the demo accounts listed in README.md. */
	@Bean
	@ConditionalOnProperty(prefix = "niap.database.embedded", name = "demo-data", matchIfMissing = true)
	FlywayConfigurationCustomizer demoDataMigrations() {
		return DemoData::addTo;
	}

	static class NoDataSourceUrlCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return (url == null || url.isBlank()) ? ConditionOutcome.match("no spring.datasource.url")
					: ConditionOutcome.noMatch("spring.datasource.url is set");
		}

	}

}
