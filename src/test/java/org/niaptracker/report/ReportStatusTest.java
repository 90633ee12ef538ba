package org.niaptracker.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportStatusTest {

	@ParameterizedTest
	@CsvSource({ "DRAFT, true", "SUBMITTED, false", "RETURNED, true", "ACCEPTED, false", "PUBLISHED, false" })
	void onlyADraftOrAReturnedReportIsOpen(ReportStatus status, boolean open) {
		assertThat(status.isOpen()).isEqualTo(open);
	}

	@Test
	void theOpenStatuses() {
		assertThat(ReportStatus.open()).containsExactly(ReportStatus.DRAFT, ReportStatus.RETURNED);
	}

}
