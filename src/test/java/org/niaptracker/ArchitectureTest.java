package org.niaptracker;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries of the code: package by feature without cycles, a report core read
 * through its API, thin controllers, domain rules apart from the web. Each rule was seen
 * to fail on a deliberate violation before it was kept.
 */
@AnalyzeClasses(packages = "org.niaptracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String REPORT_WORK = "org.niaptracker.report.(editing|lifecycle|history)..";

	@ArchTest
	static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.niaptracker.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule reportSubpackagesHaveNoCycles = slices().matching("org.niaptracker.report.(*)..")
		.should()
		.beFreeOfCycles();

	/** The core knows nothing of the work done on reports. */
	@ArchTest
	static final ArchRule reportCoreDependsOnNoWorkOnIt = noClasses().that()
		.resideInAPackage("org.niaptracker.report")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.niaptracker.report.editing..", "org.niaptracker.report.lifecycle..",
				"org.niaptracker.report.history..", "org.niaptracker.review..", "org.niaptracker.export..");

	/**
	 * Other features read reports through the core's read API, never its repositories.
	 */
	@ArchTest
	static final ArchRule reportRepositoriesStayInTheReportFeature = noClasses().that()
		.resideOutsideOfPackage("org.niaptracker.report..")
		.should()
		.dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Repository.class)
			.and(com.tngtech.archunit.core.domain.properties.HasName.Predicates
				.nameMatching("org\\.niaptracker\\.report\\..*")));

	/** Exports load the report through the core only: no timeline, steps or history. */
	@ArchTest
	static final ArchRule exportsReadOnlyTheReportCore = noClasses().that()
		.resideInAPackage("org.niaptracker.export..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(REPORT_WORK);

	/**
	 * The review reads a report's life cycle, but neither edits it nor reads its history.
	 */
	@ArchTest
	static final ArchRule reviewDoesNotEditReports = noClasses().that()
		.resideInAPackage("org.niaptracker.review..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.niaptracker.report.editing..", "org.niaptracker.report.history..");

	/**
	 * Review and export read other features' data through those features' services: no
	 * repository of another feature, no SQL of their own over other features' tables.
	 * (The export's own repository is that of its kept files.)
	 */
	@ArchTest
	static final ArchRule reviewUsesOnlyItsOwnRepositories = noClasses().that()
		.resideInAPackage("org.niaptracker.review..")
		.should()
		.dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Repository.class)
			.and(com.tngtech.archunit.core.domain.properties.HasName.Predicates
				.nameMatching("org\\.niaptracker\\.(?!review\\.).*")));

	@ArchTest
	static final ArchRule exportUsesOnlyItsOwnRepositories = noClasses().that()
		.resideInAPackage("org.niaptracker.export..")
		.should()
		.dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Repository.class)
			.and(com.tngtech.archunit.core.domain.properties.HasName.Predicates
				.nameMatching("org\\.niaptracker\\.(?!export\\.).*")));

	@ArchTest
	static final ArchRule reviewAndExportRunNoSqlOfTheirOwn = noClasses().that()
		.resideInAnyPackage("org.niaptracker.review..", "org.niaptracker.export..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(JdbcClient.class);

	@ArchTest
	static final ArchRule controllersDoNotUseRepositories = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class);

	/** Domain rules and services know nothing of the web layer. */
	@ArchTest
	static final ArchRule servicesAndDomainDoNotDependOnTheWebPackage = noClasses().that()
		.areAnnotatedWith(Service.class)
		.or()
		.resideInAPackage("org.niaptracker.model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.niaptracker.web..", "org.springframework.web..", "jakarta.servlet..");

	/** The one error boundary: no controller sets a status of its own for a conflict. */
	@ArchTest
	static final ArchRule controllersLeaveConflictsToTheErrorBoundary = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.dao.OptimisticLockingFailureException")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.niaptracker.model.StaleVersionException");

	@ArchTest
	static final ArchRule domainExceptionsLiveInTheDomain = classes().that()
		.haveSimpleNameEndingWith("Exception")
		.and()
		.resideOutsideOfPackage("org.niaptracker.web..")
		.should()
		.notBeAnnotatedWith(org.springframework.web.bind.annotation.ResponseStatus.class);

}
