package org.niaptracker.report;

import java.util.Arrays;
import java.util.List;

/**
 * Where a progress report stands in its life cycle. Only published reports are public.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, ACCEPTED, PUBLISHED;

	/**
	 * The one rule for "the Party may change this report": a draft, or a report the
	 * Secretariat returned for revision. Entities, services and templates all ask here.
	 */
	public boolean isOpen() {
		return this == DRAFT || this == RETURNED;
	}

	/** The statuses in which a Party's report is open (a Party has at most one). */
	public static List<ReportStatus> open() {
		return Arrays.stream(values()).filter(ReportStatus::isOpen).toList();
	}

}
