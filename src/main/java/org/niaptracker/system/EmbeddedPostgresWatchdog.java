package org.niaptracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Restarts the embedded PostgreSQL when its server process dies while the application
 * runs (a {@code kill -9}, the out-of-memory killer), so that the application recovers by
 * itself: pages answer 503 meanwhile, and the connection pool reconnects once the server
 * is back.
 * <p>
 * The restart is safe because this application still holds the data directory's lock (no
 * other application can use it), the old server is gone, and PostgreSQL's crash recovery
 * replays its write-ahead log on start: every committed transaction is kept. It uses the
 * bundled {@code pg_ctl restart}, which starts the server with the command line it was
 * started with ({@code postmaster.opts}): the same data directory, the same port and
 * settings. The server's log goes to {@code restart.log} in the data directory.
 * <p>
 * If it cannot be restarted within the restart timeout (two minutes unless configured),
 * the application stops with a log line that says why, rather than answer 503 for ever.
 */
class EmbeddedPostgresWatchdog implements ApplicationListener<ContextClosedEvent>, DisposableBean {

	private static final Log logger = LogFactory.getLog(EmbeddedPostgresWatchdog.class);

	private static final Duration START_WAIT = Duration.ofSeconds(60);

	private static final Duration RETRY_EVERY = Duration.ofSeconds(2);

	private final ConfigurableApplicationContext context;

	private final Path dataDirectory;

	private final Path pgCtl;

	private final Duration restartDelay;

	private final Duration restartTimeout;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "embedded-postgres-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean stopping;

	EmbeddedPostgresWatchdog(EmbeddedPostgres postgres, Duration restartDelay, Duration restartTimeout,
			ConfigurableApplicationContext context) throws IOException, SQLException {
		this.context = context;
		this.restartDelay = restartDelay;
		this.restartTimeout = restartTimeout;
		this.dataDirectory = dataDirectory(postgres);
		ProcessHandle postmaster = postmaster()
			.orElseThrow(() -> new IllegalStateException("The embedded PostgreSQL is not running"));
		Path postgresBinary = Path.of(postmaster.info()
			.command()
			.orElseThrow(() -> new IllegalStateException("Cannot tell where the embedded PostgreSQL runs from")));
		this.pgCtl = postgresBinary
			.resolveSibling(postgresBinary.getFileName().toString().replace("postgres", "pg_ctl"));
		watch(postmaster);
	}

	private static Path dataDirectory(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show data_directory")) {
			result.next();
			return Path.of(result.getString(1));
		}
	}

	private void watch(ProcessHandle postmaster) {
		postmaster.onExit().thenRun(() -> {
			if (!this.stopping) {
				this.executor.execute(() -> restart(postmaster.pid()));
			}
		});
	}

	private void restart(long deadPid) {
		logger.warn("The embedded PostgreSQL (pid " + deadPid + ") stopped unexpectedly; restarting it on "
				+ this.dataDirectory + " in " + this.restartDelay.toMillis() + " ms. Meanwhile pages answer 503");
		long deadline = System.nanoTime() + this.restartDelay.plus(this.restartTimeout).toNanos();
		String problem = "not tried";
		try {
			Thread.sleep(this.restartDelay.toMillis());
			while (!this.stopping) {
				Optional<String> failed = pgCtlRestart();
				if (failed.isEmpty()) {
					ProcessHandle postmaster = postmaster()
						.orElseThrow(() -> new IllegalStateException("no postmaster.pid after the restart"));
					logger.warn("Restarted the embedded PostgreSQL on " + this.dataDirectory + " (pid "
							+ postmaster.pid() + "); the connection pool reconnects by itself");
					watch(postmaster);
					return;
				}
				problem = failed.get();
				if (System.nanoTime() > deadline) {
					break;
				}
				Thread.sleep(RETRY_EVERY.toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		catch (IOException | RuntimeException ex) {
			problem = ex.toString();
		}
		if (this.stopping) {
			return;
		}
		logger.error("Failed to restart the embedded PostgreSQL on " + this.dataDirectory + " after it stopped ("
				+ problem + "). Stopping the application: start it again, and see " + this.dataDirectory
				+ "/restart.log for the database's own log");
		Thread stop = new Thread(this.context::close, "embedded-postgres-watchdog-stop");
		stop.start();
	}

	/** {@code pg_ctl restart}: empty when the server runs again, else why not. */
	private Optional<String> pgCtlRestart() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			// As root, the bundled binaries run in a user namespace, as they were
			// started.
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(this.pgCtl.toString(), "restart", "-D", this.dataDirectory.toString(), "-m", "fast",
				"-w", "-t", String.valueOf(START_WAIT.toSeconds()), "-l",
				this.dataDirectory.resolve("restart.log").toString()));
		Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = pgCtl.getInputStream().readAllBytes();
		if (!pgCtl.waitFor(START_WAIT.toSeconds() + 10, TimeUnit.SECONDS)) {
			pgCtl.destroyForcibly();
			return Optional.of("pg_ctl did not finish");
		}
		if (pgCtl.exitValue() == 0 && postmaster().isPresent()) {
			return Optional.empty();
		}
		return Optional.of("pg_ctl exited with " + pgCtl.exitValue() + ": "
				+ new String(output, StandardCharsets.UTF_8).strip().replace('\n', ' ') + lastFatal());
	}

	/** The server's own reason, from the last FATAL line of its log. */
	private String lastFatal() {
		try {
			List<String> log = Files.readAllLines(this.dataDirectory.resolve("restart.log"), StandardCharsets.UTF_8);
			for (int i = log.size() - 1; i >= 0; i--) {
				if (log.get(i).contains("FATAL")) {
					return " (" + log.get(i).strip() + ")";
				}
			}
		}
		catch (IOException ex) {
			// No log: pg_ctl's output says enough.
		}
		return "";
	}

	private Optional<ProcessHandle> postmaster() throws IOException {
		Path pidFile = this.dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		try {
			return lines.isEmpty() ? Optional.empty()
					: ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The application stops: its database stops too, and is not to be restarted. */
	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		if (event.getApplicationContext() == this.context) {
			this.stopping = true;
		}
	}

	/**
	 * Waits for a restart under way to finish before the embedded PostgreSQL itself is
	 * stopped (this bean depends on it, so it is destroyed first): {@code pg_ctl restart}
	 * is not interrupted with its thread, and a server it started after the application
	 * had stopped its database would be left running, owned by nobody. A restart that has
	 * not begun is cancelled.
	 */
	@Override
	public void destroy() throws InterruptedException {
		this.stopping = true;
		this.executor.shutdownNow();
		if (!this.executor.awaitTermination(START_WAIT.toSeconds() + 10, TimeUnit.SECONDS)) {
			logger.warn("A restart of the embedded PostgreSQL on " + this.dataDirectory
					+ " was still under way when the application stopped");
		}
	}

}
