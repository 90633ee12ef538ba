package org.niaptracker.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.niaptracker.export.KeptFiles;
import org.niaptracker.model.ContentGeneration;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.lifecycle.PublicReportPages;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts the database back as the migrations left it after each test of the whole
 * application: rows a test added are deleted (children first), the seeded accounts get
 * back their addresses and notice times, sign-in counters, sessions and kept files are
 * dropped. Before the first test of each application context it records what the
 * migrations left (the largest id of each table), so nothing seeded is ever deleted.
 * Tests no longer delete their own data.
 */
public class CleanDatabase implements BeforeEachCallback, AfterEachCallback {

	/** Children before their parents, so that no foreign key is in the way. */
	static final List<String> TABLES = List.of("review_comment", "secretariat_assessment", "report_submission",
			"report_transition", "report_change", "evaluation", "reporting_period", "niap_action", "pillar",
			"plan_revision", "action_lineage", "api_token", "app_user", "meeting", "party_change", "party",
			"rating_mapping_entry", "rating_mapping", "progress_rating", "rating_scale");

	/**
	 * What the migrations left, by application context (each may have its own database).
	 */
	private static final Map<String, Map<String, Long>> seeded = new ConcurrentHashMap<>();

	@Override
	public void beforeEach(ExtensionContext context) throws SQLException {
		var application = SpringExtension.getApplicationContext(context);
		seeded.computeIfAbsent(application.getId(), (id) -> largestIds(application.getBean(JdbcTemplate.class)));
		// Kept files are stored in a transaction of their own, even during a
		// @Transactional test, whose rollback leaves them: each test starts without any
		// (on a connection of its own, before the test's transaction holds a lock).
		try (Connection connection = application.getBean(DataSource.class).getConnection();
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("delete from kept_report_file");
		}
		// and this instance's copies of them in memory (web slices have none), and of the
		// published reports it read: a rolled-back test leaves versions that come again.
		forgetCopiesInMemory(application);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		var application = SpringExtension.getApplicationContext(context);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// A @Transactional test: its transaction is rolled back after this callback.
			return;
		}
		JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
		Map<String, Long> baseline = seeded.get(application.getId());
		jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			try (Statement statement = connection.createStatement()) {
				// Adopted plan revisions are read-only; the clean-up may delete them.
				statement.execute("set niap.purge = 'on'");
				for (String table : TABLES) {
					statement.executeUpdate("delete from " + table + " where id > " + baseline.get(table));
				}
				statement.execute("reset niap.purge");
			}
			return null;
		});
		jdbc.update("""
				update app_user set notices_seen_at = null, email = null
				 where notices_seen_at is not null or email is not null""");
		jdbc.update("delete from sign_in_throttle");
		jdbc.update("delete from import_upload");
		jdbc.update("delete from spring_session");
		jdbc.update("delete from kept_report_file");
		forgetCopiesInMemory(application);
	}

	private static void forgetCopiesInMemory(ApplicationContext application) {
		application.getBeanProvider(KeptFiles.class).ifAvailable(KeptFiles::forgetCopiesInMemory);
		application.getBeanProvider(ReportReader.class).ifAvailable(ReportReader::forgetCopiesInMemory);
		application.getBeanProvider(PublicReportPages.class).ifAvailable(PublicReportPages::forgetCopiesInMemory);
		application.getBeanProvider(ContentGeneration.class).ifAvailable(ContentGeneration::forgetCopiesInMemory);
	}

	private static Map<String, Long> largestIds(JdbcTemplate jdbc) {
		Map<String, Long> ids = new LinkedHashMap<>();
		for (String table : TABLES) {
			ids.put(table, jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class));
		}
		return ids;
	}

}
