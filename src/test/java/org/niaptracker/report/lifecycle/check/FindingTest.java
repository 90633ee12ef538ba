package org.niaptracker.report.lifecycle.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Findings are values: the report page's checks are kept under them, so two findings of
 * the same check on the same text must be equal, arguments included.
 */
class FindingTest {

	@Test
	void findingsAreEqualByValueTheirArgumentsIncluded() {
		Finding leftover = Finding.ofAction("check.leftover.action", "1.2", "[Insert text]");
		assertThat(leftover).isEqualTo(Finding.ofAction("check.leftover.action", "1.2", "[Insert text]"))
			.hasSameHashCodeAs(Finding.ofAction("check.leftover.action", "1.2", "[Insert text]"));
		assertThat(leftover).isNotEqualTo(Finding.ofAction("check.leftover.action", "1.2", "[Other text]"))
			.isNotEqualTo(Finding.ofAction("check.leftover.action", "1.3", "[Insert text]"));
		Finding missing = Finding.of("check.cover.missing", "cover", Finding.label("report.cover.period"));
		assertThat(missing).isEqualTo(Finding.of("check.cover.missing", "cover", Finding.label("report.cover.period")))
			.isNotEqualTo(Finding.of("check.cover.missing", "cover", Finding.label("report.cover.preparedBy")));
		assertThat(Finding.warning("check.partA.total", "part-a", 9, 13))
			.isEqualTo(Finding.warning("check.partA.total", "part-a", 9, 13))
			.isNotEqualTo(Finding.of("check.partA.total", "part-a", 9, 13));
	}

}
