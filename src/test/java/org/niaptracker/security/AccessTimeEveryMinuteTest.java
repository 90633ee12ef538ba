package org.niaptracker.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A session's time of last access is written to PostgreSQL at most once a minute (a tenth
 * of its timeout, if that is less); what else changes in it is written as before.
 */
@PostgresTest
class AccessTimeEveryMinuteTest {

	private static final String PAGE = "/parties/KH/reports/SC66";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void aSignedInPageUpdatesItsSessionOnlyWhenTheStoredAccessIsAMinuteOld() throws Exception {
		Cookie session = Accounts.signIn(this.mvc, Accounts.FOCAL_KH, "cambodia-demo");
		assertThat(updatesOfTheSession(session)).as("within the minute of signing in").isZero();

		// The cookie holds the session's id in Base64, as Spring Session writes it.
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.US_ASCII);
		long stored = accessTime(id);
		this.jdbc.update("update spring_session set last_access_time = last_access_time - 61000, "
				+ "expiry_time = expiry_time - 61000 where session_id = ?", id);
		long asked = System.currentTimeMillis();
		assertThat(updatesOfTheSession(session)).as("a minute later").isEqualTo(1);
		assertThat(accessTime(id)).isBetween(Math.max(asked, stored), System.currentTimeMillis());
		assertThat(this.jdbc.queryForObject(
				"select expiry_time - last_access_time from spring_session where session_id = ?", Long.class, id))
			.as("expiry moves with it")
			.isEqualTo(Duration.ofMinutes(30).toMillis());
		assertThat(updatesOfTheSession(session)).as("and not again").isZero();
	}

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void anAttributeIsSavedWithoutTheAccessAndTheStepFollowsAShortTimeout() {
		FindByIndexNameSessionRepository repository = this.sessions;
		Session created = repository.createSession();
		created.setMaxInactiveInterval(Duration.ofMinutes(5));
		repository.save(created);
		String id = created.getId();
		long stored = accessTime(id);
		try {
			Session session = found(repository, id);
			session.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(20));
			session.setAttribute("note", "kept");
			repository.save(session);
			assertThat(accessTime(id)).as("20 s later, with a 5-minute timeout").isEqualTo(stored);
			assertThat(found(repository, id).<String>getAttribute("note")).isEqualTo("kept");

			session = found(repository, id);
			session.setLastAccessedTime(Instant.ofEpochMilli(stored).plusSeconds(30));
			repository.save(session);
			assertThat(accessTime(id)).as("30 s later: a tenth of the timeout").isEqualTo(stored + 30_000);
		}
		finally {
			repository.deleteById(id);
		}
	}

	private long updatesOfTheSession(Cookie session) throws Exception {
		MockHttpServletResponse[] page = new MockHttpServletResponse[1];
		List<String> statements = this.sql
			.statementsDuring(() -> page[0] = this.mvc.perform(get(PAGE).cookie(session)).andReturn().getResponse());
		assertThat(page[0].getContentAsString()).as("signed in").contains("data-nav=\"tokens\"");
		return statements.stream().filter((sql) -> sql.startsWith("UPDATE SPRING_SESSION")).count();
	}

	private long accessTime(String id) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				id);
	}

	@SuppressWarnings("rawtypes")
	private static Session found(FindByIndexNameSessionRepository repository, String id) {
		SessionReadOncePerRequest.JustSaved.forget();
		return repository.findById(id);
	}

}
