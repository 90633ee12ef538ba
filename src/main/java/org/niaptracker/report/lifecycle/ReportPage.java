package org.niaptracker.report.lifecycle;

import org.niaptracker.report.AssessmentView;
import org.niaptracker.report.ReportView;
import org.niaptracker.report.lifecycle.check.Finding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report's page: the report as the reader may see it, where it stands in its life
 * cycle, and what the reader may do with it.
 *
 * @param report the report; for the Secretariat, while its Party revises it, the last
 * submission
 * @param version the report's version, carried by the life-cycle forms
 * @param timeline every move, oldest first
 * @param steps the moves the current user may make now
 * @param findings what to fix before submitting (drafts only)
 * @param shownSubmission the submission shown instead of the draft, or null
 * @param canEdit whether the current user may edit the report now
 * @param assessments the Secretariat's ratings by action number, where the user may see
 * them
 * @param canReadReview whether the current user may open the review page
 * @param canReadHowItWasWritten whether the current user may read the history, the
 * timeline and the submissions (the Party, the Secretariat, administrators)
 * @param recorded whether the Secretariat recorded the report from the past
 * @param submittedOn the day the Party sent the report, or null while it has not
 * @param numbers the form that gives the report its document and annex numbers, for the
 * Secretariat and administrators before publication; null for everyone else
 */
public record ReportPage(ReportView report, int version, List<TimelineEntry> timeline, List<LifecycleStep> steps,
		List<Finding> findings, TimelineEntry shownSubmission, boolean canEdit, Map<String, AssessmentView> assessments,
		boolean canReadReview, boolean canReadHowItWasWritten, boolean recorded, LocalDate submittedOn,
		DocumentNumbersForm numbers) {

	public boolean isSubmissionShown() {
		return this.shownSubmission != null;
	}

	/** What the head of the page shows, and nothing else. */
	public ReportHead head() {
		return new ReportHead(this.report.partyCode(), this.report.partyName(), this.report.meetingCode(),
				this.report.status(), this.canEdit, this.canReadReview, this.canReadHowItWasWritten,
				!this.timeline.isEmpty());
	}

	/** The checks and moves the page shows, and nothing else. */
	public ReportWork work() {
		return new ReportWork(this.report.partyCode(), this.report.meetingCode(),
				this.report.status().isOpen() && !isSubmissionShown(), findings(false), findings(true), this.canEdit,
				this.steps, this.version);
	}

	/** The findings that block submission ({@code warning} false) or only warn. */
	private List<Finding> findings(boolean warning) {
		return this.findings.stream().filter((finding) -> finding.warning() == warning).toList();
	}

	/** Roughly how many bytes the page holds, for the bound of what is kept. */
	int approximateBytes() {
		return this.report.approximateBytes() + 256 * (this.timeline.size() + this.findings.size())
				+ 128 * this.assessments.size() + 512;
	}

}
