package org.niaptracker.importing;

import java.util.List;
import java.util.Optional;

import org.niaptracker.meeting.ProgressRating;

/**
 * Finds the rating a document names among a scale's ratings, by its label in English,
 * French or Spanish: tolerant of case, accents, brackets, spacing, line breaks and small
 * wording differences between template editions ("Substantially Achieved", "[ON TRACK]",
 * "Sustancialmente logrado", "On-track"); a placeholder is not a rating.
 */
final class RatingMatcher {

	/** What the template says where a rating should be typed. */
	static final List<String> PLACEHOLDERS = List.of("progress rating", "evaluation", "rating", "evaluacion",
			"niveau de progres", "notation");

	/** What the app's own export writes for an action not yet rated. */
	static final List<String> UNRATED = List.of("not yet rated", "pas encore evalue", "aun sin evaluar",
			"pas encore notee", "sin evaluar");

	/**
	 * What was read: a rating, nothing, a placeholder, "not yet rated", or unknown text.
	 */
	enum Kind {

		RATING, BLANK, PLACEHOLDER, UNRATED, UNKNOWN

	}

	record Match(Kind kind, ProgressRating rating) {

	}

	private final List<ProgressRating> ratings;

	RatingMatcher(List<ProgressRating> ratings) {
		this.ratings = List.copyOf(ratings);
	}

	Match match(String text) {
		String key = WordReportParser.normal(text);
		if (key.isEmpty()) {
			return new Match(Kind.BLANK, null);
		}
		if (PLACEHOLDERS.contains(key)) {
			return new Match(Kind.PLACEHOLDER, null);
		}
		if (UNRATED.contains(key)) {
			return new Match(Kind.UNRATED, null);
		}
		String compact = key.replace(" ", "");
		for (ProgressRating rating : this.ratings) {
			for (String label : labels(rating)) {
				if (label.replace(" ", "").equals(compact)) {
					return new Match(Kind.RATING, rating);
				}
			}
		}
		// Small wording differences: a few letters apart.
		ProgressRating best = null;
		int bestDistance = Integer.MAX_VALUE;
		boolean tie = false;
		for (ProgressRating rating : this.ratings) {
			for (String label : labels(rating)) {
				String other = label.replace(" ", "");
				int distance = distance(compact, other);
				if (distance <= Math.max(2, other.length() / 6)) {
					if (distance < bestDistance) {
						best = rating;
						bestDistance = distance;
						tie = false;
					}
					else if (distance == bestDistance && best != rating) {
						tie = true;
					}
				}
			}
		}
		if (best != null && !tie) {
			return new Match(Kind.RATING, best);
		}
		return new Match(Kind.UNKNOWN, null);
	}

	Optional<ProgressRating> byCode(String code) {
		return this.ratings.stream().filter((r) -> r.getCode().equals(code)).findFirst();
	}

	private static List<String> labels(ProgressRating rating) {
		return java.util.stream.Stream.of(rating.getLabel(), rating.getLabelFr(), rating.getLabelEs())
			.filter((l) -> l != null && !l.isBlank())
			.map(WordReportParser::normal)
			.toList();
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
