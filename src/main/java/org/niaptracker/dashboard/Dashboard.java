package org.niaptracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;

import org.niaptracker.meeting.MeetingCalendar;
import org.niaptracker.meeting.RatingEquivalence;
import org.niaptracker.model.ContentGeneration;
import org.niaptracker.model.Phrases;
import org.niaptracker.party.PartyProfile;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;
import org.niaptracker.tracking.RatingCounts;
import org.niaptracker.tracking.ShareChart;
import org.niaptracker.tracking.ShareCharts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

	/** The ratings whose actions count as achieved ("Sort by share achieved"). */
	private static final Set<String> ACHIEVED = Set.of("ACHIEVED", "SUBSTANTIALLY_ACHIEVED");

	private final DashboardQuery query;

	private final RatingCounts counts;

	private final RatingEquivalence equivalence;

	private final MeetingCalendar meetings;

	private final MessageSource messages;

	private final Clock clock;

	private final ContentGeneration generation;

	private final ContentGeneration.Kind<Asked, DashboardPage> kept;

	Dashboard(DashboardQuery query, RatingCounts counts, RatingEquivalence equivalence, MeetingCalendar meetings,
			MessageSource messages, Clock clock, ContentGeneration generation) {
		this.query = query;
		this.counts = counts;
		this.equivalence = equivalence;
		this.meetings = meetings;
		this.messages = messages;
		this.clock = clock;
		this.generation = generation;
		this.kept = generation.kind("dashboards", DashboardPage::approximateBytes);
	}

	/**
	 * The page as the current user may see it: kept in this instance's memory under the
	 * content's generation, for every reader who sees the same (signed out, a focal point
	 * of the same Party, the Secretariat), on the same day and in the same language.
	 * Empty, after the generation's statement alone, when the generation answers the
	 * reader ({@link ContentGeneration#answers}): {@code answers} gives that test for
	 * what the page shows besides the content, its filter and the day (a report is late
	 * or overdue from a date). Kept, or answered so, it costs no transaction; read, it is
	 * read in a read-only transaction of its own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<DashboardPage> page(DashboardFilter filter, Locale locale,
			Function<String, LongPredicate> answers) {
		Asked asked = asked(filter, locale);
		// A view with values it ignored (a mistyped link) is rendered each time and never
		// kept, so that what readers type does not fill the kept pages.
		if (filter.ignored().isEmpty()
				&& this.generation.answers(answers.apply("dashboard:" + filter + ":" + asked.today()))) {
			return Optional.empty();
		}
		return Optional.of(this.generation.getReading(this.kept, asked, () -> read(asked)));
	}

	private Asked asked(DashboardFilter filter, Locale locale) {
		NiapUser user = CurrentUser.get().orElse(null);
		boolean all = user != null && user.isSecretariatOrAdmin();
		String own = (user != null && user.getPartyCode() != null) ? user.getPartyCode() : "";
		return new Asked(filter, all, own, LocalDate.now(this.clock), locale);
	}

	/** What a page depends on besides the content. */
	private record Asked(DashboardFilter filter, boolean all, String own, LocalDate today, Locale locale) {
	}

	private DashboardPage read(Asked asked) {
		DashboardFilter filter = asked.filter();
		boolean all = asked.all();
		String own = asked.own();
		Locale locale = asked.locale();
		DashboardQuery.Result result = this.query.rows(filter, all, own, asked.today());
		if (result.rows().isEmpty() && filter.page() > 1) {
			// Past the last page (an old link): the last page.
			long total = this.query.rows(filter.onPage(1), all, own, asked.today()).total();
			filter = filter.onPage(pages(total));
			result = this.query.rows(filter, all, own, asked.today());
		}
		int pages = pages(result.total());
		List<Long> reports = new ArrayList<>();
		result.rows().forEach((row) -> reports.addAll(row.trendIds()));
		Map<Long, Map<Long, Integer>> counted = this.counts.party(reports);
		Map<Long, List<ShareCharts.Rating>> scales = scales(locale);
		Set<Long> achieved = new HashSet<>();
		scales.values()
			.forEach((ratings) -> ratings.stream()
				.filter((rating) -> ACHIEVED.contains(rating.code()))
				.forEach((rating) -> achieved.add(rating.id())));
		Map<Long, String> representatives = this.equivalence.representatives();
		String unrated = message("dashboard.unrated", locale);
		List<DashboardPage.Row> rows = new ArrayList<>();
		for (DashboardQuery.Row row : result.rows()) {
			rows.add(row(row, counted, scales, achieved, representatives, unrated, locale));
		}
		return new DashboardPage(filter, List.copyOf(rows), result.total(), pages, List.copyOf(this.meetings.codes()));
	}

	private static int pages(long total) {
		return (int) Math.max(1, (total + DashboardFilter.PAGE_SIZE - 1) / DashboardFilter.PAGE_SIZE);
	}

	/**
	 * A row, its trend's bars and its latest figures' achieved actions from the counts of
	 * ratings of its reports.
	 * @param achieved the ids of the ratings "achieved" and "substantially achieved" of
	 * every scale
	 */
	private DashboardPage.Row row(DashboardQuery.Row row, Map<Long, Map<Long, Integer>> counted,
			Map<Long, List<ShareCharts.Rating>> scales, Set<Long> achieved, Map<Long, String> representatives,
			String unrated, Locale locale) {
		String name = new PartyProfile(row.code(), row.name(), row.nameFr(), row.nameEs(), null, null, null, null)
			.nameIn(locale);
		List<ShareChart.Bar> bars = new ArrayList<>();
		for (int i = 0; i < row.trendIds().size(); i++) {
			Map<Long, Integer> counts = new HashMap<>(counted.getOrDefault(row.trendIds().get(i), Map.of()));
			Integer notRated = counts.remove(RatingCounts.UNRATED);
			bars.add(ShareCharts.bar(row.trendMeetings().get(i), "",
					scales.getOrDefault(row.trendScales().get(i), List.of()), counts, (notRated != null) ? notRated : 0,
					representatives, unrated));
		}
		// The figures in the title too: its tooltip is the only one of the chart.
		String description = description(bars, locale);
		String title = message("dashboard.trend.title", locale, name, description);
		ShareChart trend = new ShareChart("trend-" + row.code(), title, description, bars);
		int actions = 0;
		int achievedActions = 0;
		if (!row.trendIds().isEmpty()) {
			Map<Long, Integer> latest = counted.getOrDefault(row.trendIds().get(row.trendIds().size() - 1), Map.of());
			for (Map.Entry<Long, Integer> count : latest.entrySet()) {
				actions += count.getValue();
				achievedActions += achieved.contains(count.getKey()) ? count.getValue() : 0;
			}
		}
		Integer percent = (actions > 0) ? Math.round(100f * achievedActions / actions) : null;
		return new DashboardPage.Row(row.code(), name, row.category(), row.status(), row.meetingCode(),
				row.reportStatus(), row.submittedOn(), row.late(), row.overdue(), row.dueMeetingCode(), trend, percent,
				achievedActions, actions, row.exitMeeting());
	}

	/**
	 * The figures in words: "SC108: Achieved 20%, On track 40% …; SC109: …", with each
	 * language's spacing around the colon and the percent sign (French: a narrow no-break
	 * space before both).
	 */
	private String description(List<ShareChart.Bar> bars, Locale locale) {
		if (bars.isEmpty()) {
			return message("dashboard.trend.none", locale);
		}
		List<String> parts = new ArrayList<>();
		for (ShareChart.Bar bar : bars) {
			List<String> segments = new ArrayList<>();
			for (ShareChart.Segment segment : bar.segments()) {
				segments
					.add(message("dashboard.trend.share", locale, segment.label(), Phrases.percent(segment.percent())));
			}
			parts.add(message("dashboard.trend.bar", locale, bar.label(), String.join(", ", segments)));
		}
		return Phrases.join(this.messages, parts, locale) + ".";
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
