package org.niaptracker;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.niaptracker.test.BrowserTest;
import org.niaptracker.test.PostgresTest;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Tests say what kind they are through the project's meta-annotations, which wire the
 * database, security and clean-up the same way everywhere: {@link PostgresTest} for the
 * whole application, {@code WebSliceTest} for one controller, {@link BrowserTest} for a
 * journey in Chromium. Plain unit tests need none.
 */
@AnalyzeClasses(packages = "org.niaptracker", importOptions = ImportOption.OnlyIncludeTests.class)
class TestArchitectureTest {

	@ArchTest
	static final ArchRule testsUseTheMetaAnnotations = noClasses().that()
		.resideOutsideOfPackage("org.niaptracker.test")
		.should()
		.beAnnotatedWith(SpringBootTest.class)
		.orShould()
		.beAnnotatedWith(WebMvcTest.class)
		.orShould()
		.beAnnotatedWith(DataJpaTest.class)
		.because("the meta-annotations in org.niaptracker.test wire every test the same way");

	@ArchTest
	static final ArchRule browserTestsAreMarkedAsSuch = classes().that()
		.resideInAPackage("org.niaptracker.browser")
		.and()
		.haveSimpleNameEndingWith("Test")
		.should()
		.beAnnotatedWith(BrowserTest.class);

	@ArchTest
	static final ArchRule testsOfTheWholeApplicationCleanUp = classes().that()
		.areMetaAnnotatedWith(SpringBootTest.class)
		.and()
		.areNotAnnotations()
		.should()
		.beMetaAnnotatedWith(PostgresTest.class);

}
