package org.niaptracker.user;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators manage accounts, Parties and meetings; sign-in honours disabled accounts
 * and holds an account back after repeated failures (see SignInThrottle), which an
 * administrator can lift.
 */
@PostgresTest
class UserAdminTest {

	private static final String PASSWORD = "ivory-ledger-mango-47-orbit";

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
	void theListOfAccountsNamesEachFocalPointsParty() throws Exception {
		Document users = html(get("/admin/users").with(this.accounts.as(Accounts.ADMIN)));
		assertThat(users.select("td[data-party=KH]").text()).isEqualTo("Cambodia");
	}

	@Test
	void anEmptyPasswordOnANewAccountIsFlaggedBesideTheField() throws Exception {
		Document empty = html(createUser("test.empty", "SECRETARIAT", "", ""));
		assertThat(empty.select(".field--error .field-error").text()).contains("12 to 200 characters");
		assertThat(
				this.jdbc.queryForObject("select count(*) from app_user where username = 'test.empty'", Integer.class))
			.isZero();
	}

	@Test
	void createAnAccountThatSignsIn() throws Exception {
		Document noParty = html(createUser("test.focal", "FOCAL_POINT", "", PASSWORD));
		assertThat(noParty.select("#user-partyCode + .field-error, .field--error .field-error").text())
			.contains("choose one");
		assertThat(html(createUser("test.focal", "FOCAL_POINT", "KH", "short")).select(".field-error").text())
			.contains("12 to 200 characters");
		assertThat(html(createUser("Not Valid!", "SECRETARIAT", "", PASSWORD)).select(".field-error").text())
			.contains("lower-case letters");
		assertThat(html(createUser("test.secretariat", "SECRETARIAT", "KH", PASSWORD)).select(".field-error").text())
			.contains("Only focal points");

		this.mvc.perform(createUser("test.focal", "FOCAL_POINT", "kh", PASSWORD))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(
				"select p.code from app_user u join party p on p.id = u.party_id where u.username = 'test.focal'",
				String.class))
			.isEqualTo("KH");
		assertThat(html(createUser("test.focal", "SECRETARIAT", "", PASSWORD)).select(".field-error").text())
			.contains("already taken");
		this.mvc.perform(formLogin("/login").user("test.focal").password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aDisabledAccountCannotSignInAndAnAdministratorCannotDisableThemselves() throws Exception {
		this.mvc.perform(createUser("test.off", "SECRETARIAT", "", PASSWORD)).andExpect(status().is3xxRedirection());
		long id = id("test.off");
		this.mvc.perform(update(id, "test.off", "SECRETARIAT", false, version(id)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin("/login").user("test.off").password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"));

		long admin = id("admin");
		Document refused = html(update(admin, "admin", "ADMIN", false, version(admin)));
		assertThat(refused.select(".field-error").text()).contains("cannot disable your own account");
		assertThat(this.jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, admin))
			.isTrue();
	}

	@Test
	void aStaleFormIsAConflictAndChangesNothing() throws Exception {
		this.mvc.perform(createUser("test.stale", "SECRETARIAT", "", PASSWORD)).andExpect(status().is3xxRedirection());
		long id = id("test.stale");
		int seen = version(id);
		this.mvc.perform(update(id, "test.stale", "SECRETARIAT", false, seen)).andExpect(status().is3xxRedirection());
		this.mvc.perform(update(id, "test.stale", "ADMIN", true, seen)).andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select role from app_user where id = ?", String.class, id))
			.isEqualTo("SECRETARIAT");
	}

	@Test
	void wrongPasswordsHoldTheAccountBackFromThatClientUntilAnAdministratorLiftsTheHold() throws Exception {
		this.mvc.perform(createUser("test.locked", "SECRETARIAT", "", PASSWORD)).andExpect(status().is3xxRedirection());
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(formLogin("/login").user("test.locked").password("wrong-password"));
		}
		this.mvc.perform(formLogin("/login").user("test.locked").password(PASSWORD))
			.andExpect(redirectedUrl("/login?throttled"));
		Document users = html(get("/admin/users").with(this.accounts.as(Accounts.ADMIN)));
		assertThat(users.select("tr[data-user=test.locked]").text()).contains("held back");

		long id = id("test.locked");
		this.mvc
			.perform(post("/admin/users/" + id + "/unlock").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin("/login").user("test.locked").password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aResetPasswordReplacesTheOldOne() throws Exception {
		this.mvc.perform(createUser("test.reset", "SECRETARIAT", "", PASSWORD)).andExpect(status().is3xxRedirection());
		long id = id("test.reset");
		assertThat(html(resetPassword(id, "too-short")).select(".field-error").text()).contains("12 to 200");
		this.mvc.perform(resetPassword(id, "tusk-harbour-quiet-lantern-9")).andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin("/login").user("test.reset").password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("test.reset").password("tusk-harbour-quiet-lantern-9"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void partiesAndMeetingsAreAddedWithClearRefusals() throws Exception {
		assertThat(html(addParty("Q", "Quux")).select(".field-error").text()).contains("two-letter");
		assertThat(html(addParty("kh", "Again")).select(".field-error").text()).contains("exists already");
		this.mvc.perform(addParty("qq", "Quuxland")).andExpect(redirectedUrl("/admin/parties?added=QQ"));

		assertThat(html(addMeeting("98", "2030-01-20", "2030-02-01")).select(".alert--error").text())
			.contains("due before the meeting");
		assertThat(html(addMeeting("67", "2030-01-20", "")).select(".field-error").text()).contains("exists already");
		assertThat(html(addMeeting("abc", "2030-01-20", "")).select(".field-error").text()).isNotBlank();
		this.mvc.perform(addMeeting("98", "2030-01-20", "2029-10-20"))
			.andExpect(redirectedUrl("/admin/meetings?added=SC98"));
		assertThat(this.jdbc.queryForObject(
				"select rs.code from meeting m join rating_scale rs on rs.id = m.rating_scale_id where m.code = 'SC98'",
				String.class))
			.isEqualTo("SC69");
	}

	private MockHttpServletRequestBuilder createUser(String username, String role, String party, String password) {
		return post("/admin/users").with(this.accounts.as(Accounts.ADMIN))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Test account")
			.param("email", "")
			.param("role", role)
			.param("partyCode", party)
			.param("password", password);
	}

	private MockHttpServletRequestBuilder update(long id, String username, String role, boolean enabled, int version) {
		MockHttpServletRequestBuilder request = post("/admin/users/" + id).with(this.accounts.as(Accounts.ADMIN))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Test account")
			.param("email", "")
			.param("role", role)
			.param("partyCode", "")
			.param("_enabled", "on")
			.param("version", String.valueOf(version));
		return enabled ? request.param("enabled", "true") : request;
	}

	private MockHttpServletRequestBuilder resetPassword(long id, String password) {
		return post("/admin/users/" + id + "/password").with(this.accounts.as(Accounts.ADMIN))
			.with(csrf())
			.param("password", password)
			.param("version", String.valueOf(version(id)));
	}

	private MockHttpServletRequestBuilder addParty(String code, String name) {
		return post("/admin/parties").with(this.accounts.as(Accounts.ADMIN))
			.with(csrf())
			.param("code", code)
			.param("name", name);
	}

	private MockHttpServletRequestBuilder addMeeting(String number, String startsOn, String dueOn) {
		return post("/admin/meetings").with(this.accounts.as(Accounts.ADMIN))
			.with(csrf())
			.param("number", number)
			.param("startsOn", startsOn)
			.param("reportDueOn", dueOn)
			.param("ratingScale", "SC69");
	}

	private long id(String username) {
		return this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

	private int version(long id) {
		return this.jdbc.queryForObject("select version from app_user where id = ?", Integer.class, id);
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
