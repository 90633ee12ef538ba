package org.niaptracker.model;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Phrases made into one sentence in the reader's language: joined by the language's own
 * separator ({@code phrases.join}: "a; b" in English and Spanish, "a ; b" with a narrow
 * no-break space in French), never a separator written in code; and the figures they
 * print.
 */
public final class Phrases {

	private Phrases() {
	}

	public static String join(MessageSource messages, List<String> phrases, Locale locale) {
		if (phrases.isEmpty()) {
			return "";
		}
		String joined = phrases.get(0);
		for (int i = 1; i < phrases.size(); i++) {
			joined = messages.getMessage("phrases.join", new Object[] { joined, phrases.get(i) }, locale);
		}
		return joined;
	}

	/**
	 * A percentage (0 to 100) as the messages print it: its digits, as a string. Given
	 * the number itself, {@code MessageFormat} builds a {@code NumberFormat} for it on
	 * every call (15 % of the dashboard's CPU time); English, French and Spanish write
	 * these figures alike.
	 */
	public static String percent(int percent) {
		return Integer.toString(percent);
	}

}
