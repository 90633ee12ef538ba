package org.niaptracker.report.lifecycle.check;

import org.niaptracker.report.ReportView;

import java.util.List;

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

	public List<Finding> run(ReportView report) {
		return this.checks.stream().flatMap((check) -> check.check(report)).toList();
	}

}
