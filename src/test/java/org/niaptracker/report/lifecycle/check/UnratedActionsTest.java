package org.niaptracker.report.lifecycle.check;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.ReportViews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class UnratedActionsTest {

	private final UnratedActions check = new UnratedActions();

	@Test
	void aFullyRatedReportHasNoFinding() {
		assertThat(this.check.check(ReportViews.sc66Like().build())).isEmpty();
	}

	@Test
	void findsEachUnratedActionWithItsNumberAndAnchor() {
		var report = ReportViews.sc66Like().unrated("1.2").unrated("5.2").build();

		assertThat(this.check.check(report).toList())
			.extracting(Finding::messageKey, Finding::actionNumber, Finding::anchor)
			.containsExactly(tuple("check.unrated", "1.2", "action-1.2"), tuple("check.unrated", "5.2", "action-5.2"));
	}

	@Test
	void theActionNumberIsTheMessageArgument() {
		var report = ReportViews.report().action("3.1", "Title", null, "A point").build();

		assertThat(this.check.check(report).toList()).singleElement()
			.satisfies((finding) -> assertThat(finding.getArguments()).containsExactly("3.1"));
	}

	@Test
	void aReportWithoutActionsHasNoFinding() {
		assertThat(this.check.check(ReportViews.report().build())).isEmpty();
	}

}
