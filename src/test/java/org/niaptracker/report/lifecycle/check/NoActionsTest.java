package org.niaptracker.report.lifecycle.check;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.ReportViews;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NoActionsTest {

	private final NoActions check = new NoActions();

	@Test
	void aReportWithoutActionsCannotBeSubmitted() {
		assertThat(this.check.check(ReportViews.report().build()).toList())
			.extracting(Finding::messageKey, Finding::anchor, Finding::warning)
			.containsExactly(tuple("check.noActions", "part-b", false));
	}

	@Test
	void aReportWithActionsHasNoFinding() {
		assertThat(this.check.check(ReportViews.sc66Like().build())).isEmpty();
	}

	@Test
	void eachActionOfThePlanMissingFromTheReportIsAFindingThatBlocks() {
		ReportChecks checks = new ReportChecks(List.of(this.check, new UnratedActions()), DataSize.ofMegabytes(1),
				new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
		assertThat(checks.run(ReportViews.sc66Like().unrated("1.1").build(), List.of("3.3", "7.1")))
			.extracting(Finding::messageKey, Finding::arguments, Finding::warning)
			.containsExactly(tuple("check.actionMissing", new Object[] { "3.3" }, false),
					tuple("check.actionMissing", new Object[] { "7.1" }, false),
					tuple("check.unrated", new Object[] { "1.1" }, false));
		assertThat(checks.run(ReportViews.sc66Like().build())).as("none missing").isEmpty();
		assertThat(checks.run(ReportViews.sc66Like().unrated("1.1").build(), List.of("3.3", "7.1")))
			.as("the same report again, its findings kept")
			.hasSize(3);
		assertThat(checks.run(ReportViews.sc66Like().unrated("1.1").build(), List.of("3.3")))
			.as("one action less missing")
			.hasSize(2);
	}

}
