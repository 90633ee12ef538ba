package org.niaptracker.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.niaptracker.NiapTrackerApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL after crashes: a save acknowledged before the database process
 * is killed is still there after a restart, and a server that a killed application left
 * running does not stop the next start.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedPostgresCrashTest {

	private static final int SAVES = 20;

	@TempDir
	Path dataDirectory;

	@Test
	void everyCommittedSaveSurvivesTheDatabaseBeingKilled(CapturedOutput output) throws Exception {
		// The application stops before the watchdog would restart the killed database, as
		// when both are killed together: the next start finds what the crash left.
		try (ConfigurableApplicationContext first = start("--niap.database.embedded.restart-delay=10m")) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			for (int i = 0; i < SAVES; i++) {
				// Each statement is its own transaction, committed before update returns.
				jdbc.update("insert into party (code, name) values (?, 'Saved before the crash')", code(i));
			}
			killDatabase();
		}
		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select code from party where name = 'Saved before the crash' order by code",
					String.class))
				.as("every acknowledged save")
				.hasSize(SAVES)
				.contains(code(SAVES - 1));
		}
		assertThat(output).contains("Removed the stale postmaster.pid left in " + postgresDirectory());
	}

	@Test
	void aServerLeftRunningByAKilledApplicationIsStoppedAndTheNextStartWorks(CapturedOutput output) throws Exception {
		Path binaries;
		try (ConfigurableApplicationContext first = start()) {
			binaries = Path.of(ProcessHandle.of(postmasterPid()).orElseThrow().info().command().orElseThrow())
				.getParent();
		}
		// What "kill -9" of the application leaves: its PostgreSQL still running on the
		// data directory, owned by nobody.
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(binaries.resolve("pg_ctl").toString(), "-D", postgresDirectory().toString(), "-o",
				"-p " + freePort(), "-w", "start"));
		Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(pgCtl.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(pgCtl.exitValue()).isZero();
		long leftover = postmasterPid();
		assertThat(ProcessHandle.of(leftover)).hasValueSatisfying((process) -> assertThat(process.isAlive()).isTrue());

		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from evaluation", Integer.class)).isEqualTo(13);
			assertThat(ProcessHandle.of(leftover).filter(ProcessHandle::isAlive)).as("the leftover server").isEmpty();
			assertThat(postmasterPid()).isNotEqualTo(leftover);
		}
		assertThat(output).contains("Stopped the embedded PostgreSQL (pid " + leftover
				+ ") that a previous run left running on " + postgresDirectory());
	}

	@Test
	void aRestartUnderWayWhenTheApplicationStopsLeavesNoServerRunning() throws Exception {
		try (ConfigurableApplicationContext app = start("--niap.database.embedded.restart-delay=0s")) {
			killDatabase();
			// The watchdog's pg_ctl restart begins at once; the application stops during
			// it.
		}
		String directory = postgresDirectory().toString();
		assertThat(ProcessHandle.current()
			.descendants()
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info()
				.arguments()
				.stream()
				.flatMap(Arrays::stream)
				.anyMatch(directory::equals)))
			.as("pg_ctl still at work on the data directory")
			.isEmpty();
		if (Files.exists(postgresDirectory().resolve("postmaster.pid"))) {
			assertThat(ProcessHandle.of(postmasterPid()).filter(ProcessHandle::isAlive))
				.as("a server left running after the application stopped")
				.isEmpty();
		}
	}

	/** SIGKILL to the postmaster and all its processes, the way the probe did it. */
	private void killDatabase() throws Exception {
		ProcessHandle postmaster = ProcessHandle.of(postmasterPid()).orElseThrow();
		List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
		all.add(0, postmaster);
		all.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle process : all) {
			process.onExit().get(30, TimeUnit.SECONDS);
		}
	}

	private long postmasterPid() throws IOException {
		return Long.parseLong(Files.readAllLines(postgresDirectory().resolve("postmaster.pid")).get(0).strip());
	}

	private Path postgresDirectory() {
		return this.dataDirectory.resolve("postgres").toAbsolutePath().normalize();
	}

	private static String code(int i) {
		return "Q" + (char) ('A' + i);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private ConfigurableApplicationContext start(String... settings) {
		List<String> arguments = new ArrayList<>(
				List.of("--niap.database.embedded.data-directory=" + postgresDirectory(), "--server.port=0",
						"--spring.main.banner-mode=off", "--logging.level.io.zonky=WARN"));
		arguments.addAll(List.of(settings));
		return new SpringApplicationBuilder(NiapTrackerApplication.class).run(arguments.toArray(String[]::new));
	}

}
