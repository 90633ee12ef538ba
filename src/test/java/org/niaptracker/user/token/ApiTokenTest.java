package org.niaptracker.user.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;
import org.niaptracker.test.Tokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's API tokens: shown once, stored as a hash only, refused once revoked or
 * expired or when the account changes, their last use recorded in PostgreSQL, and never a
 * session.
 */
@PostgresTest
class ApiTokenTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@LocalServerPort
	private int port;

	private Accounts accounts;

	@BeforeEach
	void startSc67() throws Exception {
		this.accounts = new Accounts(this.userDetailsService);
		Accounts.createOtherParty(this.jdbc);
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aNewTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/account/tokens").with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("name", "  Nightly import  ")
				.param("days", "30"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		String token = Jsoup.parse(created.getResponse().getContentAsString())
			.selectFirst("#new-token-value")
			.attr("value");
		assertThat(token).matches("niap_[a-z0-9]{8}_[A-Za-z0-9_-]{43}");
		String publicId = token.substring(5, 13);
		String secret = token.substring(14);

		Map<String, Object> row = this.jdbc.queryForMap("""
				select t.public_id, t.name, encode(t.secret_hash, 'hex') as hash, t.created_at, t.expires_at,
				       t.last_used_at, t.revoked_at, u.username
				  from api_token t join app_user u on u.id = t.app_user_id""");
		assertThat(row).containsEntry("public_id", publicId)
			.containsEntry("name", "Nightly import")
			.containsEntry("username", Accounts.FOCAL_KH)
			.containsEntry("hash",
					HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes())))
			.containsEntry("last_used_at", null)
			.containsEntry("revoked_at", null);
		assertThat(Duration.between(((Timestamp) row.get("created_at")).toInstant(),
				((Timestamp) row.get("expires_at")).toInstant()))
			.isEqualTo(Duration.ofDays(30));
		assertThat(this.jdbc.queryForObject("select count(*) from api_token t where t::text like '%' || ? || '%'",
				Integer.class, secret))
			.as("the secret is stored nowhere")
			.isZero();

		String list = this.mvc.perform(get("/account/tokens").with(this.accounts.as(Accounts.FOCAL_KH)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).as("listed by its start, never shown again")
			.contains("niap_" + publicId + "_")
			.contains("Nightly import")
			.doesNotContain(secret);
		assertThat(this.mvc.perform(get("/account/tokens").with(this.accounts.as(Accounts.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getContentAsString()).as("nobody else's list shows it").doesNotContain(publicId);
	}

	@Test
	void aTokenNeedsANameAndAtMostAYear() throws Exception {
		for (String[] input : List.of(new String[] { " ", "30" }, new String[] { "Script", "0" },
				new String[] { "Script", "366" }, new String[] { "Script", "many" })) {
			String page = this.mvc
				.perform(post("/account/tokens").with(this.accounts.as(Accounts.FOCAL_KH))
					.with(csrf())
					.param("name", input[0])
					.param("days", input[1]))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(page).select(".field--error .field-error")).as(String.join("/", input)).isNotEmpty();
			assertThat(Jsoup.parse(page).selectFirst("#new-token-value")).isNull();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from api_token", Integer.class)).isZero();
		this.mvc.perform(get("/account/tokens")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aRevokedTokenIsRefusedAndOnlyItsOwnerRevokesIt() throws Exception {
		String token = Tokens.create(this.mvc, this.accounts, Accounts.FOCAL_KH);
		String publicId = token.substring(5, 13);
		this.mvc.perform(savePartA(token)).andExpect(status().isOk());

		String version = this.jdbc.queryForObject("select version::text from api_token", String.class);
		this.mvc
			.perform(post("/account/tokens/" + publicId + "/revoke").with(this.accounts.as(Accounts.FOCAL_OTHER))
				.with(csrf())
				.param("version", version))
			.andExpect(status().isNotFound());
		this.mvc.perform(savePartA(token)).andExpect(status().isOk());

		this.mvc
			.perform(post("/account/tokens/" + publicId + "/revoke").with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("version", version))
			.andExpect(redirectedUrlPattern("/account/tokens?revoked=*"));
		assertThat(this.jdbc.queryForObject("select revoked_at is not null from api_token", Boolean.class)).isTrue();
		refused(savePartA(token));
		assertThat(this.mvc.perform(get("/account/tokens").with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("data-state=\"REVOKED\"");
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		String token = Tokens.create(this.mvc, this.accounts, Accounts.FOCAL_KH);
		this.jdbc
			.update("""
					update api_token set created_at = now() - interval '31 days', expires_at = now() - interval '1 second'""");
		refused(savePartA(token));
		assertThat(this.mvc.perform(get("/account/tokens").with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("data-state=\"EXPIRED\"");
	}

	@Test
	void unknownAndMalformedTokensAreRefused() throws Exception {
		String token = Tokens.create(this.mvc, this.accounts, Accounts.FOCAL_KH);
		String forged = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
		refused(savePartA(forged));
		refused(savePartA("niap_zzzzzzzz_" + token.substring(14)));
		refused(savePartA("not-a-token"));
		this.mvc.perform(savePartA(null))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void aTokenOfADisabledAccountOrAfterAPasswordResetIsRefused() throws Exception {
		// A second focal point for Cambodia, made for this test (the seeded accounts stay
		// as they are).
		this.jdbc.update("""
				insert into app_user (username, display_name, password_hash, role, party_id)
				select 'focal.kh.script', 'Scripting focal point', '{noop}unused-password', 'FOCAL_POINT', id
				  from party where code = 'KH'""");
		String token = Tokens.create(this.mvc, this.accounts, "focal.kh.script");
		this.mvc.perform(savePartA(token)).andExpect(status().isOk());
		this.jdbc.update("update app_user set enabled = false where username = 'focal.kh.script'");
		refused(savePartA(token));
		this.jdbc.update("update app_user set enabled = true where username = 'focal.kh.script'");
		this.mvc.perform(savePartA(token)).andExpect(status().isOk());

		// An administrator resets the password: the account's tokens are revoked with its
		// sessions.
		long id = this.jdbc.queryForObject("select id from app_user where username = 'focal.kh.script'", Long.class);
		String version = this.jdbc.queryForObject("select version::text from app_user where id = ?", String.class, id);
		this.mvc
			.perform(post("/admin/users/" + id + "/password").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("password", "a-new-long-passphrase-for-kh")
				.param("version", version))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select revoked_at is not null from api_token", Boolean.class)).isTrue();
		refused(savePartA(token));
	}

	@Test
	void itsLastUseIsRecordedInTheDatabase() throws Exception {
		String token = Tokens.create(this.mvc, this.accounts, Accounts.FOCAL_KH);
		assertThat(this.jdbc.queryForObject("select last_used_at from api_token", Timestamp.class)).isNull();
		this.mvc.perform(savePartA(token)).andExpect(status().isOk());
		Timestamp first = this.jdbc.queryForObject("select last_used_at from api_token", Timestamp.class);
		assertThat(first).isNotNull();
		this.mvc.perform(savePartA(token)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select last_used_at from api_token", Timestamp.class))
			.as("written at most once a minute")
			.isEqualTo(first);
		this.jdbc.update("update api_token set last_used_at = last_used_at - interval '2 minutes'");
		this.mvc.perform(savePartA(token)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select last_used_at from api_token", Timestamp.class)).isAfter(first);
	}

	/** Over real HTTP, so that Spring Session and Tomcat take part. */
	@Test
	void aScriptWithATokenGetsNoSession() throws Exception {
		String token = Tokens.create(this.mvc, this.accounts, Accounts.FOCAL_KH);
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> response = client.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/parties/KH/reports/SC67/part-a"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(partA("From a script", 0)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isZero();

		HttpResponse<String> refused = client.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/parties/KH/reports/SC67/part-a"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(partA("No token", 1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session", Integer.class)).isZero();
	}

	private void refused(MockHttpServletRequestBuilder request) throws Exception {
		String before = this.jdbc.queryForObject(
				"select version || ':' || coalesce(synopsis, '') from reporting_period where id = (select max(id) from reporting_period)",
				String.class);
		this.mvc.perform(request)
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate",
					org.hamcrest.Matchers.startsWith("Bearer error=\"invalid_token\"")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		assertThat(this.jdbc.queryForObject(
				"select version || ':' || coalesce(synopsis, '') from reporting_period where id = (select max(id) from reporting_period)",
				String.class))
			.isEqualTo(before);
	}

	/** Saves Cambodia's SC67 Part A at its current version. */
	private MockHttpServletRequestBuilder savePartA(String token) {
		return Tokens.json(put("/api/v1/parties/KH/reports/SC67/part-a"), token,
				partA("Saved by a script", Reports.reportVersion(this.jdbc, "KH", "SC67")));
	}

	private static String partA(String synopsis, int version) {
		return """
				{"synopsis": "%s", "progressToDate": "", "futureOutlook": "", "version": %d}""".formatted(synopsis,
				version);
	}

}
