package org.niaptracker.model;

/**
 * A form value that passed its own checks but breaks a rule of the domain (a rating not
 * on the report's scale, a meeting that is not next, a username already taken). Carries
 * the form field and the message key to show beside it.
 */
public class RejectedValueException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public RejectedValueException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
