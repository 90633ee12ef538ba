package org.niaptracker.review;

import java.util.List;

/**
 * Which of a meeting's Parties a page of its overview lists. An overview has a row for
 * every Party of the meeting, so its page lists {@link #SIZE} of them (a meeting of 600
 * Parties was one page of 1.4 MB); the downloads and the API list them all. Pages are
 * numbered from 1, and a number past the last gives the last page.
 *
 * @param number this page, from 1
 * @param count how many pages there are (at least 1)
 * @param size the rows per page
 * @param parties the rows of the whole overview
 */
public record OverviewPages(int number, int count, int size, int parties) {

	/** Parties per page of an overview. */
	public static final int SIZE = 25;

	/** The page asked for, of an overview of so many Parties. */
	static OverviewPages of(int asked, int parties) {
		int count = Math.max(1, (parties + SIZE - 1) / SIZE);
		return new OverviewPages(Math.min(Math.max(asked, 1), count), count, SIZE, parties);
	}

	/** Every row on one page: the downloads and the API. */
	static OverviewPages whole(int parties) {
		return new OverviewPages(1, 1, Math.max(parties, 1), parties);
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

	public boolean hasNext() {
		return this.number < this.count;
	}

	/** The first row of the page, from 1 (0 when there is none). */
	public int from() {
		return Math.min((this.number - 1) * this.size + 1, this.parties);
	}

	/** The last row of the page, from 1. */
	public int to() {
		return Math.min(this.number * this.size, this.parties);
	}

	/** The page's rows of the whole overview's. */
	<T> List<T> of(List<T> rows) {
		return List.copyOf(rows.subList(Math.max(from() - 1, 0), to()));
	}

}
