package org.niaptracker.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.niaptracker.NiapTrackerApplication;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL, over real HTTP: instance A is the
 * tests' own application, instance B a second one started here on the same database. What
 * one instance knows, the other knows: a sign-in (sessions are in PostgreSQL), a sign-in
 * lockout (its counters too), the version of an evaluation (a stale save is a 409
 * wherever it is sent) and a kept PDF (rendered by A, served by B without rendering).
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

	@LocalServerPort
	private int portA;

	@Autowired
	private JdbcConnectionDetails database;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MeterRegistry registryA;

	private ConfigurableApplicationContext instanceB;

	private String a;

	private String b;

	@BeforeAll
	void startInstanceB() {
		this.instanceB = new SpringApplicationBuilder(NiapTrackerApplication.class).run(
				"--spring.datasource.url=" + this.database.getJdbcUrl(),
				"--spring.datasource.username=" + this.database.getUsername(),
				"--spring.datasource.password=" + this.database.getPassword(),
				// The same migrations as A's database had (the tests' demo data
				// included):
				// nothing to migrate.
				"--spring.flyway.locations=classpath:db/migration,classpath:" + "db/demo", "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN");
		this.a = "http://localhost:" + this.portA;
		this.b = "http://localhost:" + ((WebServerApplicationContext) this.instanceB).getWebServer().getPort();
	}

	@AfterAll
	void stopInstanceB() {
		if (this.instanceB != null) {
			this.instanceB.close();
		}
	}

	@Test
	void aSignInOnOneInstanceIsValidOnTheOther() throws Exception {
		HttpClient browser = browser();
		assertThat(get(browser, this.b + "/notices").statusCode()).as("signed out").isEqualTo(302);
		HttpResponse<String> signIn = signIn(browser, this.a, "focal.kh", "cambodia-demo");
		// Back to the page asked for on B: the session remembered it.
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(location).endsWith("/notices?continue").doesNotContain("error"));
		HttpResponse<String> notices = get(browser, this.b + "/notices");
		assertThat(notices.statusCode()).as("the same session on B").isEqualTo(200);
		assertThat(Jsoup.parse(notices.body()).text()).contains("Cambodia NIAP focal point (demo)");
	}

	@Test
	void aLockoutCountedOnOneInstanceHoldsOnTheOther() throws Exception {
		HttpClient browser = browser();
		String csrf = csrf(get(browser, this.a + "/login"));
		// Wrong passwords on A. From the fifth, each holds the next attempt back for 1 s,
		// then 2, then 4 (an attempt held back does not count): seven are counted, so
		// that the hold is long enough to be seen on B even on a slow machine.
		int counted = 0;
		int sent = 0;
		while (counted < 7) {
			assertThat(++sent).as("attempts sent").isLessThan(40);
			String location = post(browser, this.a + "/login",
					Map.of("username", "secretariat", "password", "not-the-password", "_csrf", csrf))
				.headers()
				.firstValue("Location")
				.orElseThrow();
			if (location.equals("/login?error")) {
				counted++;
			}
			else {
				assertThat(location).isEqualTo("/login?throttled");
				assertThat(counted).as("held back only after five").isGreaterThanOrEqualTo(5);
				Thread.sleep(500);
			}
		}
		// The right password, at once, on B: held back without being checked.
		assertThat(post(browser, this.b + "/login",
				Map.of("username", "secretariat", "password", "secretariat-demo", "_csrf", csrf))
			.headers()
			.firstValue("Location")).as("on B").hasValue("/login?throttled");
		assertThat(get(browser, this.b + "/notices").statusCode()).as("not signed in").isEqualTo(302);
	}

	@Test
	void aStaleSaveOnOneInstanceIsAConflictOnTheOther() throws Exception {
		Reports.report(this.jdbc, "KH", "SC67", "DRAFT");
		long evaluation = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.1");
		String version = String.valueOf(Reports.evaluationVersion(this.jdbc, evaluation));
		HttpClient focalPoint = browser();
		signIn(focalPoint, this.a, "focal.kh", "cambodia-demo");
		String csrf = csrf(get(focalPoint, this.a + "/parties/KH/reports/SC67"));
		String path = "/parties/KH/reports/SC67/evaluations/" + evaluation;
		HttpResponse<String> first = post(focalPoint, this.a + path,
				Map.of("rating", "ON_TRACK", "points", "Saved on A.", "version", version, "_csrf", csrf));
		assertThat(first.statusCode()).as("saved on A").isEqualTo(302);
		HttpResponse<String> second = post(focalPoint, this.b + path, Map.of("rating", "CHALLENGING", "points",
				"Saved on B from the same form.", "version", version, "_csrf", csrf));
		assertThat(second.statusCode()).as("the same version on B").isEqualTo(409);
		assertThat(Reports.points(this.jdbc, evaluation)).containsExactly("Saved on A.");
	}

	/**
	 * B keeps the draft as read under the content's generation; a save on A raises the
	 * generation in PostgreSQL, so B reads the draft again.
	 */
	@Test
	void aSaveOnOneInstanceShowsAtOnceInWhatTheOtherKept() throws Exception {
		Reports.report(this.jdbc, "KH", "SC67", "DRAFT");
		long evaluation = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.1");
		HttpClient focalPoint = browser();
		signIn(focalPoint, this.a, "focal.kh", "cambodia-demo");
		String page = "/parties/KH/reports/SC67";
		for (int i = 0; i < 2; i++) {
			assertThat(get(focalPoint, this.b + page).body()).doesNotContain("Saved on A, read on B.");
		}
		String csrf = csrf(get(focalPoint, this.a + page));
		assertThat(post(focalPoint, this.a + page + "/evaluations/" + evaluation,
				Map.of("rating", "ON_TRACK", "points", "Saved on A, read on B.", "version",
						String.valueOf(Reports.evaluationVersion(this.jdbc, evaluation)), "_csrf", csrf))
			.statusCode()).isEqualTo(302);
		assertThat(get(focalPoint, this.b + page).body()).contains("Saved on A, read on B.");
		assertThat(get(focalPoint, this.b + page + "/edit").body()).contains("Saved on A, read on B.");
	}

	@Test
	void aPdfKeptByOneInstanceIsServedByTheOtherWithoutRendering() throws Exception {
		HttpClient reader = browser();
		long rendersA = renders(this.registryA);
		long rendersB = renders(this.instanceB.getBean(MeterRegistry.class));
		HttpResponse<byte[]> fromA = reader.send(
				HttpRequest.newBuilder(URI.create(this.a + "/parties/KH/reports/SC66/annex.pdf")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(fromA.statusCode()).isEqualTo(200);
		assertThat(renders(this.registryA)).as("rendered on A").isEqualTo(rendersA + 1);
		HttpResponse<byte[]> fromB = reader.send(
				HttpRequest.newBuilder(URI.create(this.b + "/parties/KH/reports/SC66/annex.pdf")).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(fromB.statusCode()).isEqualTo(200);
		assertThat(fromB.body()).as("the same file").isEqualTo(fromA.body());
		assertThat(renders(this.instanceB.getBean(MeterRegistry.class))).as("not rendered on B").isEqualTo(rendersB);
		assertThat(fromB.headers().firstValue("ETag")).isEqualTo(fromA.headers().firstValue("ETag"));
	}

	private static long renders(MeterRegistry registry) {
		Timer timer = registry.find("niap.exports").tag("format", "pdf").timer();
		return (timer != null) ? timer.count() : 0;
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private static HttpResponse<String> signIn(HttpClient browser, String base, String username, String password)
			throws Exception {
		String csrf = csrf(get(browser, base + "/login"));
		HttpResponse<String> response = post(browser, base + "/login",
				Map.of("username", username, "password", password, "_csrf", csrf));
		assertThat(response.statusCode()).isEqualTo(302);
		return response;
	}

	private static String csrf(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(200);
		String token = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
		assertThat(token).isNotBlank();
		return token;
	}

	private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(HttpClient browser, String url, Map<String, String> form)
			throws Exception {
		String body = new LinkedHashMap<>(form).entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
