package org.niaptracker.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stylesheets and scripts have content-hashed addresses and a long cache; pages stay
 * {@code no-store}, but for those with a validator (a published report's page, the list
 * of Parties, a Party's page, read signed out), which are revalidated; text answers are
 * compressed.
 */
@PostgresTest
class StaticResourcesTest {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void stylesheetsAndScriptsHaveHashedAddressesAndALongCache() throws Exception {
		HttpResponse<String> page = get("/parties/KH/reports/SC66", false);
		assertThat(page.headers().firstValue("Cache-Control")).as("a published report is revalidated each time")
			.hasValue("no-cache");
		for (String path : List.of("/", "/dashboard", "/meetings/SC66/overview")) {
			assertThat(get(path, false).headers().firstValue("Cache-Control")).as("so is %s, signed out", path)
				.hasValue("no-cache");
		}
		assertThat(get("/login", false).headers().firstValue("Cache-Control")).as("a form is never kept")
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		Document html = Jsoup.parse(page.body());
		String stylesheet = html.select("link[rel=stylesheet]").first().attr("href");
		assertThat(stylesheet).matches("/css/niap-[0-9a-f]{32}\\.css");
		HttpResponse<String> css = get(stylesheet, false);
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
		assertThat(get("/css/niap.css", false).headers().firstValue("Cache-Control"))
			.as("an address without a hash may change")
			.hasValueSatisfying((value) -> assertThat(value).doesNotContain("max-age=31536000"));
	}

	@Test
	void textAnswersAreCompressed() throws Exception {
		HttpResponse<String> page = get("/parties/KH/reports/SC66", true);
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	private HttpResponse<String> get(String path, boolean gzip) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
