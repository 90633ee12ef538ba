package org.niaptracker.system;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Clears what a previous run that died without stopping its embedded PostgreSQL (a
 * {@code kill -9} of the application) left in the data directory, so that the next start
 * works the first time:
 * <ul>
 * <li>a PostgreSQL server still running on this data directory is stopped cleanly with
 * the bundled {@code pg_ctl stop -m fast} (SIGTERM if that fails), and waited for;</li>
 * <li>a {@code postmaster.pid} whose process is gone, or is no longer a PostgreSQL
 * server, is deleted.</li>
 * </ul>
 * A server is only ever stopped when no running application holds the data directory's
 * lock file (the {@code epg-lock} that the embedded server's owner keeps locked), and
 * when {@code postmaster.pid} names this data directory and its process is a
 * {@code postgres}. What was done is logged in one line.
 */
final class LeftoverPostgres {

	private static final Log logger = LogFactory.getLog(LeftoverPostgres.class);

	private static final String PID_FILE = "postmaster.pid";

	/** The lock the embedded server's owner holds while it runs (zonky's name). */
	private static final String OWNER_LOCK = "epg-lock";

	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private LeftoverPostgres() {
	}

	/**
	 * Stops or clears what a previous run left on this data directory.
	 * @param dataDirectory the absolute data directory
	 * @return what was done, or empty when there was nothing to clear
	 */
	static Optional<String> clear(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve(PID_FILE);
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		try (FileOutputStream lockStream = new FileOutputStream(dataDirectory.resolve(OWNER_LOCK).toFile());
				FileLock lock = lockStream.getChannel().tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDirectory
						+ " is in use by another running application; stop it first, or set NIAP_DATA_DIR to another directory");
			}
			String done = clearUnderLock(dataDirectory, pidFile);
			logger.warn(done);
			return Optional.of(done);
		}
	}

	private static String clearUnderLock(Path dataDirectory, Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		long pid = pid(lines);
		Optional<ProcessHandle> process = (pid > 0) ? ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
				: Optional.empty();
		if (process.isEmpty()) {
			Files.deleteIfExists(pidFile);
			return "Removed the stale " + PID_FILE + " left in " + dataDirectory + " by a previous run (process " + pid
					+ " is not running)";
		}
		Optional<Path> postgres = postgresCommand(process.get(), dataDirectory, lines);
		if (postgres.isEmpty()) {
			Files.deleteIfExists(pidFile);
			return "Removed the stale " + PID_FILE + " left in " + dataDirectory + " by a previous run (process " + pid
					+ " is not a PostgreSQL server on it)";
		}
		stop(process.get(), postgres.get(), dataDirectory);
		return "Stopped the embedded PostgreSQL (pid " + pid + ") that a previous run left running on " + dataDirectory;
	}

	private static long pid(List<String> lines) {
		try {
			return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * The running {@code postgres} binary, if the process is a PostgreSQL server on this
	 * data directory: {@code postmaster.pid} names the directory on its second line, and
	 * the process runs a binary called {@code postgres}.
	 */
	private static Optional<Path> postgresCommand(ProcessHandle process, Path dataDirectory, List<String> lines) {
		if (lines.size() < 2 || !sameDirectory(Path.of(lines.get(1).strip()), dataDirectory)) {
			return Optional.empty();
		}
		return process.info().command().map(Path::of).filter((command) -> {
			String name = command.getFileName().toString();
			return name.equals("postgres") || name.equals("postgres.exe");
		});
	}

	private static boolean sameDirectory(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** {@code pg_ctl stop -m fast} from the server's own binaries, else SIGTERM. */
	private static void stop(ProcessHandle process, Path postgres, Path dataDirectory) throws IOException {
		Path pgCtl = postgres.resolveSibling(postgres.getFileName().toString().replace("postgres", "pg_ctl"));
		if (Files.isExecutable(pgCtl)) {
			List<String> command = new ArrayList<>();
			if (LinuxUtils.isUnshareAvailable()) {
				// Run as root, the bundled binaries run in a user namespace, as they were
				// started.
				command.addAll(List.of("unshare", "-U"));
			}
			command.addAll(List.of(pgCtl.toString(), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w", "-t",
					String.valueOf(STOP_WAIT.toSeconds())));
			Process stop = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			try {
				stop.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (process.isAlive()) {
			process.destroy();
		}
		try {
			process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(
					"Interrupted while stopping the PostgreSQL server left running on " + dataDirectory, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The PostgreSQL server (pid " + process.pid() + ") left running on "
					+ dataDirectory + " did not stop within " + STOP_WAIT.toSeconds() + " s; stop it and start again",
					ex);
		}
	}

}
