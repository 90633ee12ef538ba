package org.niaptracker.report.lifecycle;

/**
 * A life-cycle move that cannot be made now although the user may make it (submission
 * checks failed, the Party already has another open report): the report page shows why.
 */
public class TransitionRefusedException extends RuntimeException {

	private final String messageKey;

	public TransitionRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
