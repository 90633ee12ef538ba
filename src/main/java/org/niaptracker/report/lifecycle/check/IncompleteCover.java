package org.niaptracker.report.lifecycle.check;

import java.util.stream.Stream;

import org.niaptracker.report.ReportView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The cover fields a Party fills in: who prepared the report and the reporting period.
 * (The document and annex references are the Secretariat's to give.)
 */
@Component
@Order(5)
class IncompleteCover implements ReportCheck {

	@Override
	public Stream<Finding> check(ReportView report) {
		Stream.Builder<Finding> findings = Stream.builder();
		if (report.preparedBy() == null || report.preparedBy().isBlank()) {
			findings.add(Finding.of("check.cover.missing", "cover", Finding.label("report.cover.preparedBy")));
		}
		if (report.periodStart() == null || report.periodEnd() == null) {
			findings.add(Finding.of("check.cover.missing", "cover", Finding.label("report.cover.period")));
		}
		return findings.build();
	}

}
