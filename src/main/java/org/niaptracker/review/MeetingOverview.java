package org.niaptracker.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.niaptracker.report.ReportStatus;

/**
 * Every Party's report to one meeting, as the Secretariat follows them: status, dates,
 * and the actions per rating, the Party's figures with the Secretariat's beside them
 * where they differ (as the SC documents' overview tables print them).
 */
public record MeetingOverview(String meetingCode, int meetingNumber, LocalDate startsOn, LocalDate reportDueOn,
		List<Rating> ratings, List<Row> rows, List<String> otherMeetings, OverviewPages pages, Summary summary) {

	/**
	 * Whether any report to the meeting is published (and so in its one-PDF download).
	 */
	public boolean hasPublished() {
		return this.summary.published() > 0;
	}

	/** Whether any report to the meeting has actions to count. */
	public boolean hasFigures() {
		return this.summary.withFigures() > 0;
	}

	/** A rough size in memory, to bound what is kept ({@code ContentGeneration}). */
	int approximateBytes() {
		return 1024 + this.rows.size() * (320 + 160 * (this.ratings.size() + 1));
	}

	/**
	 * Every Party of the meeting, whichever page is shown: how many reports stand at each
	 * status, how many Parties have none, and how many are overdue.
	 *
	 * @param parties the Parties of the meeting
	 * @param statuses the reports at each status, in the life cycle's order, those with
	 * none left out
	 * @param noReport the Parties without a report
	 * @param overdue the Parties whose report is overdue
	 * @param published the reports published
	 * @param withFigures the reports with actions to count
	 */
	public record Summary(int parties, List<StatusCount> statuses, int noReport, int overdue, int published,
			int withFigures) {

		static Summary of(List<Row> rows) {
			Map<ReportStatus, Integer> counted = new EnumMap<>(ReportStatus.class);
			int noReport = 0;
			int overdue = 0;
			int withFigures = 0;
			for (Row row : rows) {
				if (row.status() == null) {
					noReport++;
				}
				else {
					counted.merge(row.status(), 1, Integer::sum);
				}
				overdue += row.overdue() ? 1 : 0;
				withFigures += (row.total() > 0) ? 1 : 0;
			}
			List<StatusCount> statuses = counted.entrySet()
				.stream()
				.map((entry) -> new StatusCount(entry.getKey(), entry.getValue()))
				.toList();
			return new Summary(rows.size(), statuses, noReport, overdue,
					counted.getOrDefault(ReportStatus.PUBLISHED, 0), withFigures);
		}

	}

	/** How many reports stand at a status. */
	public record StatusCount(ReportStatus status, int count) {

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
