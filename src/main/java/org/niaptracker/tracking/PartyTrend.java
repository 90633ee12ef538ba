package org.niaptracker.tracking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

import org.niaptracker.meeting.MeetingCalendar;
import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.meeting.RatingEquivalence;
import org.niaptracker.model.ContentGeneration;
import org.niaptracker.model.Phrases;
import org.niaptracker.report.ActionHistory;
import org.niaptracker.report.ActionHistory.PartyRatings;
import org.niaptracker.report.ActionHistory.RatedReport;
import org.niaptracker.report.PartyReports;
import org.niaptracker.report.ReportReader;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;
import org.niaptracker.tracking.ShareChart.Bar;
import org.niaptracker.user.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Party's progress over time, as its page shows it to the current reader: the share of
 * actions per rating at each meeting (the Party's ratings, and the Secretariat's where
 * the reader may see them), the change since the previous report by group of equivalent
 * ratings, and each action's rating at each meeting as a strip of coloured cells. Only
 * reports whose ratings the reader may see count (a draft or a returned report only for
 * the Party's own focal points); a fixed number of statements however many meetings and
 * actions.
 */
@Service
@Transactional(readOnly = true)
public class PartyTrend {

	private static final String UNRATED_GROUP = "UNRATED";

	/**
	 * The latest reports the chart and the strips show: a Party in the process for
	 * decades does not get a page that grows with every meeting (its list of reports
	 * still names them all, and each action's page shows all of its ratings).
	 */
	static final int REPORTS_CHARTED = 8;

	private final ReportReader reports;

	private final ActionHistory history;

	private final RatingCounts counts;

	private final RatingEquivalence equivalence;

	private final MeetingCalendar meetings;

	private final MessageSource messages;

	private final ContentGeneration generation;

	private final ContentGeneration.Kind<Asked, PartyPage> kept;

	PartyTrend(ReportReader reports, ActionHistory history, RatingCounts counts, RatingEquivalence equivalence,
			MeetingCalendar meetings, MessageSource messages, ContentGeneration generation) {
		this.reports = reports;
		this.history = history;
		this.counts = counts;
		this.equivalence = equivalence;
		this.meetings = meetings;
		this.messages = messages;
		this.generation = generation;
		this.kept = generation.kind("party_trends", PartyPage::approximateBytes);
	}

	/**
	 * The Party page: the Party with its plan and reports, and its trend. Three
	 * statements for the Party, one for the ratings; when there is a report to chart, one
	 * each for the scales, the equivalences, the counts and (when visible) the
	 * Secretariat's counts; or, kept under the content's generation for a reader who sees
	 * the same, the generation's statement alone. Empty, after that statement alone, when
	 * the generation answers the reader ({@link ContentGeneration#answers}). Kept, or
	 * answered so, it costs no transaction; read, it is read in a read-only transaction
	 * of its own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<PartyPage> page(String partyCode, LongPredicate unchanged) {
		if (this.generation.answers(unchanged)) {
			return Optional.empty();
		}
		return Optional.of(pageFor(partyCode));
	}

	private PartyPage pageFor(String partyCode) {
		NiapUser user = CurrentUser.get().orElse(null);
		Asked asked = new Asked(partyCode, (user != null) ? user.getRole() : null,
				(user != null) ? user.getPartyCode() : null, LocaleContextHolder.getLocale());
		return this.generation.getReading(this.kept, asked, () -> read(partyCode, asked.locale()));
	}

	/**
	 * What a Party page depends on besides the content: which reports and ratings the
	 * reader may see (they follow from the reader's role and Party, as
	 * {@code report.ReportAccess} decides), and the language.
	 */
	private record Asked(String partyCode, Role role, String readerParty, Locale locale) {
	}

	private PartyPage read(String partyCode, Locale locale) {
		PartyReports party = this.reports.getParty(partyCode);
		PartyRatings ratings = this.history.ofParty(partyCode);
		if (ratings.reports().isEmpty()) {
			return new PartyPage(party, null, null, Map.of(), List.of(), 0);
		}
		List<RatedReport> all = ratings.reports();
		List<RatedReport> shown = all.subList(Math.max(0, all.size() - REPORTS_CHARTED), all.size());
		Map<Long, List<ProgressRating>> scales = this.meetings
			.ratingsOfScales(shown.stream().map(RatedReport::scaleId).collect(Collectors.toSet()));
		Map<Long, ProgressRating> byId = new HashMap<>();
		scales.values().forEach((scale) -> scale.forEach((rating) -> byId.put(rating.getId(), rating)));
		Map<Long, String> representatives = this.equivalence.representatives();
		Map<Long, Map<Long, Integer>> partyCounts = this.counts.party(shown.stream().map(RatedReport::id).toList());
		List<Long> assessed = shown.stream().filter(RatedReport::assessmentShown).map(RatedReport::id).toList();
		Map<Long, Map<Long, Integer>> secretariatCounts = this.counts.secretariat(assessed);

		List<Bar> bars = new ArrayList<>();
		for (RatedReport report : shown) {
			List<ShareCharts.Rating> scale = scales.getOrDefault(report.scaleId(), List.of())
				.stream()
				.map((rating) -> new ShareCharts.Rating(rating.getId(), rating.getCode(), label(rating, locale)))
				.toList();
			Map<Long, Integer> own = partyCounts.getOrDefault(report.id(), Map.of());
			bars.add(ShareCharts.bar(report.meetingCode(), message("trend.bar.party", locale), scale, own,
					own.getOrDefault(RatingCounts.UNRATED, 0), representatives, message("trend.unrated", locale)));
			if (report.assessmentShown()) {
				Map<Long, Integer> theirs = secretariatCounts.getOrDefault(report.id(), Map.of());
				bars.add(ShareCharts.bar(report.meetingCode(), message("trend.bar.secretariat", locale), scale, theirs,
						theirs.getOrDefault(RatingCounts.UNRATED, 0), representatives,
						message("trend.unratedBySecretariat", locale)));
			}
		}
		ShareChart chart = new ShareChart("party-trend", message("trend.chart.title", locale, party.name()),
				description(bars, locale), bars);

		Change change = null;
		if (shown.size() >= 2) {
			RatedReport before = shown.get(shown.size() - 2);
			RatedReport after = shown.get(shown.size() - 1);
			change = change(before, after, partyCounts, scales, representatives, locale);
		}

		Map<Long, List<Cell>> strips = new HashMap<>();
		for (PartyReports.NiapPillar pillar : party.niap()) {
			for (PartyReports.NiapAction action : pillar.actions()) {
				Map<Long, Long> byReport = ratings.byLineage().getOrDefault(action.lineageId(), Map.of());
				strips.put(action.lineageId(),
						shown.stream()
							.map((report) -> cell(report.meetingCode(), byReport.get(report.id()), byId,
									representatives, locale))
							.toList());
			}
		}
		return new PartyPage(party, chart, change, strips,
				shown.stream().map(RatedReport::meetingCode).distinct().toList(), all.size() - shown.size());
	}

	private Cell cell(String meeting, Long ratingId, Map<Long, ProgressRating> byId, Map<Long, String> representatives,
			Locale locale) {
		if (ratingId == null) {
			return new Cell(meeting, message("trend.strip.notInReport", locale, meeting), null);
		}
		ProgressRating rating = byId.get(ratingId);
		if (rating == null) {
			return new Cell(meeting, message("trend.strip.cell", locale, meeting, message("trend.unrated", locale)),
					RatingPalette.UNRATED);
		}
		return new Cell(meeting, message("trend.strip.cell", locale, meeting, label(rating, locale)),
				RatingPalette.colour(representatives.getOrDefault(rating.getId(), rating.getCode())));
	}

	/**
	 * The change in the Party's counts from one report to the next, by group of
	 * equivalent ratings (the mappings between scales say which), in the newer scale's
	 * order.
	 */
	private Change change(RatedReport before, RatedReport after, Map<Long, Map<Long, Integer>> partyCounts,
			Map<Long, List<ProgressRating>> scales, Map<Long, String> representatives, Locale locale) {
		Map<String, ChangeRow.Builder> groups = new LinkedHashMap<>();
		List<ProgressRating> newScale = scales.getOrDefault(after.scaleId(), List.of());
		List<ProgressRating> oldScale = scales.getOrDefault(before.scaleId(), List.of());
		for (ProgressRating rating : newScale) {
			groups.computeIfAbsent(group(rating, representatives), (key) -> new ChangeRow.Builder())
				.now(label(rating, locale),
						partyCounts.getOrDefault(after.id(), Map.of()).getOrDefault(rating.getId(), 0));
		}
		for (ProgressRating rating : oldScale) {
			groups.computeIfAbsent(group(rating, representatives), (key) -> new ChangeRow.Builder())
				.then(label(rating, locale),
						partyCounts.getOrDefault(before.id(), Map.of()).getOrDefault(rating.getId(), 0));
		}
		String unrated = message("trend.unrated", locale);
		groups.computeIfAbsent(UNRATED_GROUP, (key) -> new ChangeRow.Builder())
			.now(unrated, partyCounts.getOrDefault(after.id(), Map.of()).getOrDefault(RatingCounts.UNRATED, 0))
			.then(unrated, partyCounts.getOrDefault(before.id(), Map.of()).getOrDefault(RatingCounts.UNRATED, 0));
		List<ChangeRow> rows = groups.values()
			.stream()
			.map(ChangeRow.Builder::build)
			.filter((row) -> row.before() > 0 || row.after() > 0 || !row.ratingNow().equals(unrated))
			.toList();
		List<String> phrases = new ArrayList<>();
		for (ChangeRow row : rows) {
			String label = (row.ratingNow().isEmpty() ? row.ratingThen() : row.ratingNow()).toLowerCase(locale);
			if (row.delta() > 0) {
				phrases.add(message("trend.change.more", locale, row.delta(), label));
			}
			else if (row.delta() < 0) {
				phrases.add(message("trend.change.fewer", locale, -row.delta(), label));
			}
		}
		String summary = phrases.isEmpty() ? message("trend.change.none", locale, before.meetingCode()) : message(
				"trend.change.summary", locale, before.meetingCode(), Phrases.join(this.messages, phrases, locale));
		boolean scalesDiffer = before.scaleId() != after.scaleId();
		String scalesNote = scalesDiffer ? message("trend.change.scalesDiffer", locale, before.meetingCode(),
				oldScale.size(), after.meetingCode(), newScale.size()) : null;
		return new Change(before.meetingCode(), after.meetingCode(), summary, scalesNote, rows);
	}

	/**
	 * Ratings the mappings link share their group's representative; another rating is a
	 * group of its own (the same rating of the same scale).
	 */
	private static String group(ProgressRating rating, Map<Long, String> representatives) {
		String representative = representatives.get(rating.getId());
		return (representative != null) ? "group:" + representative : "rating:" + rating.getId();
	}

	private String description(List<Bar> bars, Locale locale) {
		List<String> parts = new ArrayList<>();
		for (Bar bar : bars) {
			String shares = bar.segments()
				.stream()
				.map((segment) -> message("trend.chart.share", locale, Phrases.percent(segment.percent()),
						segment.label()))
				.collect(Collectors.joining(", "));
			parts.add(message("trend.chart.bar", locale, bar.label(), bar.note(), bar.total(), shares));
		}
		return String.join(" ", parts);
	}

	/**
	 * A rating's name in the reader's language, as {@code fragments/rating :: label}
	 * gives it: the message of its code, else the scale's own label.
	 */
	private String label(ProgressRating rating, Locale locale) {
		String translated = rating.labelIn(locale);
		return this.messages.getMessage("rating." + rating.getCode(), null,
				(translated != null) ? translated : rating.getLabel(), locale);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * What the Party page shows.
	 *
	 * @param party the Party, its plan in force and its reports
	 * @param chart the share of actions per rating at each meeting; null when no report's
	 * ratings may be seen
	 * @param change the change since the previous report; null with fewer than two
	 * reports
	 * @param strips each action (lineage id) to one cell per meeting of the chart
	 * @param meetings the meetings of the chart, oldest first
	 * @param earlier how many reports the reader may see are older than those charted
	 * (the latest {@link #REPORTS_CHARTED})
	 */
	public record PartyPage(PartyReports party, ShareChart chart, Change change, Map<Long, List<Cell>> strips,
			List<String> meetings, int earlier) {

		/** Roughly how many bytes the page holds, to bound how many an instance keeps. */
		int approximateBytes() {
			int bytes = 4096 + 160 * this.party.reports().size();
			for (PartyReports.NiapPillar pillar : this.party.niap()) {
				for (PartyReports.NiapAction action : pillar.actions()) {
					bytes += 96 + 2 * action.title().length();
				}
			}
			for (List<Cell> cells : this.strips.values()) {
				bytes += 64 + 192 * cells.size();
			}
			return bytes;
		}

		/** An action's cells, one per meeting; empty when no meeting is charted. */
		public List<Cell> strip(long lineageId) {
			List<Cell> cells = this.strips.get(lineageId);
			return (cells != null) ? cells : List.of();
		}

	}

	/**
	 * One meeting in an action's strip: its text (for the title and screen readers) and
	 * colour (null when the report did not evaluate the action).
	 */
	public record Cell(String meeting, String text, String colour) {
	}

	/**
	 * The change from one report to the next: a sentence, a note when the scales differ,
	 * and one row per group of equivalent ratings.
	 */
	public record Change(String fromMeeting, String toMeeting, String summary, String scalesNote,
			List<ChangeRow> rows) {
	}

	/**
	 * A group of equivalent ratings: its rating(s) on each scale ("" when the scale has
	 * none of the group), and the actions under it before and after.
	 */
	public record ChangeRow(String ratingThen, String ratingNow, int before, int after) {

		public int delta() {
			return this.after - this.before;
		}

		static final class Builder {

			private final Set<String> then = new LinkedHashSet<>();

			private final Set<String> now = new LinkedHashSet<>();

			private int before;

			private int after;

			Builder then(String label, int count) {
				this.then.add(label);
				this.before += count;
				return this;
			}

			Builder now(String label, int count) {
				this.now.add(label);
				this.after += count;
				return this;
			}

			ChangeRow build() {
				return new ChangeRow(String.join(" / ", this.then), String.join(" / ", this.now), this.before,
						this.after);
			}

		}

	}

}
