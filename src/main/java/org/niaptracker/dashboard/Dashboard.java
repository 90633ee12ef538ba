package org.niaptracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.niaptracker.meeting.MeetingCalendar;
import org.niaptracker.meeting.RatingEquivalence;
import org.niaptracker.party.PartyProfile;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;
import org.niaptracker.tracking.RatingCounts;
import org.niaptracker.tracking.ShareChart;
import org.niaptracker.tracking.ShareCharts;
import org.niaptracker.user.Role;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process dashboard as its reader may see it. Five statements whatever the number of
 * Parties: the page's rows ({@link DashboardQuery}), the counts of ratings of their
 * reports ({@link RatingCounts}), the scales' ratings, the equivalences between ratings
 * (for colours), and the meetings to filter by.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	private final DashboardQuery query;

	private final RatingCounts counts;

	private final RatingEquivalence equivalence;

	private final MeetingCalendar meetings;

	private final MessageSource messages;

	private final Clock clock;

	Dashboard(DashboardQuery query, RatingCounts counts, RatingEquivalence equivalence, MeetingCalendar meetings,
			MessageSource messages, Clock clock) {
		this.query = query;
		this.counts = counts;
		this.equivalence = equivalence;
		this.meetings = meetings;
		this.messages = messages;
		this.clock = clock;
	}

	public DashboardPage page(DashboardFilter filter, Locale locale) {
		NiapUser user = CurrentUser.get().orElse(null);
		boolean all = user != null && (user.is(Role.SECRETARIAT) || user.is(Role.ADMIN));
		String own = (user != null && user.getPartyCode() != null) ? user.getPartyCode() : "";
		DashboardQuery.Result result = this.query.rows(filter, all, own, LocalDate.now(this.clock));
		if (result.rows().isEmpty() && filter.page() > 1) {
			// Past the last page (an old link): the last page.
			long total = this.query.rows(filter.onPage(1), all, own, LocalDate.now(this.clock)).total();
			filter = filter.onPage(pages(total));
			result = this.query.rows(filter, all, own, LocalDate.now(this.clock));
		}
		int pages = pages(result.total());
		List<Long> reports = new ArrayList<>();
		result.rows().forEach((row) -> reports.addAll(row.trendIds()));
		Map<Long, Map<Long, Integer>> counted = this.counts.party(reports);
		Map<Long, List<ShareCharts.Rating>> scales = scales(locale);
		Map<Long, String> representatives = this.equivalence.representatives();
		List<DashboardPage.Row> rows = new ArrayList<>();
		for (DashboardQuery.Row row : result.rows()) {
			rows.add(row(row, counted, scales, representatives, locale));
		}
		return new DashboardPage(filter, rows, result.total(), pages, this.meetings.codes());
	}

	private static int pages(long total) {
		return (int) Math.max(1, (total + DashboardFilter.PAGE_SIZE - 1) / DashboardFilter.PAGE_SIZE);
	}

	private DashboardPage.Row row(DashboardQuery.Row row, Map<Long, Map<Long, Integer>> counted,
			Map<Long, List<ShareCharts.Rating>> scales, Map<Long, String> representatives, Locale locale) {
		String name = new PartyProfile(row.code(), row.name(), row.nameFr(), row.nameEs(), null, null, null, null)
			.nameIn(locale);
		String unrated = message("dashboard.unrated", locale);
		List<ShareChart.Bar> bars = new ArrayList<>();
		for (int i = 0; i < row.trendIds().size(); i++) {
			Map<Long, Integer> counts = new HashMap<>(counted.getOrDefault(row.trendIds().get(i), Map.of()));
			Integer notRated = counts.remove(RatingCounts.UNRATED);
			bars.add(ShareCharts.bar(row.trendMeetings().get(i), "",
					scales.getOrDefault(row.trendScales().get(i), List.of()), counts, (notRated != null) ? notRated : 0,
					representatives, unrated));
		}
		String title = message("dashboard.trend.title", locale, name);
		ShareChart trend = new ShareChart("trend-" + row.code(), title, description(bars, locale), bars);
		Integer percent = (row.total() > 0) ? Math.round(100f * row.achieved() / row.total()) : null;
		return new DashboardPage.Row(row.code(), name, row.category(), row.status(), row.meetingCode(),
				row.reportStatus(), row.submittedOn(), row.late(), row.overdue(), row.dueMeetingCode(), trend, percent,
				row.achieved(), row.total(), row.exitMeeting());
	}

	/** The figures in words: "SC108: Achieved 20%, On track 40% …; SC109: …". */
	private String description(List<ShareChart.Bar> bars, Locale locale) {
		if (bars.isEmpty()) {
			return message("dashboard.trend.none", locale);
		}
		List<String> parts = new ArrayList<>();
		for (ShareChart.Bar bar : bars) {
			List<String> segments = new ArrayList<>();
			for (ShareChart.Segment segment : bar.segments()) {
				segments.add(segment.label() + " " + segment.percent() + "%");
			}
			parts.add(bar.label() + ": " + String.join(", ", segments));
		}
		return String.join("; ", parts) + ".";
	}

	private Map<Long, List<ShareCharts.Rating>> scales(Locale locale) {
		Map<Long, List<ShareCharts.Rating>> scales = new HashMap<>();
		for (DashboardQuery.ScaleRating rating : this.query.ratings()) {
			String label = switch (locale.getLanguage()) {
				case "fr" -> rating.labelFr();
				case "es" -> rating.labelEs();
				default -> rating.label();
			};
			scales.computeIfAbsent(rating.scaleId(), (id) -> new ArrayList<>())
				.add(new ShareCharts.Rating(rating.id(), rating.code(), label));
		}
		return scales;
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
