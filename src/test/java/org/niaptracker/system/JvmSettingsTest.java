package org.niaptracker.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's JVM settings (issue 13: at most 512 MB resident after the benchmark) are one
 * set, written in three places: pom.xml for {@code ./mvnw spring-boot:run}, the
 * Dockerfile for the container, and the README for {@code java -jar}. They cannot drift
 * apart unnoticed.
 */
class JvmSettingsTest {

	@Test
	void theReadmeAndTheContainerUseTheSettingsOfSpringBootRun() throws IOException {
		Matcher pom = Pattern.compile("<niap.jvm.arguments>([^<]+)</niap.jvm.arguments>")
			.matcher(Files.readString(Path.of("pom.xml")));
		assertThat(pom.find()).as("pom.xml has niap.jvm.arguments").isTrue();
		String settings = pom.group(1).trim();
		assertThat(settings).contains("-Xmx");
		assertThat(Files.readString(Path.of("pom.xml"))).contains("<jvmArguments>${niap.jvm.arguments}</jvmArguments>");
		assertThat(Files.readString(Path.of("Dockerfile"))).contains("ENV JAVA_OPTS=\"" + settings + "\"");
		assertThat(Files.readString(Path.of("README.md"))).contains("java " + settings + " -jar");
	}

}
