package org.niaptracker.report.lifecycle;

import org.niaptracker.report.ReportView;

import java.time.Instant;

/**
 * A report exactly as submitted, with what changed since the previous submission (null
 * for the first).
 */
public record SubmissionView(ReportView report, int number, String submittedBy, Instant submittedAt,
		SubmissionChanges changes) {

}
