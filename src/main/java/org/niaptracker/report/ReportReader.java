package org.niaptracker.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import org.niaptracker.meeting.ProgressRatingRepository;
import org.niaptracker.model.ContentGeneration;
import org.niaptracker.model.KeptInMemory;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.niap.Action;
import org.niaptracker.niap.ActionRepository;
import org.niaptracker.party.Party;
import org.niaptracker.party.PartyProfile;
import org.niaptracker.party.PartyRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The report core's read API: every feature that shows, exports, edits or reviews a
 * report finds it here. Each method fetches what its caller needs in a fixed number of
 * statements, whatever the number of actions.
 */
@Service
@Transactional(readOnly = true)
public class ReportReader {

	private final ReportingPeriodRepository reports;

	private final EvaluationRepository evaluations;

	private final ReportSubmissionRepository submissions;

	private final ProgressRatingRepository ratings;

	private final PartyRepository parties;

	private final ActionRepository actions;

	private final ReportAccess access;

	private final SecretariatRatings secretariatRatings;

	private final JsonMapper json;

	private final Cache<ReportValidator.Versions, ReportView> published;

	private final ContentGeneration generation;

	private final ContentGeneration.Kind<ReportValidator.Versions, ReportView> drafts;

	private final ContentGeneration.Kind<Integer, PartiesRead> partyLists;

	private final ContentGeneration.Kind<PartyAsked, PartyReports> partyPages;

	private final ContentGeneration.Kind<List<Long>, List<String>> notEvaluated;

	ReportReader(ReportingPeriodRepository reports, EvaluationRepository evaluations,
			ReportSubmissionRepository submissions, ProgressRatingRepository ratings, PartyRepository parties,
			ActionRepository actions, ReportAccess access, SecretariatRatings secretariatRatings, JsonMapper json,
			@Value("${niap.kept-reports.max-size:16MB}") DataSize keptReports, ObjectProvider<MeterRegistry> meters,
			ContentGeneration generation) {
		this.reports = reports;
		this.evaluations = evaluations;
		this.submissions = submissions;
		this.ratings = ratings;
		this.parties = parties;
		this.actions = actions;
		this.access = access;
		this.secretariatRatings = secretariatRatings;
		this.json = json;
		this.published = KeptInMemory.cache("kept_reports", keptReports, ReportView::approximateBytes, meters);
		this.generation = generation;
		this.drafts = generation.kind("drafts", ReportView::approximateBytes);
		this.partyLists = generation.kind("party_lists", PartiesRead::approximateBytes);
		this.partyPages = generation.kind("party_pages", ReportReader::approximateBytes);
		this.notEvaluated = generation.kind("missing_actions", (numbers) -> 128 + 64 * numbers.size());
	}

	/**
	 * A report with its Party, meeting and scale, in one statement. When there is none,
	 * the reader gets what {@link ReportAccess#hidden} gives for a report it may not see,
	 * so that nobody learns which drafts exist. Callers check what the user may do with
	 * it.
	 */
	public ReportingPeriod find(String partyCode, String meetingCode) {
		return this.reports.findForReading(partyCode, meetingCode)
			.orElseThrow(() -> this.access.hidden(partyCode, meetingCode));
	}

	/** {@link #find}, if the current user may read the report. */
	public ReportingPeriod findReadable(String partyCode, String meetingCode) {
		ReportingPeriod report = find(partyCode, meetingCode);
		this.access.checkRead(report);
		return report;
	}

	/**
	 * One evaluation with its action, rating and report, which must be the report named
	 * in the address (no forged ids); 404 otherwise.
	 */
	public Evaluation findEvaluation(String partyCode, String meetingCode, long evaluationId) {
		return this.evaluations.findForEditing(evaluationId)
			.filter((e) -> e.getReportingPeriod().getParty().getCode().equals(partyCode)
					&& e.getReportingPeriod().getMeeting().getCode().equals(meetingCode))
			.orElseThrow(() -> new NotFoundException("No evaluation " + evaluationId + " in this report"));
	}

	/**
	 * An action of the report, by its number in the report; 404 when the report has none.
	 */
	public Action findAction(ReportingPeriod report, String actionNumber) {
		return this.evaluations.findActionInReport(report.getId(), actionNumber)
			.orElseThrow(() -> new NotFoundException("No action " + actionNumber + " in this report"));
	}

	/**
	 * A report as the current user may see it, for its page and every export: Parts A, B
	 * and C, and the Secretariat's ratings where visible. While the Party revises a
	 * returned report, everyone but the Party reads its last submission.
	 */
	public VisibleReport read(String partyCode, String meetingCode) {
		return read(findReadable(partyCode, meetingCode));
	}

	/** {@link #read(String, String)} for a report already found and checked. */
	public VisibleReport read(ReportingPeriod report) {
		Integer shown = shownSubmission(report);
		ReportView view = (shown != null) ? frozen(report, shown).withStatus(report.getStatus()) : view(report);
		return new VisibleReport(view, this.secretariatRatings.visibleIn(report), shown, report.getVersion());
	}

