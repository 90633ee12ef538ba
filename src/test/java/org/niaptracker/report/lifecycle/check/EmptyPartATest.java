package org.niaptracker.report.lifecycle.check;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.ReportViews;

import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

class EmptyPartATest {

	private final EmptyPartA check = new EmptyPartA();

	@Test
	void aCompletePartAPasses() {
		assertThat(this.check.check(ReportViews.sc66Like().build())).isEmpty();
	}

	@Test
	void findsEachEmptySectionInTheOrderOfPartA() {
		var report = ReportViews.sc66Like().withoutPartA().build();

		var findings = this.check.check(report).toList();

		assertThat(findings).extracting(Finding::messageKey).containsOnly("check.partA.empty");
		assertThat(findings).extracting(Finding::anchor).containsOnly("part-a");
		assertThat(findings).extracting(Finding::actionNumber).containsOnlyNulls();
		assertThat(findings).extracting(EmptyPartATest::label)
			.containsExactly("edit.partA.synopsis", "report.partA.progressToDate", "report.partA.futureOutlook");
	}

	@Test
	void onlyTheEmptySectionIsFound() {
		var report = ReportViews.sc66Like().futureOutlook().build();

		assertThat(this.check.check(report).toList()).extracting(EmptyPartATest::label)
			.containsExactly("report.partA.futureOutlook");
	}

	/** The section's label: the message key given as the finding's argument. */
	private static String label(Finding finding) {
		return ((MessageSourceResolvable) finding.getArguments()[0]).getCodes()[0];
	}

}
