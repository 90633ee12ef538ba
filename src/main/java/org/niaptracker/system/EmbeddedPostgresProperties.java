package org.niaptracker.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local default database: a real PostgreSQL run from the application's own jar.
 *
 * @param enabled whether to start it when no {@code spring.datasource.url} is configured
 * @param dataDirectory where its data lives between runs (ignored when {@code temporary})
 * @param temporary a throw-away database in a fresh temporary directory (tests)
 * @param port the port to listen on; 0 picks a free one
 * @param restartDelay how long to wait before restarting the server when it dies while
 * the application runs (see {@code EmbeddedPostgresWatchdog})
 * @param restartTimeout how long to keep trying to restart it before the application
 * stops
 */
@ConfigurationProperties("niap.database.embedded")
public record EmbeddedPostgresProperties(@DefaultValue("true") boolean enabled, Path dataDirectory, boolean temporary,
		int port, @DefaultValue("1s") Duration restartDelay, @DefaultValue("2m") Duration restartTimeout) {

	public EmbeddedPostgresProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of("data", "postgres");
		}
	}

}
