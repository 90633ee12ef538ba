package org.niaptracker.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.niaptracker.NiapTrackerApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy that terminates HTTPS, as the README configures it
 * ({@code SERVER_FORWARD_HEADERS_STRATEGY=framework}): a request the proxy marks as HTTPS
 * gets a {@code Secure} session cookie and HSTS, over plain HTTP between proxy and app;
 * redirects stay relative, whatever host the proxy forwards.
 */
class TrustedProxyTest {

	private static ConfigurableApplicationContext app;

	private static String base;

	@BeforeAll
	static void start() {
		app = new SpringApplicationBuilder(NiapTrackerApplication.class).run("--niap.database.embedded.temporary=true",
				"--server.forward-headers-strategy=framework", "--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.io.zonky=WARN");
		base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		app.close();
	}

	@Test
	void aRequestTheProxyMarksAsHttpsGetsASecureSessionCookieAndHsts() throws Exception {
		HttpResponse<String> https = get("/login", "https", "niap.example.org");
		assertThat(https.statusCode()).isEqualTo(200);
		assertThat(sessionCookie(https)).contains("HttpOnly").contains("Secure");
		assertThat(https.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));

		HttpResponse<String> http = get("/login", "http", "niap.example.org");
		assertThat(sessionCookie(http)).contains("HttpOnly").doesNotContain("Secure");
		assertThat(http.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void redirectsStayRelative() throws Exception {
		HttpResponse<String> redirect = get("/admin", "https", "evil.example");
		assertThat(redirect.statusCode()).isBetween(302, 303);
		assertThat(redirect.headers().firstValue("Location")).hasValue("/login");
	}

	private static HttpResponse<String> get(String path, String proto, String host) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("X-Forwarded-Proto", proto)
				.header("X-Forwarded-Host", host)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

}
