package org.niaptracker.meeting;

import java.util.List;

/**
 * A rating scale as the list of scales shows it: its ratings in order and the meetings
 * that use it (a scale in use keeps every rating it has).
 */
public record ScaleSummary(RatingScale scale, List<ProgressRating> ratings, List<String> meetings) {

	public boolean isInUse() {
		return !this.meetings.isEmpty();
	}

}
