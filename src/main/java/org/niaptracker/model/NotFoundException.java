package org.niaptracker.model;

/**
 * Something asked for by its id or code does not exist: the error boundary answers with
 * the 404 page.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
