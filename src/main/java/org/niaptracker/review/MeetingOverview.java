package org.niaptracker.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.niaptracker.report.ReportStatus;

/**
 * Every Party's report to one meeting, as the Secretariat follows them: status, dates,
 * and the actions per rating, the Party's figures with the Secretariat's beside them
 * where they differ (as the SC documents' overview tables print them).
 */
public record MeetingOverview(String meetingCode, int meetingNumber, LocalDate startsOn, LocalDate reportDueOn,
		List<Rating> ratings, List<Row> rows, List<String> otherMeetings) {

	/**
	 * Whether any report to the meeting is published (and so in its one-PDF download).
	 */
	public boolean hasPublished() {
		return this.rows.stream().anyMatch((row) -> row.status() == ReportStatus.PUBLISHED);
	}

	/** Whether any report to the meeting has actions to count. */
	public boolean hasFigures() {
		return this.rows.stream().anyMatch((row) -> row.total() > 0);
	}

	/** A column of the meeting's rating scale. */
	public record Rating(String code, String label) {

	}

	/**
	 * One Party. {@code submittedOn} is the day the Party sent its report (the real date,
	 * for reports the Secretariat recorded), {@code lastSubmitted} its last submission in
	 * the app. {@code partyCounts} and {@code secretariatCounts} count actions per rating
	 * code ("" for not yet rated); where the Secretariat has not rated an action, it
	 * counts the Party's rating.
	 */
	public record Row(String partyCode, String partyName, ReportStatus status, LocalDate submittedOn,
			Instant lastSubmitted, boolean overdue, boolean late, int total, Map<String, Integer> partyCounts,
			Map<String, Integer> secretariatCounts) {

		public int count(String ratingCode) {
			return this.partyCounts.getOrDefault(ratingCode, 0);
		}

		public int secretariatCount(String ratingCode) {
			return this.secretariatCounts.getOrDefault(ratingCode, 0);
		}

		public boolean diverges(String ratingCode) {
			return count(ratingCode) != secretariatCount(ratingCode);
		}

		/** The Party's share of actions in this rating, in whole percent. */
		public int percent(String ratingCode) {
			return share(count(ratingCode));
		}

		public int secretariatPercent(String ratingCode) {
			return share(secretariatCount(ratingCode));
		}

		public int unrated() {
			return count("");
		}

		private int share(int count) {
			if (this.total == 0) {
				return 0;
			}
			return BigDecimal.valueOf(100L * count)
				.divide(BigDecimal.valueOf(this.total), 0, RoundingMode.HALF_UP)
				.intValueExact();
		}

	}

}
