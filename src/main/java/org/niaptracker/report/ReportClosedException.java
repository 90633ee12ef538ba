package org.niaptracker.report;

import org.niaptracker.model.RuleViolationException;

/**
 * A change reached a report that is no longer open for editing (it was submitted in the
 * meantime). Nothing was written.
 */
public class ReportClosedException extends RuleViolationException {

	public ReportClosedException(ReportStatus status) {
		super("report.closed", "The report is " + status + ", no longer open for editing");
	}

}
