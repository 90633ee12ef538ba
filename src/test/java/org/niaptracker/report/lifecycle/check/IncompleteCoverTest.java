package org.niaptracker.report.lifecycle.check;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.ReportViews;

import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

class IncompleteCoverTest {

	private final IncompleteCover check = new IncompleteCover();

	@Test
	void aCompleteCoverPasses() {
		assertThat(this.check.check(ReportViews.sc66Like().build())).isEmpty();
	}

	@Test
	void aBlankPreparedByIsMissing() {
		var report = ReportViews.sc66Like().preparedBy("  ").build();

		assertThat(this.check.check(report).toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.messageKey()).isEqualTo("check.cover.missing");
			assertThat(finding.anchor()).isEqualTo("cover");
			assertThat(finding.actionNumber()).isNull();
			assertThat(label(finding)).isEqualTo("report.cover.preparedBy");
		});
	}

	@Test
	void aPeriodWithoutItsEndIsMissing() {
		var report = ReportViews.sc66Like().period(LocalDate.of(2014, 11, 1), null).build();

		assertThat(this.check.check(report).toList()).extracting(IncompleteCoverTest::label)
			.containsExactly("report.cover.period");
	}

	@Test
	void anEmptyCoverHasBothFindings() {
		var report = ReportViews.sc66Like().preparedBy(null).period(null, null).build();

		assertThat(this.check.check(report).toList()).extracting(IncompleteCoverTest::label)
			.containsExactly("report.cover.preparedBy", "report.cover.period");
	}

	@Test
	void theReferencesAreTheSecretariatsToGive() {
		var report = ReportViews.sc66Like().documentRef(null).annexRef(null).build();

		assertThat(this.check.check(report)).isEmpty();
	}

	private static String label(Finding finding) {
		return ((MessageSourceResolvable) finding.getArguments()[0]).getCodes()[0];
	}

}
