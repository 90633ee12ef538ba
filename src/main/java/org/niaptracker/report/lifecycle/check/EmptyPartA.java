package org.niaptracker.report.lifecycle.check;

import java.util.List;
import java.util.stream.Stream;

import org.niaptracker.report.ReportView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Part A's three sections must each say something. */
@Component
@Order(3)
class EmptyPartA implements ReportCheck {

	@Override
	public Stream<Finding> check(ReportView report) {
		return Stream
			.of(section("edit.partA.synopsis", report.synopsis()),
					section("report.partA.progressToDate", report.progressToDate()),
					section("report.partA.futureOutlook", report.futureOutlook()))
			.flatMap(Stream::ofNullable);
	}

	private static Finding section(String label, List<String> paragraphs) {
		return paragraphs.isEmpty() ? Finding.of("check.partA.empty", "part-a", Finding.label(label)) : null;
	}

}
