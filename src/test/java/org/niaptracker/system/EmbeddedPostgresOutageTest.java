package org.niaptracker.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.niaptracker.NiapTrackerApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database goes away, pages answer a 503 page within a few seconds, signed-in
 * pages included (their session is in the database), and the application recovers by
 * itself: the embedded PostgreSQL is restarted on the same data directory and port, and
 * the connection pool reconnects, without restarting the application.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedPostgresOutageTest {

	/** Within this, a page answers while the database is down. */
	private static final Duration FAST = Duration.ofSeconds(5);

	@TempDir
	Path dataDirectory;

	@Test
	void aDeadDatabaseIsA503PageAndTheApplicationRecoversWhenItIsRestarted(CapturedOutput output) throws Exception {
		// The restart waits long enough for the test to see the outage.
		try (ConfigurableApplicationContext app = start("--niap.database.embedded.restart-delay=20s")) {
			String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			HttpClient anonymous = client();
			HttpClient signedIn = client();
			signIn(signedIn, base);
			assertThat(get(anonymous, base + "/parties/KH/reports/SC66").statusCode()).isEqualTo(200);
			HttpResponse<String> notices = get(signedIn, base + "/notices");
			assertThat(notices.statusCode()).isEqualTo(200);
			String csrf = Jsoup.parse(notices.body()).select("input[name=_csrf]").attr("value");
			app.getBean(JdbcTemplate.class).update("insert into party (code, name) values ('QA', 'Saved before')");

			killPostmaster();

			for (String page : new String[] { "/parties/KH/reports/SC66", "/" }) {
				long started = System.nanoTime();
				HttpResponse<String> down = get(anonymous, base + page);
				assertThat(Duration.ofNanos(System.nanoTime() - started)).as(page + " answered within")
					.isLessThan(FAST);
				assertThat(down.statusCode()).as(page + " while the database is down").isEqualTo(503);
				assertThat(Jsoup.parse(down.body()).select("[data-error=503]").text())
					.contains("The database is not available; nothing was saved");
			}
			HttpResponse<String> api = get(anonymous, base + "/api/v1/parties/KH");
			assertThat(api.statusCode()).as("the API while the database is down").isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(api.body()).contains("\"status\":503").contains("The database is not available");
			long started = System.nanoTime();
			HttpResponse<String> signedInDown = get(signedIn, base + "/notices");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a signed-in page answered within")
				.isLessThan(FAST);
			assertThat(signedInDown.statusCode()).as("a signed-in page while the database is down").isEqualTo(503);
			assertThat(Jsoup.parse(signedInDown.body()).select("[data-error=503]")).isNotEmpty();
			started = System.nanoTime();
			HttpResponse<String> signOut = signedIn.send(HttpRequest.newBuilder(URI.create(base + "/logout"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a signed-in post answered within")
				.isLessThan(FAST);
			assertThat(signOut.statusCode()).as("a signed-in post while the database is down").isEqualTo(503);
			assertThat(Jsoup.parse(signOut.body()).select("[data-error=503]")).isNotEmpty();
			HttpResponse<String> french = anonymous.send(
					HttpRequest.newBuilder(URI.create(base + "/")).header("Accept-Language", "fr").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(french.statusCode()).isEqualTo(503);
			assertThat(Jsoup.parse(french.body()).select("[data-error=503]").text())
				.contains("La base de données n’est pas disponible");

			// The application restarts its database; the same pages work again.
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			int status = 0;
			while (status != 200 && System.nanoTime() < deadline) {
				Thread.sleep(500);
				status = get(anonymous, base + "/parties/KH/reports/SC66").statusCode();
				assertThat(status).as("while the database comes back").isIn(200, 503);
			}
			assertThat(status).as("after the restart").isEqualTo(200);
			// pg_ctl may return (and the watchdog log its restart) a moment after the
			// server already answers: wait for the line before the application stops.
			while (!output.toString().contains("Restarted the embedded PostgreSQL") && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(get(signedIn, base + "/notices").statusCode()).as("the same session after the restart")
				.isEqualTo(200);
			assertThat(app.getBean(JdbcTemplate.class)
				.queryForObject("select name from party where code = 'QA'", String.class)).isEqualTo("Saved before");
		}
		assertThat(output).contains("stopped unexpectedly").contains("Restarted the embedded PostgreSQL");
		assertThat(output).doesNotContain("Failed to restart");
	}

	@Test
	void aDatabaseThatCannotBeRestartedStopsTheApplicationWithAClearMessage(CapturedOutput output) throws Exception {
		ConfigurableApplicationContext app = start("--niap.database.embedded.restart-delay=2s",
				"--niap.database.embedded.restart-timeout=4s");
		try {
			int port = Integer
				.parseInt(Files.readAllLines(postgresDirectory().resolve("postmaster.pid")).get(3).strip());
			killPostmaster();
			// Another program takes the database's port before the restart.
			try (ServerSocket taken = new ServerSocket(port)) {
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
				while (app.isActive() && System.nanoTime() < deadline) {
					Thread.sleep(200);
				}
				assertThat(app.isActive()).as("the application still runs").isFalse();
			}
		}
		finally {
			app.close();
		}
		assertThat(output).contains("Failed to restart the embedded PostgreSQL on " + postgresDirectory())
			.contains("Stopping the application");
	}

	/** SIGKILL to the postmaster alone, as the probe did. */
	private void killPostmaster() throws IOException, Exception {
		ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
		postmaster.destroyForcibly();
		postmaster.onExit().get(30, TimeUnit.SECONDS);
	}

	private static void signIn(HttpClient client, String base) throws Exception {
		Document form = Jsoup.parse(get(client, base + "/login").body());
		String csrf = form.select("input[name=_csrf]").attr("value");
		String body = "username=focal.kh&password=cambodia-demo&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("/");
	}

	private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private long postmasterPid() throws IOException {
		return Long.parseLong(Files.readAllLines(postgresDirectory().resolve("postmaster.pid")).get(0).strip());
	}

	private Path postgresDirectory() {
		return this.dataDirectory.resolve("postgres").toAbsolutePath().normalize();
	}

	private ConfigurableApplicationContext start(String... more) {
		String[] args = { "--niap.database.embedded.data-directory=" + postgresDirectory(), "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.io.zonky=WARN" };
		String[] all = new String[args.length + more.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		return new SpringApplicationBuilder(NiapTrackerApplication.class).run(all);
	}

}
