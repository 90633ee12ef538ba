package org.niaptracker.system;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container image is built without the embedded PostgreSQL ({@code ./mvnw package
 * -Pcontainer}, see the Dockerfile): the zonky library and its binaries are not in that
 * jar. The application must then start on SPRING_DATASOURCE_URL as before. That holds
 * while the auto-configuration stands back when the library is missing, and while nothing
 * but the auto-configuration and the classes it alone creates refers to the library.
 */
class EmbeddedPostgresOptionalTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedPostgresAutoConfiguration.class));

	@Test
	void withoutTheLibraryNothingEmbeddedIsStartedEvenWithoutADatabaseUrl() {
		this.runner.withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(JdbcConnectionDetails.class);
			assertThat(context).doesNotHaveBean(EmbeddedPostgresWatchdog.class);
		});
	}

	@Test
	void withADatabaseUrlNothingEmbeddedIsStarted() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.org:5432/niap")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(JdbcConnectionDetails.class);
				assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
			});
	}

	@Test
	void onlyTheAutoConfigurationAndWhatItCreatesUseTheLibrary() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.niaptracker");
		Set<String> allowed = Set.of(EmbeddedPostgresAutoConfiguration.class.getName(),
				EmbeddedPostgresWatchdog.class.getName(), LeftoverPostgres.class.getName());
		String allowedNames = "(" + String.join("|", allowed).replace(".", "\\.") + ")(\\$.*)?";
		noClasses().that()
			.haveNameNotMatching(allowedNames)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.zonky..")
			.because("the container's jar has no io.zonky classes: only the auto-configuration, which is skipped "
					+ "without them, may load the classes that use them")
			.check(classes);
		noClasses().that()
			.haveNameNotMatching(allowedNames)
			.should()
			.dependOnClassesThat()
			.haveNameMatching("(" + EmbeddedPostgresWatchdog.class.getName().replace(".", "\\.") + "|"
					+ LeftoverPostgres.class.getName().replace(".", "\\.") + ")(\\$.*)?")
			.because("the classes that use the library are created by the auto-configuration alone")
			.check(classes);
	}

}
