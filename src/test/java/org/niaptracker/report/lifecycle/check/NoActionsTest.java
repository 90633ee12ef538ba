package org.niaptracker.report.lifecycle.check;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.ReportViews;

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
		ReportChecks checks = new ReportChecks(List.of(this.check, new UnratedActions()));
		assertThat(checks.run(ReportViews.sc66Like().unrated("1.1").build(), List.of("3.3", "7.1")))
			.extracting(Finding::messageKey, Finding::arguments, Finding::warning)
			.containsExactly(tuple("check.actionMissing", new Object[] { "3.3" }, false),
					tuple("check.actionMissing", new Object[] { "7.1" }, false),
					tuple("check.unrated", new Object[] { "1.1" }, false));
		assertThat(checks.run(ReportViews.sc66Like().build())).as("none missing").isEmpty();
	}

}
