package org.niaptracker.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

import com.ibm.icu.text.RuleBasedNumberFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Part A's sentence on the ratings, generated from the same evaluations as Part B, so the
 * figures in Part A cannot contradict it: "Nine out of the thirteen actions are on track,
 * two substantially achieved and two challenging." Ratings come in order of how many
 * actions have them; numbers are spelled out (ICU4J) in English, French and Spanish.
 */
@Component
public class RatingSummary {

	/**
	 * Building a spell-out format parses ICU's rules for the language (about 5 % of a
	 * report page's CPU time when built per page), so each locale's is built once. A
	 * format is not thread-safe: it is used under its own lock, for a few microseconds.
	 */
	private static final int MOST_LANGUAGES_KEPT = 16;

	private final Map<Locale, RuleBasedNumberFormat> spellouts = new ConcurrentHashMap<>();

	private final MessageSource messages;

	RatingSummary(MessageSource messages) {
		this.messages = messages;
	}

	/** The sentence, or null for a report without actions. */
	public String of(ReportView report, Locale locale) {
		int total = report.actions().size();
		if (total == 0) {
			return null;
		}
		record Group(String code, String label, int position, int count) {
		}
		List<Group> groups = new ArrayList<>();
		for (ReportView.RatingView rating : report.ratings()) {
			int count = (int) report.countRated(rating);
			if (count > 0) {
				String label = rating.labelIn(locale);
				groups
					.add(new Group(rating.code(), (label != null) ? label : rating.label(), rating.position(), count));
			}
		}
		int unrated = (int) report.actions().stream().filter((action) -> action.rating() == null).count();
		if (unrated > 0) {
			groups.add(new Group("unrated", null, Integer.MAX_VALUE, unrated));
		}
		groups.sort(Comparator.comparingInt(Group::count).reversed().thenComparingInt(Group::position));
		RuleBasedNumberFormat spellout = spellout(locale);
		LongFunction<String> words = (number) -> {
			synchronized (spellout) {
				return spellout.format(number);
			}
		};
		Group first = groups.get(0);
		String sentence;
		if (groups.size() == 1) {
			sentence = message("summary.all", locale, words.apply(total), total,
					phrase(first.code(), first.label(), total, locale));
		}
		else {
			StringBuilder text = new StringBuilder(message("summary.first", locale, words.apply(first.count()),
					words.apply(total), first.count(), phrase(first.code(), first.label(), first.count(), locale)));
			for (int i = 1; i < groups.size(); i++) {
				Group group = groups.get(i);
				text.append(message((i == groups.size() - 1) ? "summary.last" : "summary.next", locale,
						words.apply(group.count()), phrase(group.code(), group.label(), group.count(), locale)));
			}
			sentence = text.toString();
		}
		return capitalise(message("summary.sentence", locale, sentence), locale);
	}

	/**
	 * The rating as the sentence says it; for a rating of a scale defined in the app, its
	 * label in quotes ("rated “Done”").
	 */
	private String phrase(String ratingCode, String label, int count, Locale locale) {
		String phrase = this.messages.getMessage("summary.rating." + ratingCode, new Object[] { count }, null, locale);
		return (phrase != null) ? phrase : message("summary.rating.other", locale, label);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * Cardinal numbers in words, in the gender of "action" where the language has one;
	 * kept per locale (the resolved locales are few; past a bound, built each time).
	 */
	private RuleBasedNumberFormat spellout(Locale locale) {
		RuleBasedNumberFormat kept = this.spellouts.get(locale);
		if (kept != null) {
			return kept;
		}
		RuleBasedNumberFormat format = newSpellout(locale);
		if (this.spellouts.size() < MOST_LANGUAGES_KEPT) {
			this.spellouts.putIfAbsent(locale, format);
		}
		return format;
	}

	private static RuleBasedNumberFormat newSpellout(Locale locale) {
		RuleBasedNumberFormat format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
		for (String ruleSet : format.getRuleSetNames()) {
			if (ruleSet.equals("%spellout-cardinal-feminine")) {
				format.setDefaultRuleSet(ruleSet);
			}
		}
		return format;
	}

	private static String capitalise(String text, Locale locale) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}

}
