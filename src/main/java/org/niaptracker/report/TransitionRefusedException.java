package org.niaptracker.report;

import java.util.List;

/**
 * A life-cycle move that cannot be made: the message key says why; findings list what to
 * fix when submission checks failed.
 */
public class TransitionRefusedException extends RuntimeException {

	private final String messageKey;

	private final transient List<Finding> findings;

	public TransitionRefusedException(String messageKey, List<Finding> findings) {
		super(messageKey);
		this.messageKey = messageKey;
		this.findings = List.copyOf(findings);
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public List<Finding> getFindings() {
		return this.findings;
	}

}
