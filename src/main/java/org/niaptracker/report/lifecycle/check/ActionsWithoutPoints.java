package org.niaptracker.report.lifecycle.check;

import java.util.stream.Stream;

import org.niaptracker.report.ReportView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every action needs at least one point in its summary of progress. */
@Component
@Order(2)
class ActionsWithoutPoints implements ReportCheck {

	@Override
	public Stream<Finding> check(ReportView report) {
		return report.actions()
			.stream()
			.filter((action) -> action.points().stream().allMatch(String::isBlank))
			.map((action) -> Finding.ofAction("check.noPoints", action.number()));
	}

}
