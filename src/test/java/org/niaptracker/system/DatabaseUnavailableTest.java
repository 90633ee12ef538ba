package org.niaptracker.system;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "no connection to the database" and become the 503 page. */
class DatabaseUnavailableTest {

	@Test
	void noConnectionWhereverItIsWrapped() {
		assertThat(DatabaseUnavailable.isCause(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"))))
			.isTrue();
		assertThat(DatabaseUnavailable.isCause(new CannotGetJdbcConnectionException("no connection"))).isTrue();
		assertThat(DatabaseUnavailable.isCause(new ServletException("Request processing failed",
				new TransactionSystemException("commit failed",
						new JDBCConnectionException("broken", new SQLException("An I/O error occurred", "08006"))))))
			.isTrue();
		assertThat(DatabaseUnavailable.isCause(new TransactionSystemException("commit failed",
				new SQLException("the database system is starting up", "57P03"))))
			.isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseUnavailable.isCause(new CannotAcquireLockException("deadlock"))).isFalse();
		assertThat(DatabaseUnavailable.isCause(null)).isFalse();
	}

}
