package org.niaptracker.party;

import java.util.Locale;

/**
 * The meeting that decided a Party's category or process status: the Conference of the
 * Parties ("CoP17") or the Standing Committee ("SC69"). Typed in any case, stored as
 * written in CITES documents.
 */
final class DecisionMeeting {

	/** The form's pattern (after {@link #normalise}): empty, or a meeting code. */
	static final String PATTERN = "|(CoP|SC)[0-9]{1,3}";

	private DecisionMeeting() {
	}

	/** "cop17" becomes "CoP17", "sc69" "SC69"; anything else is kept as typed. */
	static String normalise(String code) {
		if (code == null) {
			return null;
		}
		String upper = code.strip().toUpperCase(Locale.ROOT);
		if (upper.matches("COP[0-9]{1,3}")) {
			return "CoP" + upper.substring(3);
		}
		if (upper.matches("SC[0-9]{1,3}")) {
			return upper;
		}
		return code;
	}

}
