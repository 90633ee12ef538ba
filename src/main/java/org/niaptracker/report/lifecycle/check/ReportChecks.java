package org.niaptracker.report.lifecycle.check;

import org.niaptracker.report.ReportView;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * Everything to fix before a report can be submitted. Shown on a draft at any time, and
 * run again when its Party submits it.
 */
@Component
public class ReportChecks {

	private final List<ReportCheck> checks;

	ReportChecks(List<ReportCheck> checks) {
		this.checks = List.copyOf(checks);
	}

	/**
	 * The checks of the report's own text, for a report that evaluates every action of
	 * its plan revision.
	 */
	public List<Finding> run(ReportView report) {
		return run(report, List.of());
	}

	/**
	 * Every check: the actions of the report's plan revision it does not evaluate
	 * ({@code actionsNotEvaluated}, by number), then the checks of its text.
	 */
	public List<Finding> run(ReportView report, List<String> actionsNotEvaluated) {
		return Stream
			.concat(ActionsMissingFromPlan.check(actionsNotEvaluated),
					this.checks.stream().flatMap((check) -> check.check(report)))
			.toList();
	}

}
