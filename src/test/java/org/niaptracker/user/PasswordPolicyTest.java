package org.niaptracker.user;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.niaptracker.NiapTrackerApplication;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Passwords: over bcrypt's 72 bytes, common or trivial ones are refused with a message
 * beside the field, in each language, wherever a password is set; never a 500. Signing in
 * with an over-long password is a plain wrong password.
 */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordPolicyTest {

	static final String STRONG = "ivory-ledger-mango-47-orbit";

	/** 40 characters, 80 bytes in UTF-8. */
	static final String TOO_MANY_BYTES = "é".repeat(40);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private Accounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new Accounts(this.userDetailsService);
	}

	@Test
	void accountCreationRefusesOverLongCommonAndTrivialPasswords() throws Exception {
		assertThat(passwordError(createUser("test.bytes", TOO_MANY_BYTES), "en")).contains("at most 72 bytes");
		assertThat(passwordError(createUser("test.common", "password1234"), "en")).contains("too easy to guess");
		assertThat(passwordError(createUser("test.spaces", " ".repeat(12)), "en")).contains("too easy to guess");
		assertThat(passwordError(createUser("test.digits", "123456789012"), "en")).contains("too easy to guess");
		assertThat(passwordError(createUser("test.own.name", "test.own.name-2026"), "en"))
			.contains("too easy to guess");
		assertThat(passwordError(createUser("test.common", "password1234"), "fr")).contains("trop facile à deviner");
		assertThat(passwordError(createUser("test.common", "password1234"), "es"))
			.contains("demasiado fácil de adivinar");
		assertThat(passwordError(createUser("test.bytes", TOO_MANY_BYTES), "fr")).contains("72 octets");
		assertThat(passwordError(createUser("test.bytes", TOO_MANY_BYTES), "es")).contains("72 bytes");
		assertThat(
				this.jdbc.queryForObject("select count(*) from app_user where username like 'test.%'", Integer.class))
			.as("nothing created")
			.isZero();

		this.mvc.perform(createUser("test.strong", STRONG)).andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin("/login").user("test.strong").password(STRONG)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aFormRefusedForOtherFieldsAlsoSaysWhatIsWrongWithThePassword() throws Exception {
		MockHttpServletRequestBuilder request = post("/admin/users").with(this.accounts.as(Accounts.ADMIN))
			.with(csrf())
			.param("username", "test.both")
			.param("displayName", "")
			.param("email", "")
			.param("role", "SECRETARIAT")
			.param("partyCode", "")
			.param("password", "short");
		assertThat(passwordError(request, "en")).contains("12 to 200 characters");
		String html = this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select(".field--error:has(#user-displayName) .field-error").text()).isNotEmpty();
		assertThat(
				this.jdbc.queryForObject("select count(*) from app_user where username like 'test.%'", Integer.class))
			.as("nothing created")
			.isZero();
	}

	@Test
	void passwordResetRefusesOverLongCommonAndTrivialPasswords() throws Exception {
		this.mvc.perform(createUser("test.reset", STRONG)).andExpect(status().is3xxRedirection());
		long id = this.jdbc.queryForObject("select id from app_user where username = 'test.reset'", Long.class);
		String hash = hash(id);
		assertThat(passwordError(resetPassword(id, TOO_MANY_BYTES), "en")).contains("at most 72 bytes");
		assertThat(passwordError(resetPassword(id, "password1234"), "en")).contains("too easy to guess");
		assertThat(passwordError(resetPassword(id, " ".repeat(12)), "fr")).contains("trop facile à deviner");
		assertThat(hash(id)).as("password unchanged").isEqualTo(hash);
		this.mvc.perform(resetPassword(id, "tusk-harbour-quiet-lantern-9")).andExpect(status().is3xxRedirection());
		assertThat(hash(id)).isNotEqualTo(hash);
	}

	@Test
	void signingInWithAnOverLongPasswordIsAWrongPassword() throws Exception {
		this.mvc.perform(createUser("test.signin", STRONG)).andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin("/login").user("test.signin").password(STRONG + "x".repeat(100)))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("test.signin").password(TOO_MANY_BYTES))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("test.nobody").password("x".repeat(200)))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theFirstAdministratorFromTheEnvironmentIsRefusedAWeakOrOverLongPassword(CapturedOutput output) {
		for (String password : new String[] { "password1234", TOO_MANY_BYTES }) {
			try (ConfigurableApplicationContext context = startWithAdministrator(password)) {
				JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
				assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isZero();
			}
		}
		assertThat(output)
			.contains("NIAP_ADMIN_PASSWORD refused, no administrator was created: This password is "
					+ "too easy to guess")
			.contains("NIAP_ADMIN_PASSWORD refused, no administrator was created: A password has at most 72 bytes");
		try (ConfigurableApplicationContext context = startWithAdministrator(STRONG)) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select username from app_user where role = 'ADMIN'", String.class))
				.containsExactly("chief");
		}
	}

	private static ConfigurableApplicationContext startWithAdministrator(String password) {
		return new SpringApplicationBuilder(NiapTrackerApplication.class).run("--niap.database.embedded.temporary=true",
				"--niap.database.embedded.demo-data=false", "--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.io.zonky=WARN", "--NIAP_ADMIN_USERNAME=chief", "--NIAP_ADMIN_PASSWORD=" + password);
	}

	private String passwordError(MockHttpServletRequestBuilder request, String language) throws Exception {
		String html = this.mvc.perform(request.locale(Locale.forLanguageTag(language)).param("lang", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("input[type=password]")).as("a refused password is never sent back")
			.isNotEmpty()
			.allSatisfy((input) -> assertThat(input.attr("value")).isEmpty());
		return page.select(".field--error:has(input[type=password]) .field-error").text();
	}

	private MockHttpServletRequestBuilder createUser(String username, String password) {
		return post("/admin/users").with(this.accounts.as(Accounts.ADMIN))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Test account")
			.param("email", "")
			.param("role", "SECRETARIAT")
			.param("partyCode", "")
			.param("password", password);
	}

	private MockHttpServletRequestBuilder resetPassword(long id, String password) {
		return post("/admin/users/" + id + "/password").with(this.accounts.as(Accounts.ADMIN))
			.with(csrf())
			.param("password", password)
			.param("version", String
				.valueOf(this.jdbc.queryForObject("select version from app_user where id = ?", Integer.class, id)));
	}

	private String hash(long id) {
		return this.jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, id);
	}

}
