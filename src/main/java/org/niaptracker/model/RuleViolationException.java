package org.niaptracker.model;

/**
 * A request that is well formed but breaks a rule of the domain in a way no form field
 * can show (a move from the wrong status, a change to a closed report). The error
 * boundary answers 409 with the message of {@link #getMessageKey()}.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	public RuleViolationException(String messageKey, String detail) {
		super(detail);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
