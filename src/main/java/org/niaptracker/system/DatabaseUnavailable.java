package org.niaptracker.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "no connection to the database": the pool gave none
 * within its timeout, the connection broke, or the server is starting up or shutting
 * down. Such a request is answered with the 503 page, never a 500.
 */
public final class DatabaseUnavailable {

	private static final int MAX_DEPTH = 25;

	private DatabaseUnavailable() {
	}

	/** Whether {@code failure} or one of its causes says the database is unreachable. */
	public static boolean isCause(Throwable failure) {
		Throwable current = failure;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			if (current instanceof CannotCreateTransactionException
					|| current instanceof DataAccessResourceFailureException
					|| current instanceof JDBCConnectionException || current instanceof SQLTransientConnectionException
					|| current instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (current instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			current = (current.getCause() != current) ? current.getCause() : null;
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception) and 57P01 to 57P03 (the server is shutting
	 * down, crashed or is starting up).
	 */
	private static boolean isConnectionState(String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

}
