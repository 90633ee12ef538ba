package org.niaptracker.report;

import java.time.LocalDate;

/**
 * A line in a list of reports.
 */
public record ReportSummary(String partyCode, String meetingCode, int meetingNumber, ReportStatus status,
		String documentRef, String annexRef, LocalDate periodStart, LocalDate periodEnd) {

	static ReportSummary of(ReportingPeriod report) {
		return new ReportSummary(report.getParty().getCode(), report.getMeeting().getCode(),
				report.getMeeting().getNumber(), report.getStatus(), report.getDocumentRef(), report.getAnnexRef(),
				report.getPeriodStart(), report.getPeriodEnd());
	}

	public String stamp() {
		return ((this.documentRef != null ? this.documentRef : "") + " " + (this.annexRef != null ? this.annexRef : ""))
			.strip();
	}

}
