package org.niaptracker.test;

import java.sql.Connection;
import java.sql.PreparedStatement;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Generated Parties, plans, meetings and reports for tests and the benchmark: runs
 * {@code bench/generate.sql} (which psql can run too) on one connection, with its
 * settings. 600 Parties x 50 actions x 10 meetings make the 300,000 evaluations of issue
 * 10; tests use far fewer.
 */
public final class BenchData {

	private BenchData() {
	}

	/**
	 * Adds {@code parties} Parties of {@code actions} actions each, with reports to
	 * {@code meetings} meetings of their own (SC100, SC101, ...).
	 */
	public static void generate(JdbcTemplate jdbc, int parties, int actions, int meetings) {
		jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			set(connection, "niap_bench.parties", parties);
			set(connection, "niap_bench.actions", actions);
			set(connection, "niap_bench.meetings", meetings);
			ScriptUtils.executeSqlScript(connection, new ClassPathResource("bench/generate.sql"));
			return null;
		});
	}

	private static void set(Connection connection, String name, int value) throws java.sql.SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, false)")) {
			statement.setString(1, name);
			statement.setString(2, String.valueOf(value));
			statement.execute();
		}
	}

}
