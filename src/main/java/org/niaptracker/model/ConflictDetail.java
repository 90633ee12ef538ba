package org.niaptracker.model;

/**
 * What a 409 page can show of a conflict beyond "someone else changed this first": the
 * template fragment that renders it (a fragment named {@code detail} taking this object).
 */
public interface ConflictDetail {

	/** The template holding the {@code detail(conflict)} fragment. */
	String template();

}
