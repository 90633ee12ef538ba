package org.niaptracker.report.history;

import java.time.Instant;

/**
 * One line of a report's history.
 */
public record ChangeView(String actionNumber, ChangedField field, String oldValue, String newValue, String changedBy,
		Instant changedAt) {

	static ChangeView of(ReportChange change) {
		return new ChangeView((change.getAction() != null) ? change.getAction().getNumber() : null, change.getField(),
				change.getOldValue(), change.getNewValue(), change.getChangedByName(), change.getChangedAt());
	}

}
