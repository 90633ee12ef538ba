package org.niaptracker.report.lifecycle.check;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.ReportViews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ActionsWithoutPointsTest {

	private final ActionsWithoutPoints check = new ActionsWithoutPoints();

	@Test
	void everyActionWithAPointPasses() {
		assertThat(this.check.check(ReportViews.sc66Like().build())).isEmpty();
	}

	@Test
	void findsActionsWithNoPointsOrOnlyBlankOnes() {
		var report = ReportViews.sc66Like().points("2.3").points("4.1", "", "   ").build();

		assertThat(this.check.check(report).toList())
			.extracting(Finding::messageKey, Finding::actionNumber, Finding::anchor)
			.containsExactly(tuple("check.noPoints", "2.3", "action-2.3"),
					tuple("check.noPoints", "4.1", "action-4.1"));
	}

	@Test
	void oneNonBlankPointAmongBlankOnesIsEnough() {
		var report = ReportViews.sc66Like().points("2.3", "", "Funding found.").build();

		assertThat(this.check.check(report)).isEmpty();
	}

	@Test
	void anUnratedActionWithPointsIsNotThisCheckConcern() {
		var report = ReportViews.sc66Like().unrated("1.1").build();

		assertThat(this.check.check(report)).isEmpty();
	}

}
