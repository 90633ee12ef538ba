package org.niaptracker.export;

import org.niaptracker.report.ReportView;

/**
 * How Part B goes on paper, the same in the PDF and the Word file: a column for the
 * pillars, then one per rating of the report's scale (and "Not yet rated" while actions
 * are unrated). Up to four rating columns fit an A4 portrait page; with more (the
 * six-rating scale of SC69 and SC70, or a draft with unrated actions) Part B gets a
 * landscape page, so that each column stays wide enough for its longest word.
 *
 * @param ratingColumns the columns after the pillar column
 * @param landscape whether Part B is on a landscape page
 */
record PartBLayout(int ratingColumns, boolean landscape) {

	static final int PORTRAIT_RATING_COLUMNS = 4;

	static PartBLayout of(ReportView report) {
		int columns = report.ratings().size() + (report.hasUnrated() ? 1 : 0);
		return new PartBLayout(columns, columns > PORTRAIT_RATING_COLUMNS);
	}

	/** The pillar column's share of the table's width. */
	double pillarShare() {
		return this.landscape ? 0.16 : 0.22;
	}

	/** Each rating column's share of the table's width. */
	double ratingShare() {
		return (1 - pillarShare()) / this.ratingColumns;
	}

}
