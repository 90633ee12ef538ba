package org.niaptracker.importing;

/**
 * A document or an upload the import refuses, with the message key that says why. The
 * message of the exception never holds the document's content, so that it can be logged;
 * its {@code detail}, shown to the person who uploaded it (where a JSON file breaks the
 * schema, say), is not logged.
 */
public class ImportRefusedException extends RuntimeException {

	private final String messageKey;

	private final String detail;

	public ImportRefusedException(String messageKey, String reason) {
		this(messageKey, reason, null);
	}

	public ImportRefusedException(String messageKey, String reason, String detail) {
		super(reason);
		this.messageKey = messageKey;
		this.detail = detail;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	/** What the page may add to the message ({1} of the message), or null. */
	public String getDetail() {
		return this.detail;
	}

}
