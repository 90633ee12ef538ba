package org.niaptracker.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which database the application uses, so nobody has to guess.
 */
@Component
class DatabaseStartupLogger {

	private static final Log logger = LogFactory.getLog(DatabaseStartupLogger.class);

	private final DataSource dataSource;

	DatabaseStartupLogger(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationReadyEvent.class)
	void logDatabase() {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			logger.info("Using database " + metaData.getURL() + " (" + metaData.getDatabaseProductName() + " "
					+ metaData.getDatabaseProductVersion() + ", user " + metaData.getUserName() + ")");
		}
		catch (SQLException ex) {
			logger.warn("Could not read the database metadata: " + ex.getMessage());
		}
	}

}
