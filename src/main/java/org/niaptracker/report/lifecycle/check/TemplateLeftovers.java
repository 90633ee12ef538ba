package org.niaptracker.report.lifecycle.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.niaptracker.report.ReportView;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Text of the Secretariat's template left in the report: bracketed placeholders such as
 * "[Name]" or "[PROGRESS RATING]", and the template's instruction lines (Cambodia's SC66
 * report still carries "Progress summary – if required, note significant achievements,
 * ..." under action 1.2). Looks at every text of the report: titles, points, Part A and
 * the cover.
 */
@Component
@Order(4)
class TemplateLeftovers implements ReportCheck {

	/**
	 * The template's placeholders: a word in capitals, or "[Name]", "[Insert ...]" and
	 * the like. Ordinary brackets in a sentence ("[sic]", "[2015]") are left alone.
	 */
	private static final Pattern PLACEHOLDER = Pattern
		.compile("\\[(?:[A-Z][A-Z0-9 /_-]{2,}|Name|Title|Action|Insert[^\\]]*|Enter[^\\]]*|Describe[^\\]]*)\\]");

	private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015]");

	/** The starts of the template's instruction lines, compared in lower case. */
	private static final List<String> INSTRUCTIONS = List.of("progress summary - if required",
			"note significant achievements, any upcoming challenges", "insert progress rating",
			"summarize progress made");

	@Override
	public Stream<Finding> check(ReportView report) {
		Stream<Finding> actions = report.actions()
			.stream()
			.flatMap((action) -> Stream.concat(Stream.of(action.title()), action.points().stream())
				.map(TemplateLeftovers::leftover)
				.flatMap(Optional::stream)
				.limit(1)
				.map((text) -> Finding.ofAction("check.leftover.action", action.number(), text)));
		Stream<Finding> partA = Stream.of(report.synopsis(), report.progressToDate(), report.futureOutlook())
			.flatMap(List::stream)
			.map(TemplateLeftovers::leftover)
			.flatMap(Optional::stream)
			.map((text) -> Finding.of("check.leftover.partA", "part-a", text));
		Stream<Finding> cover = Stream.of(report.preparedBy(), report.groupHeading(), report.languageLine())
			.map(TemplateLeftovers::leftover)
			.flatMap(Optional::stream)
			.map((text) -> Finding.of("check.leftover.cover", "cover", text));
		return Stream.of(actions, partA, cover).flatMap((stream) -> stream);
	}

	/** The leftover found in a text, as the user will recognise it, if any. */
	static Optional<String> leftover(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Matcher placeholder = PLACEHOLDER.matcher(text);
		if (placeholder.find()) {
			return Optional.of(placeholder.group());
		}
		String normalised = DASHES.matcher(text.strip()).replaceAll("-").toLowerCase(Locale.ROOT);
		return INSTRUCTIONS.stream()
			.filter(normalised::contains)
			.findFirst()
			.map((instruction) -> abbreviate(text.strip()));
	}

	private static String abbreviate(String text) {
		return (text.length() <= 80) ? text : text.substring(0, 79) + "…";
	}

}
