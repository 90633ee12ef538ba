package org.niaptracker.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.niaptracker.tracking.ShareChart.Bar;
import org.niaptracker.tracking.ShareChart.Segment;

/**
 * Builds the bars of a {@link ShareChart} from counts of ratings: percentages that add up
 * to 100 (largest remainders), colours of equivalent ratings alike.
 */
public final class ShareCharts {

	private ShareCharts() {
	}

	/** A rating of a bar's scale, in the scale's order. */
	public record Rating(long id, String code, String label) {
	}

	/**
	 * One bar: the counts of each rating of its scale (by rating id) and of actions not
	 * rated. {@code representatives} come from
	 * {@link org.niaptracker.meeting.RatingEquivalence#representatives()};
	 * {@code unratedLabel} names the actions without a rating.
	 */
	public static Bar bar(String label, String note, List<Rating> scale, Map<Long, Integer> counts, int unrated,
			Map<Long, String> representatives, String unratedLabel) {
		List<Integer> values = new ArrayList<>();
		for (Rating rating : scale) {
			values.add(counts.getOrDefault(rating.id(), 0));
		}
		values.add(unrated);
		int total = values.stream().mapToInt(Integer::intValue).sum();
		int[] percents = percents(values, total);
		List<Segment> segments = new ArrayList<>();
		for (int i = 0; i < scale.size(); i++) {
			Rating rating = scale.get(i);
			if (values.get(i) > 0) {
				segments.add(new Segment(rating.code(), rating.label(), values.get(i), percents[i],
						RatingPalette.colour(representatives.getOrDefault(rating.id(), rating.code()))));
			}
		}
		if (unrated > 0) {
			segments.add(new Segment("UNRATED", unratedLabel, unrated, percents[scale.size()], RatingPalette.UNRATED));
		}
		return new Bar(label, note, total, segments);
	}

	/** Whole percentages adding up to 100 (largest remainder first). */
	public static int[] percents(List<Integer> values, int total) {
		int[] percents = new int[values.size()];
		if (total == 0) {
			return percents;
		}
		double[] remainders = new double[values.size()];
		int given = 0;
		for (int i = 0; i < values.size(); i++) {
			double exact = 100.0 * values.get(i) / total;
			percents[i] = (int) Math.floor(exact);
			remainders[i] = exact - percents[i];
			given += percents[i];
		}
		while (given < 100) {
			int best = 0;
			for (int i = 1; i < remainders.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			percents[best]++;
			remainders[best] = -1;
			given++;
		}
		return percents;
	}

}
