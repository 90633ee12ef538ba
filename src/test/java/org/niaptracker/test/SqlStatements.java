package org.niaptracker.test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts every statement the application sends to PostgreSQL, whoever sends it
 * (Hibernate, {@code JdbcClient}, Spring Session): the tests' data source is wrapped by
 * datasource-proxy, which reports each execution here.
 */
public final class SqlStatements implements QueryExecutionListener {

	private final AtomicLong count = new AtomicLong();

	/** Runs the work and returns how many statements were executed meanwhile. */
	public long countDuring(ThrowingRunnable work) throws Exception {
		long before = this.count.get();
		work.run();
		return this.count.get() - before;
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		this.count.addAndGet(Math.max(1, execution.isBatch() ? execution.getBatchSize() : queries.size()));
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
						.listener(statements);
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
