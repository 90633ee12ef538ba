package org.niaptracker.system;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Operations: health is public (liveness, and readiness with the database); info and the
 * Prometheus metrics are for administrators, with counters of the reports' moves
 * (submitted, published...), timers of the exports and of the imports, and the timers of
 * every page ({@code http_server_requests_seconds}).
 */
@PostgresTest
class OperationsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Test
	void healthIsPublicWithLivenessAndReadiness() throws Exception {
		assertThat(body(get("/actuator/health/liveness"), 200)).contains("\"status\":\"UP\"");
		assertThat(body(get("/actuator/health/readiness"), 200)).contains("\"status\":\"UP\"");
		assertThat(body(get("/actuator/health"), 200)).contains("\"status\":\"UP\"").doesNotContain("postgres");
	}

	@Test
	void infoAndMetricsAreForAdministratorsOnly() throws Exception {
		Accounts accounts = new Accounts(this.users);
		assertThat(status(get("/actuator/prometheus"))).isEqualTo(302);
		assertThat(status(get("/actuator/info"))).isEqualTo(302);
		assertThat(status(get("/actuator/prometheus").with(accounts.as(Accounts.SECRETARIAT)))).isEqualTo(403);
		assertThat(body(get("/actuator/info").with(accounts.as(Accounts.ADMIN)), 200)).contains("\"build\"");
	}

	@Test
	void metricsCountMovesAndTimeExports() throws Exception {
		Accounts accounts = new Accounts(this.users);
		this.mvc.perform(Reports.startSc67(accounts));
		Reports.removeTemplateInstruction(this.jdbc, "SC67");
		this.mvc.perform(post("/parties/KH/reports/SC67/lifecycle/submit").with(accounts.as(Accounts.FOCAL_KH))
			.with(csrf())
			.param("message", "")
			.param("version", String.valueOf(Reports.reportVersion(this.jdbc, "KH", "SC67"))));
		for (String step : new String[] { "accept", "publish" }) {
			this.mvc.perform(post("/parties/KH/reports/SC67/lifecycle/" + step).with(accounts.as(Accounts.SECRETARIAT))
				.with(csrf())
				.param("message", "")
				.param("version", String.valueOf(Reports.reportVersion(this.jdbc, "KH", "SC67"))));
		}
		this.mvc.perform(get("/parties/KH/reports/SC66/annex.docx"));
		// An import refused at its upload (an empty file) is timed too.
		this.mvc.perform(multipart("/parties/KH/reports/import")
			.file(new MockMultipartFile("file", "empty.docx", "application/octet-stream", new byte[0]))
			.with(accounts.as(Accounts.FOCAL_KH))
			.with(csrf()));
		String metrics = body(get("/actuator/prometheus").with(accounts.as(Accounts.ADMIN)), 200);
		assertThat(metrics).containsPattern("niap_reports_moves_total\\{[^}]*step=\"submit\"[^}]*\\} [1-9]")
			.containsPattern("niap_reports_moves_total\\{[^}]*step=\"publish\"[^}]*\\} [1-9]")
			.containsPattern("niap_imports_seconds_count\\{[^}]*outcome=\"failure\"[^}]*step=\"upload\"[^}]*\\} [1-9]")
			.containsPattern("niap_exports_seconds_count\\{[^}]*format=\"docx\"[^}]*\\} [1-9]")
			.contains("http_server_requests_seconds")
			// Each request is timed once: Spring Security's per-filter and per-decision
			// observations are off (SecurityConfiguration), sign-ins stay observed.
			.doesNotContain("spring_security_filterchains")
			.doesNotContain("spring_security_authorizations");
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
