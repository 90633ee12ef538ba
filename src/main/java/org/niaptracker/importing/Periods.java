package org.niaptracker.importing;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cover's reporting period, "November 2014 – September 2015", in English, French or
 * Spanish month names, or as "11/2014 – 09/2015".
 */
final class Periods {

	private static final List<List<String>> MONTHS = List.of(
			List.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
					"november", "december"),
			List.of("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
					"novembre", "decembre"),
			List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
					"noviembre", "diciembre"));

	private static final Pattern MONTH_YEAR = Pattern
		.compile("([a-z]+)\\s+(?:de\\s+)?(\\d{4})|(\\d{1,2})\\s*/\\s*(\\d{4})");

	private Periods() {
	}

	/** The first and last month, each null when not found. */
	static YearMonth[] parse(String text) {
		YearMonth[] period = new YearMonth[2];
		if (text == null) {
			return period;
		}
		int found = 0;
		Matcher matcher = MONTH_YEAR.matcher(WordReportParser.normal(text));
		while (matcher.find() && found < 2) {
			YearMonth month = null;
			if (matcher.group(1) != null) {
				int number = month(matcher.group(1));
				if (number > 0) {
					month = YearMonth.of(Integer.parseInt(matcher.group(2)), number);
				}
			}
			else {
				int number = Integer.parseInt(matcher.group(3));
				if (number >= 1 && number <= 12) {
					month = YearMonth.of(Integer.parseInt(matcher.group(4)), number);
				}
			}
			if (month != null) {
				period[found++] = month;
			}
		}
		return period;
	}

	private static int month(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		for (List<String> language : MONTHS) {
			for (int i = 0; i < 12; i++) {
				if (language.get(i).equals(key) || (key.length() >= 3 && language.get(i).startsWith(key))) {
					return i + 1;
				}
			}
		}
		return 0;
	}

}