	/**
	 * The report as it stands now (never a frozen submission): two statements, or none
	 * for a published report this instance read before with the same versions (a
	 * published report prints nothing that can change without one of them: its content is
	 * closed and its plan revision read-only), or one for another report this instance
	 * read at the same generation of the content ({@link ContentGeneration}: its
	 * evaluations change without its versions). A transaction that writes neither keeps
	 * nor takes a kept report ({@link KeptInMemory#mayKeep}).
	 */
	public ReportView view(ReportingPeriod report) {
		if (!KeptInMemory.mayKeep()) {
			return readNow(report);
		}
		ReportValidator.Versions versions = ReportValidator.Versions.of(report);
		if (report.getStatus() != ReportStatus.PUBLISHED) {
			return this.generation.get(this.drafts, versions, () -> readNow(report));
		}
		return KeptInMemory.get(this.published, versions, (read) -> readNow(report));
	}

	private ReportView readNow(ReportingPeriod report) {
		return ReportView.of(report,
				this.ratings.findByRatingScaleIdOrderByPosition(report.getMeeting().getRatingScale().getId()),
				this.evaluations.findForReport(report.getId()));
	}

	/**
	 * Forgets the published reports kept in this instance's memory. The application never
	 * needs to (a kept report is never stale); the tests' clean-up does, as it deletes
	 * reports and their ids may come again.
	 */
	public void forgetCopiesInMemory() {
		this.published.invalidateAll();
	}

	/**
	 * The numbers of the actions of the report's plan revision it has no evaluation of
	 * (none, normally): one statement, or none when kept under the content's generation.
	 */
	public List<String> actionsNotEvaluated(ReportingPeriod report) {
		long revision = report.getPlanRevision().getId();
		return this.generation.get(this.notEvaluated, List.of(report.getId(), revision),
				() -> List.copyOf(this.evaluations.findActionsNotEvaluated(report.getId(), revision)));
	}

	/** Submission {@code number} of a report, exactly as it was submitted, if any. */
	public Optional<FrozenSubmission> submission(ReportingPeriod report, int number) {
		return this.submissions.findByReportAndNumber(report.getId(), number)
			.map((submission) -> new FrozenSubmission(submission.getNumber(), submission.getSubmittedBy(),
					submission.getSubmittedAt(), this.json.readValue(submission.getContent(), ReportView.class)));
	}

	/** The Parties whose reports to a meeting are published, by name. */
	public List<String> publishedPartyCodes(String meetingCode) {
		return this.reports.findPublishedPartyCodes(meetingCode);
	}

	/**
	 * A meeting's published reports (public, whoever reads them), by Party name, each
	 * saying whether the Secretariat's ratings of it are published: one statement.
	 */
	public List<PublishedReport> publishedReports(String meetingCode) {
		return this.reports.findPublished(meetingCode);
	}

	/** Parties on each page of the list. */
	public static final int PARTIES_PER_PAGE = 25;

	/**
	 * Reports shown for each Party on the list, the latest first; the Party's page has
	 * them all. So the list does not grow with the number of meetings.
	 */
	public static final int REPORTS_PER_PARTY = 3;

	/**
	 * One page of Parties, by name, each with the latest reports the current user may
	 * read ({@link #REPORTS_PER_PARTY}) and how many more there are: two statements,
	 * however many Parties there are, or the generation's alone while the page is kept
	 * under it ({@link ContentGeneration}; each reader's page is cut from the kept one).
	 * Empty, after the generation's statement alone, when the generation answers the
	 * reader ({@link ContentGeneration#answers}). Kept, or answered so, it costs no
	 * transaction; read, it is read in a read-only transaction of its own.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<PartyPage> listParties(int page, LongPredicate unchanged) {
		if (this.generation.answers(unchanged)) {
			return Optional.empty();
		}
		return Optional.of(readableParties(page));
	}

	private PartyPage readableParties(int page) {
		PartiesRead read = this.generation.getReading(this.partyLists, Math.max(page, 0),
				() -> readParties(Math.max(page, 0)));
		Map<String, List<ReportSummary>> byParty = new LinkedHashMap<>();
		for (ReportSummary report : read.reports()) {
			if (this.access.canRead(report.partyCode(), report.status())) {
				byParty.computeIfAbsent(report.partyCode(), (code) -> new ArrayList<>()).add(report);
			}
		}
		List<PartyListing> parties = read.parties().stream().map((party) -> {
			List<ReportSummary> reports = byParty.getOrDefault(party.code(), List.of());
			return new PartyListing(party.code(), party.name(),
					reports.subList(0, Math.min(reports.size(), REPORTS_PER_PARTY)), reports.size());
		}).toList();
		return new PartyPage(parties, read.number(), read.hasPrevious(), read.hasNext());
	}

	/**
	 * A page of Parties with every report of theirs, whoever reads them (each reader's
	 * page is cut from it).
	 */
	private PartiesRead readParties(int page) {
		Slice<Party> slice = this.parties.pageByName(page, PARTIES_PER_PAGE);
		List<Long> ids = slice.getContent().stream().map(Party::getId).toList();
		List<ReportSummary> reports = ids.isEmpty() ? List.of() : List.copyOf(this.reports.findSummariesOfParties(ids));
		List<PartyName> parties = slice.getContent()
			.stream()
			.map((party) -> new PartyName(party.getCode(), party.getName()))
			.toList();
		return new PartiesRead(parties, reports, slice.getNumber(), slice.hasPrevious(), slice.hasNext());
	}

