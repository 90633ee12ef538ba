package org.niaptracker.model;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Phrases made into one sentence in the reader's language: joined by the language's own
 * separator ({@code phrases.join}: "a; b" in English and Spanish, "a ; b" with a narrow
 * no-break space in French), never a separator written in code.
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

}
