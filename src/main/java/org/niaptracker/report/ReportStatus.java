package org.niaptracker.report;

/**
 * Where a progress report stands in its life cycle. Only published reports are public.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, ACCEPTED, PUBLISHED

}
