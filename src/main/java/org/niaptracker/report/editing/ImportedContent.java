package org.niaptracker.report.editing;

import java.util.List;
import java.util.Map;

/**
 * What an imported document puts in a report just created for it: Part A and, by action
 * number, each action's rating (a code on the meeting's scale, or null) and points.
 */
public record ImportedContent(String synopsis, String progressToDate, String futureOutlook,
		Map<String, Rated> evaluations) {

	public record Rated(String ratingCode, List<String> points) {
	}

}
