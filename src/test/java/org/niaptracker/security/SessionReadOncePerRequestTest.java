package org.niaptracker.security;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A signed-in request reads its session from PostgreSQL once, and the next request reads
 * it again: a session ended elsewhere (another instance, an administrator) is signed out
 * at once. MockMvc serves every request on the test's thread, as Tomcat may serve two
 * requests of one user on one thread.
 */
@PostgresTest
class SessionReadOncePerRequestTest {

	private static final String PAGE = "/parties/KH/reports/SC66";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SqlStatements sql;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private EntityManagerFactory entityManagers;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void aSignedInRequestReadsItsSessionOnceAndTheNextReadsItAgain() throws Exception {
		Cookie session = Accounts.signIn(this.mvc, Accounts.FOCAL_KH, "cambodia-demo");
		MockHttpServletResponse[] page = new MockHttpServletResponse[1];
		List<String> statements = this.sql
			.statementsDuring(() -> page[0] = this.mvc.perform(get(PAGE).cookie(session)).andReturn().getResponse());
		assertThat(page[0].getStatus()).isEqualTo(200);
		assertThat(page[0].getContentAsString()).contains("data-nav=\"tokens\"");
		assertThat(statements.stream().filter((sql) -> sql.startsWith("SELECT") && sql.contains("SPRING_SESSION")))
			.as("reads of the session")
			.hasSize(1);

		// Ended elsewhere, between two requests: the next request reads it, finds
		// nothing.
		this.jdbc.update("delete from spring_session");
		MockHttpServletResponse after = this.mvc.perform(get(PAGE).cookie(session)).andReturn().getResponse();
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getContentAsString()).as("signed out").doesNotContain("data-nav=\"tokens\"");
	}

	/**
	 * Spring Session's statements run in JDBC transactions of their own, without an
	 * entity manager; the application's {@code TransactionTemplate} is still Spring
	 * Boot's, over JPA.
	 */
	@Test
	void theSessionsTransactionsAreJdbcOnes() {
		TransactionOperations sessions = (TransactionOperations) this.context
			.getBean("springSessionTransactionOperations");
		Object entityManager = sessions
			.execute((status) -> TransactionSynchronizationManager.getResource(this.entityManagers));
		assertThat(entityManager).as("an entity manager").isNull();
		assertThat(this.context.getBean(TransactionOperations.class)).isInstanceOfSatisfying(TransactionTemplate.class,
				(template) -> assertThat(template.getTransactionManager()).isInstanceOf(JpaTransactionManager.class));
	}

	/**
	 * Inside a transaction of the application's, Spring Session's statements take part in
	 * it: they neither commit it nor run beside it.
	 */
	@Test
	void insideTheApplicationsTransactionTheSessionTakesPartInIt() {
		TransactionOperations sessions = (TransactionOperations) this.context
			.getBean("springSessionTransactionOperations");
		new TransactionTemplate(this.transactions).executeWithoutResult((outer) -> {
			this.jdbc.update("insert into party (code, name) values ('ZY', 'Rolled back')");
			Integer seen = sessions.execute((status) -> this.jdbc
				.queryForObject("select count(*) from party where code = 'ZY'", Integer.class));
			assertThat(seen).as("the application's uncommitted row").isEqualTo(1);
			outer.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForObject("select count(*) from party where code = 'ZY'", Integer.class))
			.as("rolled back with the application's transaction")
			.isZero();
	}

}