	/** A page of Parties as read, for every reader. */
	private record PartiesRead(List<PartyName> parties, List<ReportSummary> reports, int number, boolean hasPrevious,
			boolean hasNext) {

		int approximateBytes() {
			return 256 + 256 * this.parties.size() + 320 * this.reports.size();
		}

	}

	private record PartyName(String code, String name) {
	}

	/** A page of the list of Parties. */
	public record PartyPage(List<PartyListing> parties, int number, boolean hasPrevious, boolean hasNext) {
	}

	/**
	 * A Party on the list: its latest reports the reader may read, the latest first, and
	 * how many the reader may read in all.
	 */
	public record PartyListing(String code, String name, List<ReportSummary> reports, int reportCount) {

		/** Whether the Party has more reports than the list shows. */
		public boolean hasMoreReports() {
			return this.reportCount > this.reports.size();
		}

	}

	/**
	 * One Party with its NIAP and the reports the current user may read: three
	 * statements, or the generation's alone while kept under it.
	 */
	public PartyReports getParty(String partyCode) {
		return party(partyCode, true);
	}

	/**
	 * One Party with the reports the current user may read, without its NIAP: two
	 * statements, or the generation's alone while kept under it.
	 */
	public PartyReports getPartyReports(String partyCode) {
		return party(partyCode, false);
	}

	private PartyReports party(String partyCode, boolean withPlan) {
		PartyReports read = this.generation.get(this.partyPages, new PartyAsked(partyCode, withPlan),
				() -> readParty(partyCode, withPlan));
		List<ReportSummary> readable = read.reports()
			.stream()
			.filter((report) -> this.access.canRead(read.code(), report.status()))
			.toList();
		return new PartyReports(read.code(), read.name(), readable, read.niap(), read.profile());
	}

	/** A Party's page as asked: with its NIAP or not. */
	private record PartyAsked(String partyCode, boolean withPlan) {
	}

	/** A Party with every report of theirs, whoever reads them. */
	private PartyReports readParty(String partyCode, boolean withPlan) {
		Party party = this.parties.findByCode(partyCode)
			.orElseThrow(() -> new NotFoundException("No Party " + partyCode));
		Map<Integer, PartyReports.NiapPillar> niap = new LinkedHashMap<>();
		for (Action action : withPlan ? this.actions.findInForce(party.getId()) : List.<Action>of()) {
			niap.computeIfAbsent(action.getPillar().getNumber(),
					(number) -> new PartyReports.NiapPillar(number, action.getPillar().getName(), new ArrayList<>()))
				.actions()
				.add(PartyReports.NiapAction.of(action));
		}
		List<ReportSummary> summaries = this.reports.findByPartyWithMeeting(party.getId())
			.stream()
			.map(ReportSummary::of)
			.toList();
		List<PartyReports.NiapPillar> pillars = niap.values()
			.stream()
			.map((pillar) -> new PartyReports.NiapPillar(pillar.number(), pillar.name(), List.copyOf(pillar.actions())))
			.toList();
		return new PartyReports(party.getCode(), party.getName(), summaries, pillars, PartyProfile.of(party));
	}

	private static int approximateBytes(PartyReports party) {
		int bytes = 1024 + 320 * party.reports().size();
		for (PartyReports.NiapPillar pillar : party.niap()) {
			bytes += 128 + 2 * pillar.name().length();
			for (PartyReports.NiapAction action : pillar.actions()) {
				bytes += 96 + 2 * action.title().length();
			}
		}
		return bytes;
	}

	/**
	 * The submission everyone but the Party reads while the Party revises a returned
	 * report; null when the report itself is shown.
	 */
	private Integer shownSubmission(ReportingPeriod report) {
		if (report.getStatus() != ReportStatus.RETURNED || this.access.readsTheDraft(report.getParty().getCode())) {
			return null;
		}
		int last = this.submissions.lastNumber(report.getId());
		return (last > 0) ? last : null;
	}

	private ReportView frozen(ReportingPeriod report, int number) {
		return submission(report, number).map(FrozenSubmission::report)
			.orElseThrow(() -> new IllegalStateException("Submission " + number + " of report " + report.getId()));
	}

}
