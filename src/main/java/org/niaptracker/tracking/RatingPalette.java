package org.niaptracker.tracking;

import java.util.List;
import java.util.Map;

/**
 * The colour of a rating in charts, by the code that stands for its group of equivalent
 * ratings: the Secretariat's scales have fixed colours (greens for achieved, blue for on
 * track, orange for partial progress, purple for pending, red for not commenced, grey for
 * unclear); another scale's ratings take colours from a fallback list, always the same
 * for the same code. Colours chosen to stay apart for the common forms of colour
 * blindness; each chart also labels its figures, so colour never carries the meaning
 * alone.
 */
public final class RatingPalette {

	/** An action not rated (yet). */
	public static final String UNRATED = "#d5d9de";

	private static final Map<String, String> KNOWN = Map.of("ACHIEVED", "#0b5d1e", "SUBSTANTIALLY_ACHIEVED", "#4a9f5b",
			"ON_TRACK", "#1c6fb0", "PARTIAL_PROGRESS", "#e08a00", "CHALLENGING", "#e08a00", "PENDING_OTHER_ACTION",
			"#8e63c7", "NOT_COMMENCED", "#c0392b", "UNCLEAR", "#7d858c");

	private static final List<String> FALLBACK = List.of("#00798c", "#d1495b", "#edae49", "#66a182", "#2e4057",
			"#8d96a3", "#a05195", "#f95d6a");

	private RatingPalette() {
	}

	public static String colour(String representativeCode) {
		String known = KNOWN.get(representativeCode);
		if (known != null) {
			return known;
		}
		return FALLBACK.get(Math.floorMod(representativeCode.hashCode(), FALLBACK.size()));
	}

}
