package org.niaptracker.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The comments exchanged on a report, for the pages where the Party works on it. The core
 * asks through this interface so that the editor shows the review's comments without
 * depending on the review: the review feature implements it.
 */
public interface ReviewNotes {

	/**
	 * A report's comments by action number ("" for the report as a whole), oldest first,
	 * where the current user may read the review; empty otherwise.
	 */
	Map<String, List<Note>> of(ReportingPeriod report);

	/** One comment: who wrote it, whether for the Secretariat, what and when. */
	record Note(String authorName, boolean fromSecretariat, String body, Instant at) {

	}

}
