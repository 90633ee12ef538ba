package org.niaptracker.importing;

/**
 * A document or an upload the import refuses, with the message key that says why. The
 * message of the exception never holds the document's content, so that it can be logged.
 */
public class ImportRefusedException extends RuntimeException {

	private final String messageKey;

	public ImportRefusedException(String messageKey, String reason) {
		super(reason);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
