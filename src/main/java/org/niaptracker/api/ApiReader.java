package org.niaptracker.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.niaptracker.api.ApiViews.PlanAction;
import org.niaptracker.api.ApiViews.ActionInReport;
import org.niaptracker.api.ApiViews.ActionInRevision;
import org.niaptracker.api.ApiViews.ActionTimeline;
import org.niaptracker.api.ApiViews.Meeting;
import org.niaptracker.api.ApiViews.MeetingDetail;
import org.niaptracker.api.ApiViews.MeetingPage;
import org.niaptracker.api.ApiViews.Overview;
import org.niaptracker.api.ApiViews.OverviewCell;
import org.niaptracker.api.ApiViews.OverviewColumn;
import org.niaptracker.api.ApiViews.OverviewRow;
import org.niaptracker.api.ApiViews.PageInfo;
import org.niaptracker.api.ApiViews.Party;
import org.niaptracker.api.ApiViews.PartyPage;
import org.niaptracker.api.ApiViews.PartySummary;
import org.niaptracker.api.ApiViews.PlanPillar;
import org.niaptracker.api.ApiViews.Plan;
import org.niaptracker.api.ApiViews.ScaleRating;
import org.niaptracker.api.ApiViews.RatingScale;
import org.niaptracker.api.ApiViews.ReportSummary;
import org.niaptracker.api.ApiViews.Revision;
import org.niaptracker.api.ApiViews.RevisionSummary;
import org.niaptracker.export.DataExporter;
import org.niaptracker.export.ExportedReport;
import org.niaptracker.export.ReportDocument;
import org.niaptracker.meeting.MeetingCalendar;
import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.meeting.RatingScales;
import org.niaptracker.meeting.ScaleSummary;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.niap.PlanViews;
import org.niaptracker.niap.Plans;
import org.niaptracker.party.PartyDirectory;
import org.niaptracker.party.PartyProfile;
import org.niaptracker.report.ActionHistory;
import org.niaptracker.report.PartyReports;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.VisibleReport;
import org.niaptracker.review.OverviewService;
import org.niaptracker.review.PublishedOverview;
import org.niaptracker.links.Addresses;

import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the API reads, through each feature's own service and with its permissions, turned
 * into the API's records. Each read runs the few statements of the service behind it,
 * whatever the number of actions.
 */
@Service
@Transactional(readOnly = true)
class ApiReader {

	static final String BASE = "/api/v1";

	/** The API's resources: the pages' addresses under {@link #BASE}. */
	static final Addresses LINKS = new Addresses(BASE);

	/** The overview's labels: the API answers in English (scales give every language). */
	private static final Locale LABELS = Locale.ENGLISH;

	private final PartyDirectory parties;

	private final ReportReader reports;

	private final Plans plans;

	private final ActionHistory actions;

	private final MeetingCalendar meetings;

	private final RatingScales scales;

	private final OverviewService overviews;

	private final DataExporter documents;

	ApiReader(PartyDirectory parties, ReportReader reports, Plans plans, ActionHistory actions,
			MeetingCalendar meetings, RatingScales scales, OverviewService overviews, DataExporter documents) {
		this.parties = parties;
		this.reports = reports;
		this.plans = plans;
		this.actions = actions;
		this.meetings = meetings;
		this.scales = scales;
		this.overviews = overviews;
		this.documents = documents;
	}

	/** One page of Parties, by name: one statement. */
	PartyPage parties(int page, int size) {
		Slice<PartyProfile> slice = this.parties.page(page, size);
		return new PartyPage(slice.getContent()
			.stream()
			.map((party) -> new PartySummary(party.code(), party.name(), name(party.category()),
					name(party.processStatus())))
			.toList(), new PageInfo(page, size, slice.hasPrevious(), slice.hasNext()));
	}

	/** A Party's profile and the reports the caller may read. */
	Party party(String partyCode) {
		PartyReports party = this.reports.getPartyReports(partyCode);
		PartyProfile profile = party.profile();
		return new Party(profile.code(), profile.name(), profile.nameFr(), profile.nameEs(), name(profile.category()),
				profile.categorySince(), name(profile.processStatus()), profile.processStatusSince(),
				party.reports()
					.stream()
					.map((report) -> new ReportSummary(report.meetingCode(), report.meetingNumber(),
							report.status().name(), report.documentRef(), report.annexRef(), report.periodStart(),
							report.periodEnd(), LINKS.report(report.partyCode(), report.meetingCode())))
					.toList());
	}

	/**
	 * The plan in force and the revisions the caller may see (a draft only to its own).
	 */
	Plan plan(String partyCode) {
		PlanViews.PlanPage page = this.plans.page(partyCode);
		return new Plan(page.partyCode(), page.partyName(), (page.inForce() != null) ? revision(page.inForce()) : null,
				page.revisions()
					.stream()
					.map((row) -> new RevisionSummary(row.number(), row.status().name(), row.adoptedOn(), row.note(),
							row.inForce(), LINKS.party(page.partyCode()) + "/plan/revisions/" + row.number()))
					.toList());
	}

	/**
	 * One revision with its pillars and actions; a draft only for those who may see it.
	 */
	Revision revision(String partyCode, int number) {
		return revision(this.plans.revision(partyCode, number));
	}

	private static Revision revision(PlanViews.RevisionView view) {
		PlanViews.RevisionRow row = view.revision();
		return new Revision(view.partyCode(), row.number(), row.status().name(), row.adoptedOn(), row.note(),
				row.inForce(), view.previousNumber(),
				view.pillars()
					.stream()
					.map((pillar) -> new PlanPillar(pillar.number(), pillar.name(),
							pillar.actions()
								.stream()
								.map((action) -> new PlanAction(action.lineageId(), action.number(), action.title(),
										action.marked()))
								.toList()))
					.toList());
	}

