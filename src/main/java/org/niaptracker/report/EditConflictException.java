package org.niaptracker.report;

/**
 * A save met a newer version than the one the form was opened with: someone else changed
 * the record first. Nothing was written.
 */
public class EditConflictException extends RuntimeException {

	public EditConflictException(String message) {
		super(message);
	}

}
