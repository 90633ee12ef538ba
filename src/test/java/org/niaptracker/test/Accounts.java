package org.niaptracker.test;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signed-in requests as the demo accounts (and a second Party's focal point made for a
 * test), using the application's real UserDetailsService so the principal is exactly what
 * sign-in produces.
 */
public final class Accounts {

	public static final String FOCAL_KH = "focal.kh";

	public static final String FOCAL_OTHER = "focal.zz";

	public static final String SECRETARIAT = "secretariat";

	public static final String ADMIN = "admin";

	private final UserDetailsService users;

	public Accounts(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.user(this.users.loadUserByUsername(username));
	}

	/**
	 * Signs in through the real form (Spring Security and Spring Session, as in a
	 * browser) and returns the session's cookie.
	 */
	public static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
		MockHttpServletResponse response = mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
		Cookie session = response.getCookie("SESSION");
		assertThat(session).as("the session cookie of " + username).isNotNull();
		return session;
	}

	/**
	 * A second Party (ZZ) with its own focal point, for requests that must be refused.
	 */
	public static void createOtherParty(JdbcTemplate jdbc) {
		jdbc.update("insert into party (code, name) values ('ZZ', 'Other Party') on conflict do nothing");
		jdbc.update("""
				insert into app_user (username, display_name, password_hash, role, party_id)
				select 'focal.zz', 'Other focal point', '{noop}unused-password', 'FOCAL_POINT', id
				  from party where code = 'ZZ' on conflict do nothing""");
	}

}
