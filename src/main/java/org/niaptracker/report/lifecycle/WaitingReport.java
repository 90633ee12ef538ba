package org.niaptracker.report.lifecycle;

import java.time.Instant;

import org.niaptracker.report.ReportStatus;

/** A report waiting for someone to act on it, and since when (its last move). */
public record WaitingReport(String partyCode, String partyName, String meetingCode, ReportStatus status,
		Instant since) {

}
