package org.niaptracker.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.niaptracker.party.PartyCategory;
import org.niaptracker.party.ProcessStatus;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.tracking.ShareChart;

/**
 * One page of the dashboard: its filter, its rows, where it stands among the pages, and
 * the meetings a reader may filter by.
 *
 * @param total Parties that match the filter, on every page
 * @param pages at least 1
 */
public record DashboardPage(DashboardFilter filter, List<Row> rows, long total, int pages, List<String> meetings) {

	public boolean hasPrevious() {
		return this.filter.page() > 1;
	}

	public boolean hasNext() {
		return this.filter.page() < this.pages;
	}

	public String previousLink() {
		return this.filter.onPage(this.filter.page() - 1).link();
	}

	public String nextLink() {
		return this.filter.onPage(this.filter.page() + 1).link();
	}

	/** The first row's number on this page, from 1 (0 when there is none). */
	public long from() {
		return this.rows.isEmpty() ? 0 : (long) (this.filter.page() - 1) * DashboardFilter.PAGE_SIZE + 1;
	}

	public long to() {
		return this.rows.isEmpty() ? 0 : from() + this.rows.size() - 1;
	}

	/** Links to each order of the rows, with the rest of the filter. */
	public List<SortLink> sorts() {
		List<SortLink> links = new ArrayList<>();
		for (DashboardFilter.Sort sort : DashboardFilter.Sort.values()) {
			links.add(new SortLink(sort.param(), this.filter.sortedBy(sort).link(), sort == this.filter.sort()));
		}
		return links;
	}

	public record SortLink(String key, String link, boolean current) {
	}

	/**
	 * Roughly how many bytes the page holds (its texts, two bytes a character, and some
	 * for each object), to bound how many pages an instance keeps.
	 */
	int approximateBytes() {
		int bytes = 512;
		for (Row row : this.rows) {
			bytes += 512
					+ 2 * (row.name().length() + row.trend().title().length() + row.trend().description().length());
			for (ShareChart.Bar bar : row.trend().bars()) {
				bytes += 128 + 160 * bar.segments().size();
			}
		}
		return bytes;
	}

	/**
	 * The ratings in the rows' charts, each colour once, in order of first appearance.
	 */
	public List<ShareChart.Segment> legend() {
		Map<String, ShareChart.Segment> legend = new LinkedHashMap<>();
		for (Row row : this.rows) {
			for (ShareChart.Segment segment : row.trend().legend()) {
				legend.putIfAbsent(segment.label() + segment.colour(), segment);
			}
		}
		return List.copyOf(legend.values());
	}

	/**
	 * One Party.
	 *
	 * @param meetingCode the meeting of the report shown (the latest, or the filter's),
	 * or null when the reader sees none
	 * @param dueMeetingCode the meeting the report is overdue for, when overdue
	 * @param trend the shares of its latest reports with figures, oldest first (no bars:
	 * none)
	 * @param achievedPercent of the latest figures, null when there are none
	 * @param exitMeeting the meeting of the Secretariat's assessment rating every action
	 * achieved or substantially achieved, or null
	 */
	public record Row(String code, String name, PartyCategory category, ProcessStatus status, String meetingCode,
			ReportStatus reportStatus, LocalDate submittedOn, boolean late, boolean overdue, String dueMeetingCode,
			ShareChart trend, Integer achievedPercent, int achieved, int total, String exitMeeting) {

		public String latestFiguresMeeting() {
			return this.trend.isEmpty() ? null : this.trend.bars().get(this.trend.bars().size() - 1).label();
		}

		/** The message key of its category's name. */
		public String categoryKey() {
			return (this.category != null) ? "dashboard.category." + this.category.name() : "party.category.none";
		}

		/** The message key of its process status's name. */
		public String statusKey() {
			return (this.status != null) ? "party.status." + this.status.name() : "party.status.none";
		}

		public ShareChart.Bar latest() {
			return this.trend.isEmpty() ? null : this.trend.bars().get(this.trend.bars().size() - 1);
		}

	}

}
