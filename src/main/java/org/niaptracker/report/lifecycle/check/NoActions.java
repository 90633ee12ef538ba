package org.niaptracker.report.lifecycle.check;

import java.util.stream.Stream;

import org.niaptracker.report.ReportView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A report rates at least one action: an empty report is not a progress report. */
@Component
@Order(0)
class NoActions implements ReportCheck {

	@Override
	public Stream<Finding> check(ReportView report) {
		return report.actions().isEmpty() ? Stream.of(Finding.of("check.noActions", "part-b")) : Stream.empty();
	}

}
