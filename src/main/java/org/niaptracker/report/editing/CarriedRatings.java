package org.niaptracker.report.editing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.niaptracker.report.ReportView.RatingView;

/**
 * A draft carried forward from a report on another rating scale: which actions' ratings
 * were mapped onto the new scale, and which need a new rating.
 *
 * @param fromMeeting the meeting of the report it was carried from
 * @param actions one entry per action that was rated there, in NIAP order
 */
public record CarriedRatings(String fromMeeting, List<Carried> actions) {

	/**
	 * An action's rating in the earlier report and, if the mapping gave one, the rating
	 * it took in the draft (null: it needs a new rating).
	 */
	public record Carried(String number, RatingView from, RatingView mappedTo) {

		public boolean needsRating() {
			return this.mappedTo == null;
		}

		public boolean kept() {
			return this.mappedTo != null && this.mappedTo.code().equals(this.from.code());
		}

	}

	/** Actions whose rating became another one (Challenging to Partial progress). */
	public List<Carried> mapped() {
		return this.actions.stream().filter((action) -> !action.needsRating() && !action.kept()).toList();
	}

	/** Actions whose rating exists under the same name on the new scale (On track). */
	public List<Carried> kept() {
		return this.actions.stream().filter(Carried::kept).toList();
	}

	public List<Carried> needingRating() {
		return this.actions.stream().filter(Carried::needsRating).toList();
	}

	/** By action number, for the note beside each action. */
	public Map<String, Carried> byNumber() {
		return this.actions.stream().collect(Collectors.toMap(Carried::number, Function.identity()));
	}

}
