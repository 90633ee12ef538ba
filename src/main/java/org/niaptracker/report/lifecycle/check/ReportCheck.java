package org.niaptracker.report.lifecycle.check;

import org.niaptracker.report.ReportView;

import java.util.stream.Stream;

/**
 * One kind of submission check. Each kind is a bean; {@link ReportChecks} runs them all,
 * in their {@link org.springframework.core.annotation.Order}, on the report as its page
 * shows it.
 */
public interface ReportCheck {

	Stream<Finding> check(ReportView report);

}
