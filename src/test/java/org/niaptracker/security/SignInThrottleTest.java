package org.niaptracker.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sign-in throttling (see {@link SignInThrottle}): simultaneous attempts cannot get past
 * the limit, unknown and known accounts answer alike, and a stranger cannot keep the
 * owner out.
 */
@PostgresTest
@Import({ SignInThrottleTest.CountedPasswordChecks.class, SignInThrottleTest.StoppedClock.class })
class SignInThrottleTest {

	private static final String PASSWORD = "ivory-ledger-mango-47-orbit";

	private static final String ERROR = "/login?error";

	private static final String THROTTLED = "/login?throttled";

	private static final String SIGNED_IN = "/";

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@BeforeEach
	void accounts() {
		// Each test starts well after the last one's attempts.
		StoppedClock.advance(Duration.ofDays(1));
		for (String name : List.of("test.burst", "test.known", "test.owner", "test.target")) {
			this.jdbc.update("""
					insert into app_user (username, display_name, password_hash, role)
					values (?, 'Test account', ?, 'SECRETARIAT')""", name, this.passwordEncoder.encode(PASSWORD));
		}
	}

	@Test
	void sixtySimultaneousAttemptsCheckAtMostFivePasswords() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		List<SignInForm> forms = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			forms.add(signInForm(client));
		}
		int right = 30;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(60);
		CountedPasswordChecks.count.set(0);
		List<Future<String>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 60; i++) {
				SignInForm form = forms.get(i);
				String password = (i == right) ? PASSWORD : "wrong-password-" + i;
				answers.add(threads.submit(() -> {
					start.await();
					return form.post(client, this.port, "test.burst", password);
				}));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> answer : answers) {
				outcomes.add(answer.get());
			}
			String summary = outcomes.stream()
				.collect(Collectors.groupingBy((outcome) -> outcome, Collectors.counting()))
				.toString();
			long checked = outcomes.stream().filter((o) -> o.equals(ERROR) || o.equals(SIGNED_IN)).count();
			boolean rightSignedIn = outcomes.get(right).equals(SIGNED_IN);
			// Should the right password come among the first five, its success starts the
			// count again for the attempts after it.
			assertThat(checked).as("attempts that reached the password check: " + summary)
				.isBetween(1L, rightSignedIn ? 2L * SignInThrottle.PAIR_LIMIT : SignInThrottle.PAIR_LIMIT);
			assertThat(outcomes).as(summary).isSubsetOf(ERROR, THROTTLED, SIGNED_IN);
			assertThat(CountedPasswordChecks.count.get()).as("passwords checked").isEqualTo((int) checked);
			if (!outcomes.get(right).equals(SIGNED_IN)) {
				assertThat(outcomes.get(right)).as("the right password after the limit").isEqualTo(THROTTLED);
				assertThat(signInForm(client).post(client, this.port, "test.burst", PASSWORD))
					.as("the right password, still held back")
					.isEqualTo(THROTTLED);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void unknownAndKnownAccountsLookTheSameAndBothRunThePasswordCheck() throws Exception {
		CountedPasswordChecks.count.set(0);
		List<String> known = attempts("test.known", "10.1.0.1", 7);
		int knownChecks = CountedPasswordChecks.count.getAndSet(0);
		List<String> unknown = attempts("test.nobody-by-this-name", "10.1.0.2", 7);
		int unknownChecks = CountedPasswordChecks.count.get();
		assertThat(known).containsExactly(ERROR, ERROR, ERROR, ERROR, ERROR, THROTTLED, THROTTLED);
		assertThat(unknown).isEqualTo(known);
		assertThat(knownChecks).isEqualTo(SignInThrottle.PAIR_LIMIT);
		assertThat(unknownChecks).as("a dummy hash is checked for an unknown name").isEqualTo(knownChecks);
	}

	@Test
	void aStrangerHoldsBackOnlyTheirOwnAttempts() throws Exception {
		assertThat(attempts("test.owner", "10.2.0.66", 8)).endsWith(THROTTLED, THROTTLED, THROTTLED);
		assertThat(outcome(signIn("test.owner", PASSWORD, "10.2.0.7"))).as("the owner, elsewhere").isEqualTo(SIGNED_IN);

		// Spraying other names from the same client: its own limit.
		List<String> spray = new ArrayList<>();
		for (int i = 0; spray.size() < SignInThrottle.CLIENT_LIMIT; i++) {
			spray.add(outcome(signIn("test.sprayed" + i, "wrong-password", "10.2.0.66")));
		}
		assertThat(spray).as("5 counted on test.owner, then 15 more").startsWith(ERROR).contains(THROTTLED);
		assertThat(spray.stream().filter(ERROR::equals).count())
			.isEqualTo(SignInThrottle.CLIENT_LIMIT - SignInThrottle.PAIR_LIMIT);
		assertThat(outcome(signIn("test.target", PASSWORD, "10.2.0.66"))).isEqualTo(THROTTLED);
	}

	@Test
	void anAccountGuessedFromManyClientsIsHeldBackBrieflyOnly() throws Exception {
		for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
			assertThat(outcome(signIn("test.target", "wrong-password", "10.3.0." + i))).isEqualTo(ERROR);
		}
		assertThat(outcome(signIn("test.target", PASSWORD, "10.3.1.1"))).as("held back for a second")
			.isEqualTo(THROTTLED);
		StoppedClock.advance(Duration.ofMillis(1_200));
		assertThat(outcome(signIn("test.target", PASSWORD, "10.3.1.1"))).isEqualTo(SIGNED_IN);
		assertThat(this.jdbc.queryForList("select throttle_key from sign_in_throttle where account = 'test.target'",
				String.class))
			.as("a right password clears the account's counter; the other clients' counters on it stay")
			.hasSize(SignInThrottle.ACCOUNT_LIMIT)
			.allMatch((key) -> key.startsWith("p:10.3.0."));
	}

	private List<String> attempts(String username, String client, int count) throws Exception {
		List<String> outcomes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			outcomes.add(outcome(signIn(username, "wrong-password-" + i, client)));
		}
		return outcomes;
	}

	private MockHttpServletRequestBuilder signIn(String username, String password, String client) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
			request.setRemoteAddr(client);
			return request;
		});
	}

	private String outcome(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
	}

	private SignInForm signInForm(HttpClient client) throws Exception {
		HttpResponse<String> page = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookies = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((cookie) -> cookie.substring(0, cookie.indexOf(';')))
			.collect(Collectors.joining("; "));
		String token = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
		assertThat(token).isNotBlank();
		return new SignInForm(cookies, token);
	}

	record SignInForm(String cookies, String csrfToken) {

		/** Posts the form; the path the answer redirects to. */
		String post(HttpClient client, int port, String username, String password) throws Exception {
			String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
					+ encode(this.csrfToken);
			HttpResponse<Void> response = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Cookie", this.cookies)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).isEqualTo(302);
			URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
			return location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : "");
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

	/**
	 * Time stands still in these tests unless a test moves it, so that a back-off does
	 * not run out while a slow machine works through a burst.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class StoppedClock {

		private static final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

		static void advance(Duration duration) {
			now.updateAndGet((instant) -> instant.plus(duration));
		}

		@Bean
		@Primary
		Clock stoppedClock() {
			return new Clock() {

				@Override
				public ZoneId getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(ZoneId zone) {
					return this;
				}

				@Override
				public Instant instant() {
					return now.get();
				}

			};
		}

	}

	/** Counts the passwords the application checks. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountedPasswordChecks {

		static final AtomicInteger count = new AtomicInteger();

		@Bean
		static BeanPostProcessor countPasswordChecks() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (!(bean instanceof PasswordEncoder encoder)) {
						return bean;
					}
					return new PasswordEncoder() {

						@Override
						public String encode(CharSequence rawPassword) {
							return encoder.encode(rawPassword);
						}

						@Override
						public boolean matches(CharSequence rawPassword, String encodedPassword) {
							count.incrementAndGet();
							return encoder.matches(rawPassword, encodedPassword);
						}

						@Override
						public boolean upgradeEncoding(String encodedPassword) {
							return encoder.upgradeEncoding(encodedPassword);
						}

					};
				}

			};
		}

	}

}
