package org.niaptracker.report.lifecycle.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ibm.icu.text.RuleBasedNumberFormat;
import org.niaptracker.report.ReportView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Figures in the Party's own Part A text that contradict its ratings, in English, French
 * or Spanish: "Nine out of the thirteen actions are rated as on track" beside ten actions
 * on track in Part B. A warning: it does not block submission, since the text may speak
 * of another period, but the Party should look.
 */
@Component
@Order(6)
class PartAFigures implements ReportCheck {

	/**
	 * How many words before a rating's name its number may stand ("nine ... are on
	 * track").
	 */
	private static final int REACH = 9;

	/** The rating names as Parties write them, by rating code, in the three languages. */
	private static final Map<String, List<String>> NAMES = Map.of("SUBSTANTIALLY_ACHIEVED",
			List.of("substantially achieved", "en grande partie réalisée", "en grande partie réalisées",
					"largement réalisée", "largement réalisées", "sustancialmente logrado", "sustancialmente lograda",
					"sustancialmente logrados", "sustancialmente logradas"),
			"ON_TRACK", List.of("on track", "en bonne voie", "en curso", "bien encaminada", "bien encaminadas"),
			"CHALLENGING",
			List.of("challenging", "difficile", "difficiles", "en difficulté", "con dificultades", "difícil",
					"difíciles"),
			"UNCLEAR", List.of("unclear", "peu clair", "peu claire", "peu claires", "incierto", "incierta",
					"poco claro", "poco clara"));

	/**
	 * "nine out of the thirteen actions", "neuf des treize actions", "nueve de las trece
	 * acciones".
	 */
	private static final Pattern TOTAL = Pattern.compile(
			"(\\p{L}+|\\d+) (?:out of (?:the )?|of (?:the )?|des |sur (?:les )?|de (?:las |los )?)(\\p{L}+|\\d+) (?:actions|acciones)\\b");

	/** {@link #NAMES} as words, compared word by word with the text. */
	private static final Map<String, List<String[]>> PHRASES = NAMES.entrySet()
		.stream()
		.collect(Collectors.toMap(Map.Entry::getKey,
				(names) -> names.getValue().stream().map((name) -> name.split(" ")).toList()));

	private static final Pattern ACTION_NUMBER = Pattern.compile("(\\d)\\.(\\d)");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\d_]+");

	private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");

	private static final Pattern TOTAL_WORD = Pattern.compile("actions|acciones");

	private static final Map<String, Integer> NUMBER_WORDS = numberWords();

	/**
	 * Words after which a number names something ("category 2", "action 3"), not a count.
	 */
	private static final Pattern LABELS = Pattern
		.compile("categor(y|ie|ies)|catégorie|categoría|pillar|pilier|pilar|actions?|acci[oó]n|objectifs?|objectives?|"
				+ "objetivos?|activit(y|ies)|activités?|actividad(es)?|annexe?|anexo|doc|sc");

	@Override
	public Stream<Finding> check(ReportView report) {
		String text = String
			.join(" ",
					Stream.of(report.synopsis(), report.progressToDate(), report.futureOutlook())
						.flatMap(List::stream)
						.toList())
			.toLowerCase(Locale.ROOT);
		// Action numbers ("1.2") are not figures.
		text = NOT_A_WORD.matcher(ACTION_NUMBER.matcher(text).replaceAll("$1_$2")).replaceAll(" ");
		Map<String, Long> counts = new HashMap<>();
		report.actions().forEach((action) -> {
			if (action.rating() != null) {
				counts.merge(action.rating().code(), 1L, Long::sum);
			}
		});
		List<Finding> findings = new ArrayList<>();
		Matcher total = TOTAL.matcher(text);
		if (total.find()) {
			Integer said = number(total.group(2));
			if (said != null && said != report.actions().size()) {
				findings.add(Finding.warning("check.partA.total", "part-a", said, report.actions().size()));
			}
		}
		for (Map.Entry<String, Integer> said : said(text, report).entrySet()) {
			long actual = counts.getOrDefault(said.getKey(), 0L);
			if (said.getValue() != actual) {
				findings.add(Finding.warning("check.partA.figure", "part-a", said.getValue(),
						Finding.label("rating." + said.getKey()), actual));
			}
		}
		return findings.stream();
	}

	/** The first figure the text gives for each rating of the report's scale. */
	private static Map<String, Integer> said(String text, ReportView report) {
		String[] words = text.strip().split(" ");
		Map<String, Integer> said = new LinkedHashMap<>();
		for (ReportView.RatingView rating : report.ratings()) {
			for (String[] phrase : PHRASES.getOrDefault(rating.code(), List.of())) {
				for (int i = 0; i + phrase.length <= words.length && !said.containsKey(rating.code()); i++) {
					if (startsAt(words, i, phrase)) {
						for (int j = i - 1; j >= Math.max(0, i - REACH); j--) {
							Integer number = number(words[j]);
							boolean total = j + 1 < words.length && TOTAL_WORD.matcher(words[j + 1]).matches();
							boolean label = j > 0 && LABELS.matcher(words[j - 1]).matches();
							if (number != null && !total && !label) {
								said.put(rating.code(), number);
								break;
							}
						}
					}
				}
			}
		}
		return said;
	}

	private static boolean startsAt(String[] words, int start, String[] phrase) {
		for (int k = 0; k < phrase.length; k++) {
			if (!words[start + k].equals(phrase[k])) {
				return false;
			}
		}
		return true;
	}

	private static Integer number(String word) {
		if (DIGITS.matcher(word).matches()) {
			return Integer.valueOf(word);
		}
		return NUMBER_WORDS.get(word);
	}

	/**
	 * Number words from zero to two hundred, as ICU spells them in the three languages.
	 */
	private static Map<String, Integer> numberWords() {
		Map<String, Integer> words = new HashMap<>();
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))) {
			RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
			for (String ruleSet : spellout.getRuleSetNames()) {
				if (!ruleSet.startsWith("%spellout-cardinal")) {
					continue;
				}
				for (int n = 0; n <= 200; n++) {
					String word = spellout.format(n, ruleSet).toLowerCase(Locale.ROOT);
					if (!word.contains(" ") && !word.contains("-")) {
						words.putIfAbsent(word, n);
					}
				}
			}
		}
		// "one" is also a word of its own ("one of the actions"), and "un"/"une" an
		// article.
		words.remove("un");
		words.remove("une");
		return words;
	}

}
