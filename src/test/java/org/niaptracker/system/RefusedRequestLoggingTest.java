package org.niaptracker.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.niaptracker.test.PostgresTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused request logs one line: a 3 MB anonymous form posted to /login (over Tomcat's
 * 2 MB form limit) is answered with a 4xx and does not fill the log with stack traces.
 */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class RefusedRequestLoggingTest {

	@LocalServerPort
	private int port;

	@Test
	void anOversizedSignInFormLogsOneLine(CapturedOutput output) throws Exception {
		String body = "username=" + "a".repeat(3 * 1024 * 1024) + "&password=x";
		HttpClient client = HttpClient.newHttpClient();
		// The first request initialises the DispatcherServlet, which logs.
		client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.discarding());
		Thread.sleep(200);
		int before = output.getOut().length();
		HttpResponse<String> response = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		Thread.sleep(500);
		List<String> logged = Arrays.stream(output.getOut().substring(before).split("\n"))
			.filter((line) -> !line.isBlank())
			.toList();
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(logged).as("what the request logged").hasSize(1);
		assertThat(logged.get(0)).contains("Refused POST /login").contains("413");
		assertThat(String.join("\n", logged)).doesNotContain("Exception").doesNotContain("\tat ");
	}

}
