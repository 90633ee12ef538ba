package org.niaptracker.user;

import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An account change that takes rights away ends the sessions the account already has:
 * disabling it, changing its role or Party, resetting its password. Tested with real
 * sessions (signed in through the form, kept in Spring Session JDBC, sent back by their
 * cookie): afterwards the old session is signed out, and its save is refused and changes
 * nothing. Other people's sessions go on.
 */
@PostgresTest
class AccountChangesEndSessionsTest {

	private static final String PASSWORD = "ivory-ledger-mango-47-orbit";

	private static final String USER = "test.session";

	private static final String EDITOR = "/parties/KH/reports/SC67/edit";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private Accounts accounts;

	@BeforeEach
	void setUp() throws Exception {
		this.accounts = new Accounts(this.userDetailsService);
		this.mvc.perform(Reports.startSc67(this.accounts));
		this.mvc
			.perform(post("/admin/users").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("username", USER)
				.param("displayName", "Second focal point of Cambodia")
				.param("email", "")
				.param("role", "FOCAL_POINT")
				.param("partyCode", "KH")
				.param("password", PASSWORD))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(302));
	}

	@Test
	void disablingAnAccountEndsItsSessions() throws Exception {
		assertTheChangeSignsTheOldSessionOut((id) -> update(id, "FOCAL_POINT", "KH", false));
	}

	@Test
	void movingAFocalPointToTheSecretariatEndsItsSessions() throws Exception {
		assertTheChangeSignsTheOldSessionOut((id) -> update(id, "SECRETARIAT", "", true));
	}

	@Test
	void movingAFocalPointToAnotherPartyEndsItsSessions() throws Exception {
		this.jdbc.update("insert into party (code, name) values ('ZZ', 'Other Party')");
		assertTheChangeSignsTheOldSessionOut((id) -> update(id, "FOCAL_POINT", "ZZ", true));
	}

	@Test
	void resettingThePasswordEndsItsSessions() throws Exception {
		assertTheChangeSignsTheOldSessionOut(
				(id) -> post("/admin/users/" + id + "/password").with(this.accounts.as(Accounts.ADMIN))
					.with(csrf())
					.param("password", "tusk-harbour-quiet-lantern-9")
					.param("version", String.valueOf(version(id))));
	}

	@Test
	void aChangeThatTakesNoRightAwayKeepsTheSession() throws Exception {
		Cookie session = Accounts.signIn(this.mvc, USER, PASSWORD);
		long id = id(USER);
		this.mvc.perform(update(id, "FOCAL_POINT", "KH", true).param("displayName", "Renamed"))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(302));
		assertThat(this.mvc.perform(get(EDITOR).cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	private void assertTheChangeSignsTheOldSessionOut(Function<Long, MockHttpServletRequestBuilder> change)
			throws Exception {
		Cookie session = Accounts.signIn(this.mvc, USER, PASSWORD);
		Cookie someoneElse = Accounts.signIn(this.mvc, Accounts.FOCAL_KH, "cambodia-demo");
		assertThat(this.mvc.perform(get(EDITOR).cookie(session)).andReturn().getResponse().getStatus())
			.as("the editor before the change")
			.isEqualTo(200);
		long evaluation = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.1");
		List<String> pointsBefore = Reports.points(this.jdbc, evaluation);

		MockHttpServletResponse changed = this.mvc.perform(change.apply(id(USER))).andReturn().getResponse();
		assertThat(changed.getStatus()).as("the administrator's change").isEqualTo(302);

		MockHttpServletResponse editor = this.mvc.perform(get(EDITOR).cookie(session)).andReturn().getResponse();
		assertThat(editor.getStatus()).as("the editor after the change").isEqualTo(302);
		assertThat(editor.getRedirectedUrl()).endsWith("/login");
		MockHttpServletResponse save = this.mvc
			.perform(post("/parties/KH/reports/SC67/evaluations/" + evaluation).cookie(session)
				.with(csrf())
				.param("rating", "ON_TRACK")
				.param("points", "Saved by a session that should have ended")
				.param("version", String.valueOf(Reports.evaluationVersion(this.jdbc, evaluation))))
			.andReturn()
			.getResponse();
		assertThat(save.getStatus()).as("the save after the change").isEqualTo(302);
		assertThat(save.getRedirectedUrl()).endsWith("/login");
		assertThat(Reports.points(this.jdbc, evaluation)).isEqualTo(pointsBefore);

		assertThat(this.mvc.perform(get(EDITOR).cookie(someoneElse)).andReturn().getResponse().getStatus())
			.as("another account's session")
			.isEqualTo(200);
	}

	private MockHttpServletRequestBuilder update(long id, String role, String party, boolean enabled) {
		MockHttpServletRequestBuilder request = post("/admin/users/" + id).with(this.accounts.as(Accounts.ADMIN))
			.with(csrf())
			.param("username", USER)
			.param("displayName", "Second focal point of Cambodia")
			.param("email", "")
			.param("role", role)
			.param("partyCode", party)
			.param("_enabled", "on")
			.param("version", String.valueOf(version(id)));
		return enabled ? request.param("enabled", "true") : request;
	}

	private long id(String username) {
		return this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

	private int version(long id) {
		return this.jdbc.queryForObject("select version from app_user where id = ?", Integer.class, id);
	}

}
