package org.niaptracker.test;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.niaptracker.system.DemoData;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place that decides which real PostgreSQL the tests use: a Testcontainers
 * PostgreSQL 17 where a Docker engine answers, otherwise the application's own embedded
 * PostgreSQL (started by {@code EmbeddedPostgresAutoConfiguration}, which stands back
 * when the container provides the connection). {@code NIAP_TEST_DATABASE=embedded} or
 * {@code =testcontainers} forces the choice.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(UseTestcontainers.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
	}

	@Bean
	static SqlStatements sqlStatements() {
		return new SqlStatements();
	}

	/** Every statement sent to PostgreSQL passes the counter. */
	@Bean
	static org.springframework.beans.factory.config.BeanPostProcessor countingDataSource(SqlStatements statements) {
		return SqlStatements.wrapping(statements);
	}

	/**
	 * Tests always have the demo accounts and the SC67 meeting, whichever database they
	 * run on.
	 */
	@Bean
	FlywayConfigurationCustomizer testDemoDataMigrations() {
		return DemoData::addTo;
	}

	static class UseTestcontainers implements Condition {

		private static final Log logger = LogFactory.getLog(UseTestcontainers.class);

		private static Boolean decision;

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return decide();
		}

		static synchronized boolean decide() {
			if (decision == null) {
				String forced = System.getenv("NIAP_TEST_DATABASE");
				if ("embedded".equalsIgnoreCase(forced)) {
					decision = false;
				}
				else if ("testcontainers".equalsIgnoreCase(forced)) {
					decision = true;
				}
				else {
					decision = DockerClientFactory.instance().isDockerAvailable();
				}
				logger.info(decision ? "Tests use PostgreSQL 17 in a Testcontainers container"
						: "No Docker engine: tests use the embedded PostgreSQL 17");
			}
			return decision;
		}

	}

}
