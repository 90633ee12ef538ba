package org.niaptracker.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.niaptracker.NiapTrackerApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness follows the database: up while it answers, down (503) while it is
 * unreachable, while liveness stays up (the application itself is fine; a load balancer
 * stops sending it requests, nothing restarts it). The application here runs on a
 * PostgreSQL server of its own, stopped during the test, with the {@code json-logs}
 * profile: from its start, its console log is JSON lines.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadinessTest {

	@Test
	void readinessIsDownWhileTheDatabaseIsUnreachable(CapturedOutput output) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		EmbeddedPostgres server = EmbeddedPostgres.builder().start();
		int from = output.getOut().length();
		String logged = "";
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(NiapTrackerApplication.class).run(
				"--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres", "--server.port=0",
				"--spring.profiles.active=json-logs", "--spring.main.banner-mode=off")) {
			String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			assertThat(status(client, base + "/actuator/health/readiness")).isEqualTo(200);
			assertThat(status(client, base + "/actuator/health/liveness")).isEqualTo(200);
			logged = output.getOut().substring(from);

			server.close();

			assertThat(status(client, base + "/actuator/health/readiness")).as("database stopped").isEqualTo(503);
			assertThat(status(client, base + "/actuator/health/liveness")).as("database stopped").isEqualTo(200);
			assertThat(status(client, base + "/actuator/health")).as("database stopped").isEqualTo(503);
		}
		finally {
			server.close();
			// Logging is one per JVM: the tests that follow log as usual again.
			LoggingSystem logging = LoggingSystem.get(ReadinessTest.class.getClassLoader());
			logging.cleanUp();
			logging.beforeInitialize();
			logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
		}
		List<String> lines = logged.lines().filter((line) -> line.startsWith("{")).toList();
		assertThat(lines).as("JSON log lines").isNotEmpty();
		JsonMapper json = JsonMapper.builder().build();
		for (String line : lines) {
			JsonNode event = json.readTree(line);
			assertThat(event.has("@timestamp")).as(line).isTrue();
			assertThat(event.has("log.level") || event.path("log").has("level")).as(line).isTrue();
			assertThat(event.has("message")).as(line).isTrue();
		}
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains("\"message\":\"Started "));
		assertThat(logged).as("no plain log line").doesNotContainPattern("(?m)^\\d{4}-\\d\\d-\\d\\dT\\S+\\s+INFO");
	}

	private static int status(HttpClient client, String url) throws Exception {
		return client
			.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
