package org.niaptracker.meeting;

import java.util.Map;
import java.util.Optional;

/**
 * How the ratings of one scale carry over to another, as an immutable value: a rating's
 * target on the other scale, or none when the action needs a new rating. Between a scale
 * and itself every rating keeps itself; between two scales without a defined mapping
 * every rating needs a new rating.
 *
 * @param defined whether a mapping is defined (or the scales are the same)
 * @param identity whether both scales are the same
 * @param targets the target of each mapped rating, by the id of the rating it maps
 */
public record RatingMapping(boolean defined, boolean identity, Map<Long, ProgressRating> targets) {

	public RatingMapping {
		targets = Map.copyOf(targets);
	}

	static RatingMapping sameScale() {
		return new RatingMapping(true, true, Map.of());
	}

	static RatingMapping undefined() {
		return new RatingMapping(false, false, Map.of());
	}

	/**
	 * The rating an action rated {@code from} takes on the other scale; empty when it
	 * needs a new rating.
	 */
	public Optional<ProgressRating> target(ProgressRating from) {
		if (this.identity) {
			return Optional.of(from);
		}
		return Optional.ofNullable(this.targets.get(from.getId()));
	}

}
