package org.niaptracker.report.lifecycle;

import org.niaptracker.report.ReportStatus;

/**
 * The head of a report's page (where the report sits, what the reader may open, its
 * downloads): the values its kept fragment, {@code report/report-head.html}, is rendered
 * from. Readers who may do the same with the same report share it.
 *
 * @param partyCode the Party's code
 * @param partyName the Party's name
 * @param meetingCode the meeting's code
 * @param status where the report stands in its life cycle
 * @param canEdit whether the reader may edit the report now
 * @param canReadReview whether the reader may open the review page
 * @param canReadHowItWasWritten whether the reader may read the history
 * @param hasTimeline whether the page shows a timeline to link to
 */
public record ReportHead(String partyCode, String partyName, String meetingCode, ReportStatus status, boolean canEdit,
		boolean canReadReview, boolean canReadHowItWasWritten, boolean hasTimeline) {

	public boolean isPublished() {
		return this.status == ReportStatus.PUBLISHED;
	}

}
