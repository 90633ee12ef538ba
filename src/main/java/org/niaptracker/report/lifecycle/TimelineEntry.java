package org.niaptracker.report.lifecycle;

import org.niaptracker.report.ReportStatus;

import java.time.Instant;

/**
 * One move in a report's timeline; {@code submission} numbers the Party's submissions (1,
 * 2, ...) on the moves to Submitted.
 */
public record TimelineEntry(ReportStatus from, ReportStatus to, String actorName, String message, Instant at,
		Integer submission) {

}
