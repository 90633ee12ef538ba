package org.niaptracker.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a deployment behind a reverse proxy relies on: redirects that do not reflect the
 * {@code Host} header nor untrusted {@code X-Forwarded-*} headers, a {@code Secure}
 * session cookie and HSTS on HTTPS, the security headers on Tomcat's own error responses,
 * and {@code HEAD} of a public page answered like {@code GET}.
 */
@PostgresTest
class BehindAProxyTest {

	private static final String SIGN_IN_PASSWORD = "cambodia-demo";

	@LocalServerPort
	private int port;

	@Autowired
	private MockMvc mvc;

	@Test
	void redirectsAreRelativeAndReflectNeitherTheHostNorForwardedHeaders() throws Exception {
		RawResponse hostOnly = raw("GET /admin HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
		assertThat(hostOnly.status()).isEqualTo(302);
		assertThat(hostOnly.header("Location")).isEqualTo("/login");

		RawResponse forwarded = raw("""
				GET /admin HTTP/1.1\r
				Host: localhost\r
				X-Forwarded-Host: evil.example\r
				X-Forwarded-Proto: https\r
				X-Forwarded-Port: 8443\r
				Connection: close\r
				\r
				""");
		assertThat(forwarded.status()).isEqualTo(302);
		assertThat(forwarded.header("Location")).isEqualTo("/login");
		assertThat(forwarded.header("Strict-Transport-Security")).as("X-Forwarded-Proto is not trusted").isNull();
	}

	@Test
	void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		MockHttpServletResponse https = this.mvc.perform(signIn().secure(true)).andReturn().getResponse();
		assertThat(https.getRedirectedUrl()).isEqualTo("/");
		assertThat(sessionCookie(https)).contains("HttpOnly").contains("Secure");
		assertThat(https.getHeader("Strict-Transport-Security")).contains("max-age=");

		MockHttpServletResponse http = this.mvc.perform(signIn()).andReturn().getResponse();
		assertThat(http.getRedirectedUrl()).isEqualTo("/");
		assertThat(sessionCookie(http)).contains("HttpOnly").doesNotContain("Secure");
		assertThat(http.getHeader("Strict-Transport-Security")).isNull();
	}

	@Test
	void tomcatsOwnErrorResponsesCarryTheSecurityHeaders() throws Exception {
		RawResponse badUrl = raw("GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(badUrl.status()).isEqualTo(400);
		assertSecurityHeaders(badUrl.headers());
		RawResponse badCharacter = raw("GET /a{b} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(badCharacter.status()).isEqualTo(400);
		assertSecurityHeaders(badCharacter.headers());

		String body = "username=" + "a".repeat(3 * 1024 * 1024) + "&password=x";
		HttpResponse<String> tooLarge = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		tooLarge.headers().map().forEach((name, values) -> headers.put(name, String.join(", ", values)));
		assertSecurityHeaders(headers);
	}

	@Test
	void anonymousHeadOfAPublicPageIsAnsweredLikeGet() throws Exception {
		for (String page : List.of("/", "/parties/KH", "/parties/KH/reports/SC66")) {
			HttpResponse<String> response = head(page);
			assertThat(response.statusCode()).as("HEAD " + page).isEqualTo(200);
			assertThat(response.body()).as("HEAD " + page).isEmpty();
		}
		HttpResponse<String> protectedPage = head("/admin");
		assertThat(protectedPage.statusCode()).as("HEAD of a protected page").isEqualTo(302);
		assertThat(protectedPage.headers().firstValue("Location")).hasValue("/login");
	}

	private HttpResponse<String> head(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertSecurityHeaders(Map<String, String> headers) {
		assertThat(headers.get("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
		assertThat(headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.get("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.get("Referrer-Policy")).isEqualTo("same-origin");
	}

	private static MockHttpServletRequestBuilder signIn() {
		return post("/login").with(csrf()).param("username", "focal.kh").param("password", SIGN_IN_PASSWORD);
	}

	private static String sessionCookie(MockHttpServletResponse response) {
		return response.getHeaders("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.getHeaders("Set-Cookie")));
	}

	private RawResponse raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			in.transferTo(received);
			return RawResponse.parse(received.toString(StandardCharsets.ISO_8859_1));
		}
	}

	record RawResponse(int status, Map<String, String> headers) {

		static RawResponse parse(String text) {
			String head = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
			String[] lines = head.split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.merge(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip(),
						(a, b) -> a + ", " + b);
			}
			return new RawResponse(status, headers);
		}

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}