	/** An action over time, in the revisions and reports the caller may see. */
	ActionTimeline action(String partyCode, long lineageId) {
		ActionHistory.View view = this.actions.of(partyCode, lineageId);
		return new ActionTimeline(view.partyCode(), view.partyName(), view.lineageId(), view.number(), view.title(),
				view.revisions()
					.stream()
					.map((entry) -> new ActionInRevision(entry.revision(), entry.draft(), entry.adoptedOn(),
							entry.pillarNumber(), entry.pillarName(), entry.number(), entry.title(), entry.marked()))
					.toList(),
				view.reports()
					.stream()
					.map((entry) -> new ActionInReport(entry.meetingCode(), entry.status().name(), entry.number(),
							(entry.rating() != null) ? entry.rating().code() : null,
							(entry.rating() != null) ? entry.rating().label() : null, entry.points(),
							(entry.secretariatShown() && entry.secretariatRating() != null)
									? entry.secretariatRating().code() : null))
					.toList());
	}

	/**
	 * A report as the caller may see it, in the shape of its JSON download; empty when
	 * {@code unchanged} says the caller's copy is current (then nothing more is read).
	 */
	Optional<ReportDocument> report(String partyCode, String meetingCode, Predicate<ReportingPeriod> unchanged) {
		ReportingPeriod report = this.reports.findReadable(partyCode, meetingCode);
		if (unchanged.test(report)) {
			return Optional.empty();
		}
		VisibleReport visible = this.reports.read(report);
		return Optional.of(this.documents.document(new ExportedReport(visible.report(), visible.assessments())));
	}

	/**
	 * One page of meetings, oldest first. The meetings are few (one every year or two),
	 * so the page is cut from the whole list.
	 */
	MeetingPage meetings(int page, int size) {
		List<org.niaptracker.meeting.Meeting> all = this.meetings.all()
			.stream()
			.sorted((a, b) -> Integer.compare(a.getNumber(), b.getNumber()))
			.toList();
		long from = Math.min((long) page * size, all.size());
		long to = Math.min(from + size, all.size());
		return new MeetingPage(all.subList((int) from, (int) to).stream().map(ApiReader::meeting).toList(),
				new PageInfo(page, size, page > 0, to < all.size()));
	}

	/** A meeting with its scale's ratings. */
	MeetingDetail meeting(String meetingCode) {
		org.niaptracker.meeting.Meeting meeting = this.meetings.find(meetingCode)
			.orElseThrow(() -> new NotFoundException("No meeting " + meetingCode));
		return new MeetingDetail(meeting.getCode(), meeting.getNumber(), meeting.getStartsOn(),
				meeting.getReportDueOn(), meeting.getOverviewDocumentRef(), meeting.getRatingScale().getCode(),
				ratings(this.meetings.ratingsOf(meeting.getRatingScale())));
	}

	/**
	 * One page of a meeting's public overview: published reports and published figures
	 * only. The page is cut from the whole overview, kept under the content's generation.
	 */
	Overview overview(String meetingCode, int page, int size) {
		PublishedOverview overview = this.overviews.published(meetingCode, LABELS);
		List<OverviewColumn> columns = new ArrayList<>(overview.ratings()
			.stream()
			.map((column) -> new OverviewColumn(column.code(), column.label()))
			.toList());
		if (overview.withUnrated()) {
			columns.add(new OverviewColumn("UNRATED", "Not yet rated"));
		}
		List<PublishedOverview.Row> rows = overview.rows();
		int from = (int) Math.min((long) page * size, rows.size());
		int to = (int) Math.min((long) from + size, rows.size());
		return new Overview(overview.meetingCode(), overview.meetingNumber(), overview.documentRef(), columns,
				overview.withUnrated(),
				rows.subList(from, to)
					.stream()
					.map((row) -> new OverviewRow(row.partyCode(), row.partyName(), row.total(),
							row.secretariatPublished(),
							row.cells()
								.stream()
								.map((cell) -> new OverviewCell(cell.ratingCode(), cell.count(), cell.percent(),
										cell.secretariatCount(), cell.secretariatPercent()))
								.toList()))
					.toList(),
				new PageInfo(page, size, page > 0, to < rows.size()));
	}

	/** Every rating scale, by code, with its ratings and the meetings that use it. */
	List<RatingScale> scales() {
		return this.scales.list().stream().map(ApiReader::scale).toList();
	}

	RatingScale scale(String scaleCode) {
		return scale(this.scales.summary(scaleCode));
	}

	private static RatingScale scale(ScaleSummary summary) {
		return new RatingScale(summary.scale().getCode(), summary.scale().getDescription(), ratings(summary.ratings()),
				summary.meetings());
	}

	private static Meeting meeting(org.niaptracker.meeting.Meeting meeting) {
		return new Meeting(meeting.getCode(), meeting.getNumber(), meeting.getStartsOn(), meeting.getReportDueOn(),
				meeting.getOverviewDocumentRef(), meeting.getRatingScale().getCode(), LINKS.meeting(meeting.getCode()));
	}

	private static List<ScaleRating> ratings(List<ProgressRating> ratings) {
		return ratings.stream()
			.map((rating) -> new ScaleRating(rating.getCode(), rating.getLabel(), rating.getLabelFr(),
					rating.getLabelEs(), rating.getPosition()))
			.toList();
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
