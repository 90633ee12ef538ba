package org.niaptracker.report;

import java.util.Map;

/**
 * A report as the current user may see it: the core's answer to every page and export
 * that shows a report.
 *
 * @param report Parts A, B and C and the cover; for the Secretariat, while the Party
 * revises a returned report, the last submission
 * @param assessments the Secretariat's ratings by action number, where the user may see
 * them
 * @param shownSubmission the number of the submission shown instead of the draft, or null
 * @param version the report's version, carried by forms that change the report
 */
public record VisibleReport(ReportView report, Map<String, AssessmentView> assessments, Integer shownSubmission,
		int version) {

	public boolean isSubmissionShown() {
		return this.shownSubmission != null;
	}

}
