package org.niaptracker.report.history;

/**
 * What a recorded change touched.
 */
public enum ChangedField {

	CREATED, RATING, POINTS, SYNOPSIS, PROGRESS_TO_DATE, FUTURE_OUTLOOK, DOCUMENT_REF, ANNEX_REF, LANGUAGE_LINE,
	GROUP_HEADING, PERIOD_START, PERIOD_END, PREPARED_BY,

	/** The report moved onto a newer revision of the plan (values: revision numbers). */
	PLAN_REVISION

}
