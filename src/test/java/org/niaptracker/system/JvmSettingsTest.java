package org.niaptracker.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The app's JVM settings (issue 13: at most 512 MB resident after the benchmark) are one
 * set, written in three places: pom.xml for {@code ./mvnw spring-boot:run}, the
 * Dockerfile for the container, and the README for {@code java -jar}. They cannot drift
 * apart unnoticed.
 */
class JvmSettingsTest {

	@Test
	void theReadmeAndTheContainerUseTheSettingsOfSpringBootRun() throws IOException {
		String settings = settings();
		assertThat(settings).contains("-Xmx");
		assertThat(Files.readString(Path.of("pom.xml"))).contains("<jvmArguments>${niap.jvm.arguments}</jvmArguments>");
		assertThat(Files.readString(Path.of("Dockerfile"))).contains("ENV JAVA_OPTS=\"" + settings + "\"");
		assertThat(Files.readString(Path.of("README.md"))).contains("java " + settings + " -jar");
	}

	/**
	 * The serial collector gives heap back to the system only after a full collection,
	 * never below the initial heap, and only when more than {@code MaxHeapFreeRatio} of
	 * the old generation is free (70 % by default: never, with the 80 MB kept after the
	 * benchmark in a 170 MB old generation). The settings start the heap well below its
	 * maximum and shrink it to about 1.4 times what is kept, so that the 256 MB that two
	 * PDFs rendered at once may need are not all held after the load (bench/RESULTS.md).
	 */
	@Test
	void theHeapShrinksAfterAFullCollection() throws IOException {
		String settings = settings();
		assertThat(megabytes(settings, "-Xms")).isLessThan(megabytes(settings, "-Xmx"));
		Matcher free = Pattern.compile("-XX:MaxHeapFreeRatio=(\\d+)").matcher(settings);
		assertThat(free.find()).as(settings).isTrue();
		assertThat(Integer.parseInt(free.group(1))).isLessThanOrEqualTo(30);
	}

	private static int megabytes(String settings, String option) {
		Matcher size = Pattern.compile("(?:^|\\s)" + option + "(\\d+)m(?:\\s|$)").matcher(settings);
		assertThat(size.find()).as(option + " in " + settings).isTrue();
		return Integer.parseInt(size.group(1));
	}

	/**
	 * The settings tell the JVM to ignore options it does not know (so that a Java 17
	 * older than 17.0.9, without {@code TrimNativeHeapInterval}, still starts), which
	 * would also hide a misspelt option: this JVM, which knows them all, must accept
	 * every one of them without that leniency.
	 */
	@Test
	void thisJvmKnowsEveryOptionOfTheSettings() throws Exception {
		Runtime.Version version = Runtime.version();
		assumeTrue(version.feature() > 17 || version.update() >= 9, "a Java 17 older than 17.0.9");
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElseThrow());
		for (String option : settings().split("\\s+")) {
			if (!option.equals("-XX:+IgnoreUnrecognizedVMOptions")) {
				command.add(option);
			}
		}
		command.add("-version");
		Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(java.exitValue()).as(output).isZero();
		assertThat(settings()).contains("-XX:+IgnoreUnrecognizedVMOptions");
	}

	private static String settings() throws IOException {
		Matcher pom = Pattern.compile("<niap.jvm.arguments>([^<]+)</niap.jvm.arguments>")
			.matcher(Files.readString(Path.of("pom.xml")));
		assertThat(pom.find()).as("pom.xml has niap.jvm.arguments").isTrue();
		return pom.group(1).trim();
	}

}
