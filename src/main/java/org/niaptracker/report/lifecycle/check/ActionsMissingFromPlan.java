package org.niaptracker.report.lifecycle.check;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every action of the plan revision a report follows has its evaluation in the report: an
 * action of the plan missing from the report (for instance after the report was moved
 * onto a newer revision) would go unreported.
 */
final class ActionsMissingFromPlan {

	private ActionsMissingFromPlan() {
	}

	/** One finding per action of the plan the report does not evaluate. */
	static Stream<Finding> check(List<String> actionsNotEvaluated) {
		return actionsNotEvaluated.stream().map((number) -> Finding.of("check.actionMissing", "part-b", number));
	}

}
