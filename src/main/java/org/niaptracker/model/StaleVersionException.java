package org.niaptracker.model;

import java.util.Objects;

/**
 * A save met a newer version than the one the form was opened with: someone else changed
 * the record first. Nothing was written. The one way to compare versions is
 * {@link #check(Integer, int, String)}; the error boundary answers 409 and shows
 * {@link #getDetail()} where the service could say what changed.
 */
public class StaleVersionException extends RuntimeException {

	private final transient ConflictDetail detail;

	public StaleVersionException(String message) {
		this(message, null);
	}

	public StaleVersionException(String message, ConflictDetail detail) {
		super(message);
		this.detail = detail;
	}

	/**
	 * Refuses the save unless the form carries the stored version.
	 * @param seen the version the form was opened with (null when missing)
	 * @param stored the version stored now
	 * @param what what is being saved, for the log
	 */
	public static void check(Integer seen, int stored, String what) {
		if (!isCurrent(seen, stored)) {
			throw new StaleVersionException(what + ": form version " + seen + ", stored " + stored);
		}
	}

	public static boolean isCurrent(Integer seen, int stored) {
		return Objects.equals(seen, stored);
	}

	/** What the page can show of the change (a comparison), or null. */
	public ConflictDetail getDetail() {
		return this.detail;
	}

}
