package org.niaptracker.system;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import jakarta.servlet.ServletException;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Within one request, waits for an unreachable database only once. Once the pool has
 * given no connection (after its timeout of a few seconds), every further connection the
 * same request asks for fails at once: a signed-in request asks several times (the
 * session, the page, the session again at the end), and would otherwise wait each time.
 * Outside a request (start-up, scheduled jobs) nothing changes.
 * <p>
 * {@link DatabaseUnavailableFilter} marks where a request begins and ends.
 */
final class FailFastDataSource extends DelegatingDataSource {

	private static final ThreadLocal<boolean[]> failedInThisRequest = new ThreadLocal<>();

	FailFastDataSource(DataSource target) {
		super(target);
	}

	/** Runs {@code request} as one request: the database is waited for at most once. */
	static void inRequest(Request request) throws IOException, ServletException {
		boolean outermost = failedInThisRequest.get() == null;
		if (outermost) {
			failedInThisRequest.set(new boolean[1]);
		}
		try {
			request.run();
		}
		finally {
			if (outermost) {
				failedInThisRequest.remove();
			}
		}
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connection(null, null);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connection(username, password);
	}

	private Connection connection(String username, String password) throws SQLException {
		boolean[] failed = failedInThisRequest.get();
		if (failed != null && failed[0]) {
			throw new SQLTransientConnectionException("The database was not available earlier in this request");
		}
		try {
			return (username != null) ? super.getConnection(username, password) : super.getConnection();
		}
		catch (SQLException ex) {
			if (failed != null && DatabaseUnavailable.isCause(ex)) {
				failed[0] = true;
			}
			throw ex;
		}
	}

	/** Work done for one request. */
	@FunctionalInterface
	interface Request {

		void run() throws IOException, ServletException;

	}

	/** Wraps the application's DataSource. */
	@Component
	static class Wrapper implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			return (bean instanceof DataSource dataSource && !(bean instanceof FailFastDataSource))
					? new FailFastDataSource(dataSource) : bean;
		}

	}

}
