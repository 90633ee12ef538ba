package org.niaptracker.test;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate sends (tests enable
 * {@code hibernate.generate_statistics}).
 */
public final class SqlStatements {

	private final Statistics statistics;

	public SqlStatements(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	/** Runs the work and returns how many statements it prepared. */
	public long countDuring(ThrowingRunnable work) throws Exception {
		this.statistics.clear();
		work.run();
		return this.statistics.getPrepareStatementCount();
	}

	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

}
