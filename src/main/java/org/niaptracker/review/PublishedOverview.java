package org.niaptracker.review;

import java.time.LocalDate;
import java.util.List;

import org.niaptracker.tracking.ShareChart;

/**
 * A meeting's overview as the public reads it, in the shape of the Standing Committee's
 * document (e.g. SC70 Doc. 27.4 Annex 1): for every Party whose report to the meeting is
 * published, its share of actions in each rating, and the Secretariat's figure beside it
 * where it differs, only where the Secretariat published its assessment. Nothing else: no
 * draft, status, date or unpublished rating goes in.
 *
 * @param documentRef the overview's document ("SC70 Doc. 27.4 Annex 1"), or null
 * @param ratings the columns: the meeting's scale, in order
 * @param withUnrated whether a published report has actions not rated (a column then)
 * @param rows one per published report on this page ({@code pages}), by Party name
 * @param chart one bar per Party of the page: its own ratings
 * @param meetings every meeting's code, oldest first, to switch between overviews
 * @param pages which of the published reports {@code rows} are: all of them in the
 * downloads and the API, one page of them on the page
 * @param summary every published report's actions together (the Parties' own ratings; no
 * Secretariat's figures), whichever page is shown
 */
public record PublishedOverview(String meetingCode, int meetingNumber, LocalDate startsOn, String documentRef,
		List<Column> ratings, boolean withUnrated, List<Row> rows, ShareChart chart, List<String> meetings,
		OverviewPages pages, Row summary) {

	/** Whether any report to the meeting is published: without one there is nothing. */
	public boolean hasPublished() {
		return this.pages.parties() > 0;
	}

	/** A rough size in memory, to bound what is kept ({@code ContentGeneration}). */
	int approximateBytes() {
		int cells = this.ratings.size() + 1;
		return 1024 + (this.rows.size() + 1) * (192 + 64 * cells) + this.chart.bars().size() * (256 + 128 * cells);
	}

	/** Whether the Secretariat's published figures differ anywhere. */
	public boolean hasSecretariatFigures() {
		return this.rows.stream().anyMatch(Row::diverges);
	}

	/** A column: a rating of the meeting's scale, its label in the reader's language. */
	public record Column(String code, String label) {

	}

	/**
	 * One Party's published report.
	 *
	 * @param cells one per rating of the scale, then one for actions not rated when the
	 * overview has that column
	 * @param secretariatPublished whether the Secretariat's ratings of the report are
	 * published (its figures are null otherwise)
	 */
	public record Row(String partyCode, String partyName, int total, List<Cell> cells, boolean secretariatPublished) {

		public boolean diverges() {
			return this.cells.stream().anyMatch(Cell::diverges);
		}

	}

	/**
	 * The actions of one rating: the Party's count and share, and the Secretariat's where
	 * published (null otherwise). Shares are whole percentages that add up to 100 for the
	 * row (largest remainders), as the chart draws them.
	 */
	public record Cell(String ratingCode, int count, int percent, Integer secretariatCount,
			Integer secretariatPercent) {

		/** The Secretariat's published figure differs from the Party's: in brackets. */
		public boolean diverges() {
			return this.secretariatCount != null && this.secretariatCount != this.count;
		}

	}

}
