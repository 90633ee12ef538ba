package org.niaptracker.test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts every statement the application sends to PostgreSQL, whoever sends it
 * (Hibernate, {@code JdbcClient}, Spring Session): the tests' data source is wrapped by
 * datasource-proxy, which reports each execution here. Only the statements of the thread
 * that does the work count (MockMvc serves a request on the test's thread), so that
 * background jobs such as Spring Session's clean-up do not.
 */
public final class SqlStatements implements QueryExecutionListener, MethodExecutionListener {

	private final ThreadLocal<AtomicLong> count = ThreadLocal.withInitial(AtomicLong::new);

	private final ThreadLocal<AtomicLong> commits = ThreadLocal.withInitial(AtomicLong::new);

	private final ThreadLocal<List<String>> recorded = new ThreadLocal<>();

	/** Runs the work and returns how many statements it executed. */
	public long countDuring(ThrowingRunnable work) throws Exception {
		long before = this.count.get().get();
		work.run();
		return this.count.get().get() - before;
	}

	/**
	 * Runs the work and returns how many transactions it committed on a connection: a
	 * statement run outside a transaction (auto-commit) commits none.
	 */
	public long commitsDuring(ThrowingRunnable work) throws Exception {
		long before = this.commits.get().get();
		work.run();
		return this.commits.get().get() - before;
	}

	/** Runs the work and returns the text of each statement it executed, in order. */
	public List<String> statementsDuring(ThrowingRunnable work) throws Exception {
		List<String> statements = new ArrayList<>();
		this.recorded.set(statements);
		try {
			work.run();
		}
		finally {
			this.recorded.remove();
		}
		return statements;
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void beforeMethod(MethodExecutionContext execution) {
	}

	@Override
	public void afterMethod(MethodExecutionContext execution) {
		if (execution.getTarget() instanceof Connection && "commit".equals(execution.getMethod().getName())) {
			this.commits.get().incrementAndGet();
		}
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		this.count.get().addAndGet(Math.max(1, execution.isBatch() ? execution.getBatchSize() : queries.size()));
		List<String> statements = this.recorded.get();
		if (statements != null) {
			queries.forEach((query) -> statements.add(query.getQuery()));
		}
	}

	/** Wraps the application's data source so that this counter sees every statement. */
	static BeanPostProcessor wrapping(SqlStatements statements) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					ProxyDataSourceBuilder builder = ProxyDataSourceBuilder.create(dataSource)
						.name(beanName)
						.listener(statements)
						.methodListener(statements);
					if (Boolean.getBoolean("niap.test.log-sql")) {
						builder.logQueryBySlf4j(net.ttddyy.dsproxy.listener.logging.SLF4JLogLevel.INFO);
					}
					return builder.build();
				}
				return bean;
			}
		};
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
