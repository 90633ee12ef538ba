package org.niaptracker.report.lifecycle;

/**
 * Published when a report moves in its life cycle, for whoever should hear of it (e-mail
 * notices). Listeners act after the move is committed.
 */
public record ReportMovedEvent(String partyCode, String partyName, String meetingCode, LifecycleStep step,
		String actorName, String message) {

}
