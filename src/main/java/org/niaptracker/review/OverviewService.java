package org.niaptracker.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

import org.niaptracker.meeting.Meeting;
import org.niaptracker.meeting.MeetingCalendar;
import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.meeting.RatingEquivalence;
import org.niaptracker.model.ContentGeneration;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.Phrases;
import org.niaptracker.report.PublishedReport;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.lifecycle.MeetingProgress;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.tracking.RatingCounts;
import org.niaptracker.tracking.ShareChart;
import org.niaptracker.tracking.ShareCharts;

import org.springframework.context.MessageSource;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overviews of one meeting.
 * <ul>
 * <li>The Secretariat's ({@link #overview}): every Party with a NIAP, its report's status
 * and dates, and its actions per rating beside the Secretariat's own figures, drafts and
 * unpublished ratings included. The Parties' figures come from the report life cycle, the
 * Secretariat's from its own ratings; four statements whatever the number of Parties and
 * actions.</li>
 * <li>The public one ({@link #published}): the published reports only, with the
 * Secretariat's figures only where it published them; six statements whatever the number
 * of Parties and actions.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class OverviewService {

	private final MeetingCalendar meetings;

	private final MeetingProgress progress;

	private final SecretariatAssessmentRepository assessments;

	private final Clock clock;

	private final ReportReader reports;

	private final RatingCounts counts;

	private final RatingEquivalence equivalence;

	private final MessageSource messages;

	private final ContentGeneration generation;

	private final ContentGeneration.Kind<PublishedAsked, PublishedOverview> publishedOverviews;

	private final ContentGeneration.Kind<StatusAsked, MeetingOverview> statusOverviews;

	OverviewService(MeetingCalendar meetings, MeetingProgress progress, SecretariatAssessmentRepository assessments,
			Clock clock, ReportReader reports, RatingCounts counts, RatingEquivalence equivalence,
			MessageSource messages, ContentGeneration generation) {
		this.meetings = meetings;
		this.progress = progress;
		this.assessments = assessments;
		this.clock = clock;
		this.reports = reports;
		this.counts = counts;
		this.equivalence = equivalence;
		this.messages = messages;
		this.generation = generation;
		this.publishedOverviews = generation.kind("published_overviews", PublishedOverview::approximateBytes);
		this.statusOverviews = generation.kind("status_overviews", MeetingOverview::approximateBytes);
	}

	/**
	 * The public overview of a meeting, in {@code locale}, with every Party whose report
	 * is published (the downloads and the API): its published reports' shares per rating,
	 * the Secretariat's figure where it published its ratings and they differ, and a
	 * chart with one bar per Party. Anyone may read it; a meeting without a published
	 * report has no rows. Kept under the content's generation
	 * ({@link ContentGeneration}); read, it takes six statements for any number of
	 * Parties: the meeting, its scale, the published reports, the Parties' counts, the
	 * Secretariat's published counts, the ratings' colours (and the meetings' codes).
	 */
	public PublishedOverview published(String meetingCode, Locale locale) {
		return this.generation.get(this.publishedOverviews, new PublishedAsked(meetingCode, locale, 0),
				() -> readPublished(meetingCode, locale, 0));
	}

	/**
	 * One page of the public overview ({@link OverviewPages}): its Parties' rows and
	 * chart, with every published report's actions together; kept as {@link #published}.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PublishedOverview publishedPage(String meetingCode, Locale locale, int page) {
		int asked = Math.max(page, 1);
		return this.generation.getReading(this.publishedOverviews, new PublishedAsked(meetingCode, locale, asked),
				() -> readPublished(meetingCode, locale, asked));
	}

	/**
	 * {@link #publishedPage(String, Locale, int)}, or empty, after the content's
	 * generation alone, when the generation answers the reader
	 * ({@link ContentGeneration#answers}). Kept, the page costs the generation's
	 * statement and no transaction; read, it is read in a read-only transaction of its
	 * own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<PublishedOverview> publishedPage(String meetingCode, Locale locale, int page,
			LongPredicate unchanged) {
		if (this.generation.answers(unchanged)) {
			return Optional.empty();
		}
		return Optional.of(publishedPage(meetingCode, locale, page));
	}

	/** What a public overview is read for: a page from 1, or 0 for the whole. */
	private record PublishedAsked(String meetingCode, Locale locale, int page) {
	}

	private PublishedOverview readPublished(String meetingCode, Locale locale, int page) {
		Meeting meeting = this.meetings.find(meetingCode)
			.orElseThrow(() -> new NotFoundException("No meeting " + meetingCode));
		List<ProgressRating> scale = this.meetings.ratingsOf(meeting.getRatingScale());
		List<PublishedReport> published = this.reports.publishedReports(meeting.getCode());
		List<Long> ids = published.stream().map(PublishedReport::id).toList();
		// Only the reports whose Secretariat's ratings are published are asked for them.
		List<Long> assessed = published.stream()
			.filter(PublishedReport::assessmentPublished)
			.map(PublishedReport::id)
			.toList();
		Map<Long, Map<Long, Integer>> party = this.counts.party(ids);
		Map<Long, Map<Long, Integer>> secretariat = this.counts.secretariatElseParty(assessed);
		boolean withUnrated = party.values().stream().anyMatch((c) -> c.getOrDefault(RatingCounts.UNRATED, 0) > 0)
				|| secretariat.values().stream().anyMatch((c) -> c.getOrDefault(RatingCounts.UNRATED, 0) > 0);
		List<ShareCharts.Rating> chartScale = scale.stream()
			.map((rating) -> new ShareCharts.Rating(rating.getId(), rating.getCode(), label(rating, locale)))
			.toList();
		OverviewPages pages = (page == 0) ? OverviewPages.whole(published.size())
				: OverviewPages.of(page, published.size());
		Map<Long, String> representatives = published.isEmpty() ? Map.of() : this.equivalence.representatives();
		String unratedLabel = this.messages.getMessage("rating.unrated", null, locale);
		List<Integer> together = values(scale, Map.of(), withUnrated);
		List<PublishedOverview.Row> rows = new ArrayList<>();
		List<ShareChart.Bar> bars = new ArrayList<>();
		for (int index = 0; index < published.size(); index++) {
			PublishedReport report = published.get(index);
			Map<Long, Integer> own = party.getOrDefault(report.id(), Map.of());
			List<Integer> values = values(scale, own, withUnrated);
			for (int i = 0; i < values.size(); i++) {
				together.set(i, together.get(i) + values.get(i));
			}
			if (index + 1 < pages.from() || index + 1 > pages.to()) {
				continue;
			}
			Map<Long, Integer> theirs = report.assessmentPublished() ? secretariat.getOrDefault(report.id(), Map.of())
					: null;
			rows.add(row(report.partyCode(), report.partyName(), scale, values,
					(theirs != null) ? values(scale, theirs, withUnrated) : null));
			bars.add(ShareCharts.bar(barLabel(report.partyName()), "", chartScale, own,
					own.getOrDefault(RatingCounts.UNRATED, 0), representatives, unratedLabel));
		}
		ShareChart chart = new ShareChart("overview-chart",
				this.messages.getMessage("publicOverview.chart.title", new Object[] { meeting.getCode() }, locale),
				this.messages.getMessage("publicOverview.chart.description",
						new Object[] { meeting.getCode(), describe(rows, bars, locale) }, locale),
				bars);
		List<PublishedOverview.Column> columns = scale.stream()
			.map((rating) -> new PublishedOverview.Column(rating.getCode(), label(rating, locale)))
			.toList();
		return new PublishedOverview(meeting.getCode(), meeting.getNumber(), meeting.getStartsOn(),
				meeting.getOverviewDocumentRef(), columns, withUnrated, List.copyOf(rows), chart, this.meetings.codes(),
				pages, row(null, null, scale, together, null));
	}

	/**
	 * A row of the public overview: the Party's counts and shares, and the Secretariat's
	 * where given (null otherwise), shares of the Party's actions.
	 */
	private static PublishedOverview.Row row(String partyCode, String partyName, List<ProgressRating> scale,
			List<Integer> values, List<Integer> secretariatValues) {
		int total = values.stream().mapToInt(Integer::intValue).sum();
		int[] percents = ShareCharts.percents(values, total);
		int[] secretariatPercents = (secretariatValues != null) ? ShareCharts.percents(secretariatValues, total) : null;
		List<PublishedOverview.Cell> cells = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String code = (i < scale.size()) ? scale.get(i).getCode() : "UNRATED";
			cells.add(new PublishedOverview.Cell(code, values.get(i), percents[i],
					(secretariatValues != null) ? secretariatValues.get(i) : null,
					(secretariatPercents != null) ? secretariatPercents[i] : null));
		}
		return new PublishedOverview.Row(partyCode, partyName, total, List.copyOf(cells), secretariatValues != null);
	}

	/** The counts in the scale's order, then the actions not rated if shown. */
	private static List<Integer> values(List<ProgressRating> scale, Map<Long, Integer> counts, boolean withUnrated) {
		List<Integer> values = new ArrayList<>();
		for (ProgressRating rating : scale) {
			values.add(counts.getOrDefault(rating.getId(), 0));
		}
		if (withUnrated) {
			values.add(counts.getOrDefault(RatingCounts.UNRATED, 0));
		}
		return values;
	}

	private String label(ProgressRating rating, Locale locale) {
		return this.messages.getMessage("rating." + rating.getCode(), null, rating.labelIn(locale), locale);
	}

	/** The chart's figures in words, for its description. */
	private String describe(List<PublishedOverview.Row> rows, List<ShareChart.Bar> bars, Locale locale) {
		List<String> parties = new ArrayList<>();
		for (int i = 0; i < bars.size(); i++) {
			List<String> shares = new ArrayList<>();
			for (ShareChart.Segment segment : bars.get(i).segments()) {
				shares.add(this.messages.getMessage("publicOverview.chart.share",
						new Object[] { Phrases.percent(segment.percent()), segment.label() }, locale));
			}
			parties.add(this.messages.getMessage("publicOverview.chart.party",
					new Object[] { rows.get(i).partyName(), String.join(", ", shares) }, locale));
		}
		return Phrases.join(this.messages, parties, locale);
	}

	/** A Party's name as the chart's bar label: long names are cut to fit its width. */
	static String barLabel(String partyName) {
		return (partyName.length() <= 16) ? partyName : partyName.substring(0, 15).strip() + "…";
	}

	/** The newest meeting's code, for the overview's default page. */
	public String latestMeetingCode() {
		checkSecretariat();
		List<String> codes = this.meetings.codes();
		if (codes.isEmpty()) {
			throw new NotFoundException("No meeting yet");
		}
		return codes.get(codes.size() - 1);
	}

	/**
	 * One page of the Secretariat's overview of a meeting ({@link OverviewPages}), with
	 * how many reports stand at each status, of every Party. Kept under the content's
	 * generation for the day (a report is overdue from a date); read, four statements
	 * whatever the number of Parties. Kept, it costs the generation's statement and no
	 * transaction.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public MeetingOverview overview(String meetingCode, int page) {
		checkSecretariat();
		LocalDate today = LocalDate.now(this.clock);
		int asked = Math.max(page, 1);
		return this.generation.getReading(this.statusOverviews, new StatusAsked(meetingCode, today, asked),
				() -> readOverview(meetingCode, today, asked));
	}

	/** What the Secretariat's overview is read for. */
	private record StatusAsked(String meetingCode, LocalDate today, int page) {
	}

	private MeetingOverview readOverview(String meetingCode, LocalDate today, int page) {
		Meeting meeting = this.meetings.find(meetingCode)
			.orElseThrow(() -> new NotFoundException("No meeting " + meetingCode));
		List<MeetingOverview.Rating> columns = this.meetings.ratingsOf(meeting.getRatingScale())
			.stream()
			.map((rating) -> new MeetingOverview.Rating(rating.getCode(), rating.getLabel()))
			.toList();
		// Where the Secretariat rated an action, its rating replaces the Party's.
		Map<Long, Map<String, Integer>> moves = new HashMap<>();
		for (Object[] row : this.assessments.findRatingChangesInMeeting(meeting.getId())) {
			Map<String, Integer> report = moves.computeIfAbsent((Long) row[0], (id) -> new HashMap<>());
			report.merge((row[1] != null) ? (String) row[1] : "", -1, Integer::sum);
			report.merge((String) row[2], 1, Integer::sum);
		}
		LocalDate due = meeting.getReportDueOn();
		List<MeetingOverview.Row> rows = this.progress.of(meeting.getId()).stream().map((party) -> {
			ReportStatus status = party.status();
			boolean notYetSubmitted = status == null || (party.submittedOn() == null && status.isOpen());
			boolean overdue = due != null && today.isAfter(due) && notYetSubmitted;
			boolean late = due != null && party.submittedOn() != null && party.submittedOn().isAfter(due);
			Map<String, Integer> counts = party.ratingCounts();
			int total = counts.values().stream().mapToInt(Integer::intValue).sum();
			Map<String, Integer> secretariat = new HashMap<>(counts);
			if (party.reportId() != null) {
				moves.getOrDefault(party.reportId(), Map.of())
					.forEach((code, delta) -> secretariat.merge(code, delta, Integer::sum));
			}
			return new MeetingOverview.Row(party.partyCode(), party.partyName(), status, party.submittedOn(),
					party.lastSubmitted(), overdue, late, total, counts, secretariat);
		}).toList();
		OverviewPages pages = OverviewPages.of(page, rows.size());
		return new MeetingOverview(meeting.getCode(), meeting.getNumber(), meeting.getStartsOn(),
				meeting.getReportDueOn(), columns, pages.of(rows), this.meetings.codes(), pages,
				MeetingOverview.Summary.of(rows));
	}

	/**
	 * Whether the current user may read the Secretariat's overview of a meeting (where
	 * every report stands): the Secretariat and administrators. It reads nothing, so it
	 * opens no transaction.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean mayReadStatuses() {
		return CurrentUser.isSecretariatOrAdmin();
	}

	private void checkSecretariat() {
		if (!mayReadStatuses()) {
			throw new AccessDeniedException("The overview is for the Secretariat");
		}
	}

}
