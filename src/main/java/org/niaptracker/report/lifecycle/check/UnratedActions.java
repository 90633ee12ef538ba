package org.niaptracker.report.lifecycle.check;

import java.util.stream.Stream;

import org.niaptracker.report.ReportView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every action needs a rating of the report's scale. */
@Component
@Order(1)
class UnratedActions implements ReportCheck {

	@Override
	public Stream<Finding> check(ReportView report) {
		return report.actions()
			.stream()
			.filter((action) -> action.rating() == null)
			.map((action) -> Finding.ofAction("check.unrated", action.number()));
	}

}
