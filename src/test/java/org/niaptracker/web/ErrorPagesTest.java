package org.niaptracker.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Unknown Parties and reports are a 404 page in the reader's language, never a 500 or a
 * stack trace; every page carries the security headers. Error pages are rendered by the
 * real server, so these requests go over HTTP.
 */
@PostgresTest
class ErrorPagesTest {

	@Autowired
	private MockMvc mvc;

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void unknownPartyIsA404Page() throws Exception {
		HttpResponse<String> response = fetch("/parties/XX", "en");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found", "Back to the list of Parties")
			.doesNotContain("Exception", "at org.", "Whitelabel");
	}

	@Test
	void unknownPageIsA404Page() throws Exception {
		assertThat(fetch("/no/such/page", "en").statusCode()).isEqualTo(404);
		assertThat(fetch("/parties/XX", "en").statusCode()).isEqualTo(404);
	}

	/**
	 * Signed out, a report that does not exist looks like a draft: the sign-in page, so
	 * that nobody learns which drafts exist.
	 */
	@Test
	void unknownReportSendsAVisitorToSignInLikeADraft() throws Exception {
		HttpResponse<String> unknown = fetch("/parties/KH/reports/SC99", "en");
		HttpResponse<String> draft = fetch("/parties/KH/reports/SC67", "en");
		assertThat(unknown.statusCode()).isEqualTo(302);
		assertThat(unknown.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(draft.statusCode()).isEqualTo(unknown.statusCode());
	}

	@Test
	void errorPageSpeaksTheReadersLanguage() throws Exception {
		HttpResponse<String> response = fetch("/parties/XX", "fr");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page introuvable");
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/parties/KH/reports/SC66"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					allOf(containsString("script-src 'self'"), containsString("frame-ancestors 'none'"))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void languageSwitchTranslatesTheInterfaceAndIsRemembered() throws Exception {
		MvcResult spanish = this.mvc.perform(get("/parties/KH/reports/SC66").param("lang", "es"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(body(spanish)).contains("Parte B: Evaluación resumida de las acciones", "En curso",
				"Preparado para la 66.ª reunión del Comité Permanente de la CITES",
				"noviembre de 2014 – septiembre de 2015");
		assertThat(spanish.getResponse().getCookie("niap-lang")).isNotNull();

		String french = body(this.mvc.perform(get("/parties/KH/reports/SC66").header("Accept-Language", "fr-CH"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(french).contains("Partie C\u202f: Évaluation détaillée des actions", "En bonne voie",
				"Préparé pour la 66e session", "novembre 2014 – septembre 2015");
	}

	@Test
	void anAddressWithATrailingSlashLeadsToThePage() throws Exception {
		HttpResponse<String> response = fetch("/parties/KH/", "en");
		assertThat(response.statusCode()).isEqualTo(308);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/parties/KH"));
	}

	@Test
	void theSiteHasAnIcon() throws Exception {
		HttpResponse<String> response = fetch("/favicon.ico", "en");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("icon"));
	}

	private HttpResponse<String> fetch(String path, String language) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.header("Accept-Language", language)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
