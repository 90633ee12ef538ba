package org.niaptracker.web;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Ordinal numbers as each CITES language writes them ("66th", "66e", "66.ª"), for the
 * cover line "Prepared for the 66th meeting of the CITES Standing Committee". Used from
 * templates as {@code @ordinals}.
 */
@Component("ordinals")
public class Ordinals {

	public String of(int number, Locale locale) {
		String language = (locale != null) ? locale.getLanguage() : "en";
		return switch (language) {
			case "fr" -> number + ((number == 1) ? "re" : "e");
			case "es" -> number + ".ª";
			default -> number + englishSuffix(number);
		};
	}

	private static String englishSuffix(int number) {
		int lastTwo = number % 100;
		if (lastTwo >= 11 && lastTwo <= 13) {
			return "th";
		}
		return switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
	}

}
