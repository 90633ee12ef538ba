package org.niaptracker.model;

/**
 * The work asked for waits for others of its kind and could not start in time (for
 * example, too many files being rendered at once): the error boundary answers 503, with a
 * page that says to try again in a moment. Nothing was changed.
 */
public class BusyException extends RuntimeException {

	public BusyException(String message) {
		super(message);
	}

}
