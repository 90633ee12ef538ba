package org.niaptracker.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.niaptracker.importing.ImportPreview.ActionRow;
import org.niaptracker.importing.ImportPreview.Match;
import org.niaptracker.importing.ImportPreview.Note;
import org.niaptracker.importing.ImportPreview.PillarRow;
import org.niaptracker.importing.ParsedReport.PartBEntry;
import org.niaptracker.importing.ParsedReport.PartCEntry;
import org.niaptracker.importing.RatingMatcher.Kind;
import org.niaptracker.meeting.Meeting;
import org.niaptracker.meeting.MeetingRepository;
import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.meeting.ProgressRatingRepository;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.niap.Action;
import org.niaptracker.niap.ActionForm;
import org.niaptracker.niap.ActionRepository;
import org.niaptracker.niap.AdoptionForm;
import org.niaptracker.niap.PillarForm;
import org.niaptracker.niap.PlanDrafting;
import org.niaptracker.niap.PlanRevision;
import org.niaptracker.niap.PlanRevisionRepository;
import org.niaptracker.niap.Plans;
import org.niaptracker.party.Party;
import org.niaptracker.party.PartyRepository;
import org.niaptracker.report.ReportAccess;
import org.niaptracker.report.editing.ImportedContent;
import org.niaptracker.report.editing.ImportedReportWriter;
import org.niaptracker.report.editing.NewReportForm;
import org.niaptracker.report.editing.PastReportService;
import org.niaptracker.report.editing.RecordReportForm;
import org.niaptracker.report.editing.ReportEditingService;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing a report written in Word on the NIAP template: the upload is checked, read
 * and kept in PostgreSQL; its preview matches it to the Party's plan in force and the
 * meeting's rating scale; its confirmation creates, in one transaction, the focal point's
 * draft or the Secretariat's recorded report, filled in from the document. Refusals are
 * logged with the reason, never the document's content.
 */
@Service
@Transactional
public class ReportImportService {

	/**
	 * The largest document accepted: 5 MB (also in README and the multipart settings).
	 */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/** The template's instruction line for the summary of progress. */
	private static final String INSTRUCTION = "progress summary if required note significant achievements";

	private static final Logger log = LoggerFactory.getLogger(ReportImportService.class);

	private final WordReportParser parser;

	private final JsonReportParser jsonParser;

	private final ImportUploads uploads;

	private final PartyRepository parties;

	private final MeetingRepository meetings;

	private final ProgressRatingRepository ratings;

	private final PlanRevisionRepository plans;

	private final ActionRepository actions;

	private final ReportAccess access;

	private final ReportEditingService editing;

	private final PastReportService pastReports;

	private final ImportedReportWriter writer;

	private final PlanDrafting drafting;

	private final Plans planViews;

	private final MeterRegistry registry;

	ReportImportService(WordReportParser parser, JsonReportParser jsonParser, ImportUploads uploads,
			PartyRepository parties, MeetingRepository meetings, ProgressRatingRepository ratings,
			PlanRevisionRepository plans, ActionRepository actions, ReportAccess access, ReportEditingService editing,
			PastReportService pastReports, ImportedReportWriter writer, PlanDrafting drafting, Plans planViews,
			MeterRegistry registry) {
		this.registry = registry;
		this.parser = parser;
		this.jsonParser = jsonParser;
		this.uploads = uploads;
		this.parties = parties;
		this.meetings = meetings;
		this.ratings = ratings;
		this.plans = plans;
		this.actions = actions;
		this.access = access;
		this.editing = editing;
		this.pastReports = pastReports;
		this.writer = writer;
		this.drafting = drafting;
		this.planViews = planViews;
	}

	/** The Party's name, for a user who may import its reports (else 403, or 404). */
	@Transactional(readOnly = true)
	public String partyName(String partyCode) {
		checkImport(partyCode);
		return findParty(partyCode).getName();
	}

	/**
	 * Checks and reads an upload and keeps it for its preview; returns its id. Refuses
	 * (stores nothing) what is not a readable report of this Party: a Word document on
	 * the template, or the app's report JSON (schema {@code report-v1.json}), told apart
	 * by their content (a JSON file may have any name). The person importing is the
	 * signed-in user; this, {@link #preview(String, String)} and
	 * {@link #confirm(String, String, LocalDate)} are what a REST endpoint would call.
	 */
	public String upload(String partyCode, String fileName, byte[] content) {
		return timed("upload", () -> read(partyCode, fileName, content));
	}

	private String read(String partyCode, String fileName, byte[] content) {
		checkImport(partyCode);
		Party party = findParty(partyCode);
		String name = (fileName != null) ? fileName.replaceAll("[\\p{Cntrl}/\\\\]", "_") : "";
		name = name.substring(0, Math.min(name.length(), 200));
		try {
			if (content == null || content.length == 0) {
				throw new ImportRefusedException("importing.refused.empty", "empty file");
			}
			if (content.length > MAX_BYTES) {
				throw new ImportRefusedException("importing.refused.tooLarge", content.length + " bytes");
			}
			String lower = name.toLowerCase(Locale.ROOT);
			boolean json = JsonReportParser.looksLikeJson(content) || lower.endsWith(".json");
			if (!json && (lower.endsWith(".docm") || lower.endsWith(".dotm"))) {
				throw new ImportRefusedException("importing.refused.macros", "macro-enabled file name");
			}
			if (!json && !lower.endsWith(".docx")) {
				throw new ImportRefusedException("importing.refused.notDocx", "file name does not end in .docx");
			}
			ParsedReport parsed = json ? this.jsonParser.parse(content) : this.parser.parse(content);
			ImportPreview preview = preview(party, "", name, parsed);
			if (preview.blockers().stream().anyMatch((b) -> b.key().equals("importing.blocker.otherParty"))) {
				throw new ImportRefusedException("importing.refused.otherParty", "a report of another Party");
			}
			if (parsed.partC().isEmpty()) {
				throw new ImportRefusedException(json ? "importing.refused.noActions" : "importing.refused.noPartC",
						json ? "no actions" : "no Part C");
			}
			return this.uploads.save(party.getCode(), username(), name, content).toString();
		}
		catch (ImportRefusedException ex) {
			log.info("Import of a report of {} by {} refused: {} ({}, {} bytes)", party.getCode(), username(),
					ex.getMessageKey(), ex.getMessage(), (content != null) ? content.length : 0);
			throw ex;
		}
	}

	@Transactional(readOnly = true)
	public ImportPreview preview(String partyCode, String uploadId) {
		return timed("preview", () -> {
			checkImport(partyCode);
			Party party = findParty(partyCode);
			ImportUploads.Upload upload = findUpload(party, uploadId);
			return preview(party, uploadId, upload.fileName(), parse(upload.content()));
		});
	}

	/**
	 * Creates the report the upload describes, in one transaction: for a focal point the
	 * Party's next draft, for the Secretariat a recorded past report sent on
	 * {@code submittedOn}; then fills it in. Returns the meeting's code. A blocker
	 * refuses it, and nothing is stored.
	 */
	public String confirm(String partyCode, String uploadId, LocalDate submittedOn) {
		return confirm(partyCode, uploadId, submittedOn, null);
	}

	/**
	 * The same; where the preview offers a plan revision from the document (the
	 * Secretariat, actions not in the plan in force or no plan), {@code planAdoptedOn}
	 * accepts it: a draft revision adding the document's new pillars and actions is
	 * started and adopted on that day, in the same transaction as the report, which then
	 * follows it. Without it, such an import is refused.
	 */
	public String confirm(String partyCode, String uploadId, LocalDate submittedOn, LocalDate planAdoptedOn) {
		return timed("confirm", () -> create(partyCode, uploadId, submittedOn, planAdoptedOn));
	}

	private String create(String partyCode, String uploadId, LocalDate submittedOn, LocalDate planAdoptedOn) {
		checkImport(partyCode);
		Party party = findParty(partyCode);
		ImportUploads.Upload upload = findUpload(party, uploadId);
		ParsedReport parsed = parse(upload.content());
		ImportPreview preview = preview(party, uploadId, upload.fileName(), parsed);
		if (!preview.confirmable()) {
			throw new ImportRefusedException(preview.blockers().get(0).key(), "blocked");
		}
		if (preview.planOffer() != null) {
			if (planAdoptedOn == null) {
				throw new ImportRefusedException("importing.planOffer.required", "plan revision not accepted");
			}
			revisePlan(party, parsed, preview, planAdoptedOn);
		}
		if (preview.recorded()) {
			if (submittedOn == null) {
				throw new ImportRefusedException("record.submittedOn.required", "no submission date");
			}
			RecordReportForm form = new RecordReportForm();
			form.setMeetingCode(preview.meetingCode());
			form.setPeriodStart(parsed.periodStart());
			form.setPeriodEnd(parsed.periodEnd());
			form.setSubmittedOn(submittedOn);
			form.setPreparedBy(parsed.preparedBy());
			form.setLanguageLine(parsed.languageLine());
			form.setGroupHeading(parsed.groupHeading());
			form.setDocumentRef(parsed.documentRef());
			form.setAnnexRef(parsed.annexRef());
			this.pastReports.record(party.getCode(), form);
		}
		else {
			NewReportForm form = new NewReportForm();
			form.setMeetingCode(preview.meetingCode());
			form.setPeriodStart(parsed.periodStart());
			form.setPeriodEnd(parsed.periodEnd());
			form.setPreparedBy(parsed.preparedBy());
			this.editing.startNextReport(party.getCode(), form);
		}
		Map<String, ImportedContent.Rated> evaluations = new LinkedHashMap<>();
		for (ActionRow action : preview.actions()) {
			if (action.match() != Match.MISSING) {
				evaluations.put(action.number(), new ImportedContent.Rated(action.ratingCode(), action.points()));
			}
		}
		this.writer.fillIn(party.getCode(), preview.meetingCode(), new ImportedContent(text(parsed.synopsis()),
				text(parsed.progressToDate()), text(parsed.futureOutlook()), evaluations));
		this.uploads.delete(UUID.fromString(uploadId));
		log.info("Imported the {} report of {} from an uploaded document by {}", preview.meetingCode(), party.getCode(),
				username());
		return preview.meetingCode();
	}

	/**
	 * Starts the Party's next plan revision (a copy of the plan in force, or the first),
	 * adds the document's actions not in it, in their pillars (added where new, named as
	 * in the document), and adopts it on the day given. Titles changed in the document
	 * and plan actions it leaves out stay as they are in the plan.
	 */
	private void revisePlan(Party party, ParsedReport parsed, ImportPreview preview, LocalDate adoptedOn) {
		int number = this.drafting.startRevision(party.getCode());
		Map<String, Integer> pillarOf = new LinkedHashMap<>();
		parsed.partB().forEach((entry) -> pillarOf.putIfAbsent(entry.number(), entry.pillar()));
		parsed.partC().forEach((entry) -> {
			if (entry.pillar() > 0) {
				pillarOf.putIfAbsent(entry.number(), entry.pillar());
			}
		});
		Set<Integer> planPillars = new LinkedHashSet<>();
		preview.pillars()
			.stream()
			.filter((row) -> row.match() != Match.NEW)
			.forEach((row) -> planPillars.add(row.number()));
		for (ActionRow row : preview.actions()) {
			if (row.match() != Match.NEW) {
				continue;
			}
			int pillar = pillarOf.getOrDefault(row.number(), Integer.parseInt(row.number().split("\\.")[0]));
			if (planPillars.add(pillar)) {
				PillarForm form = new PillarForm();
				form.setNumber(pillar);
				String name = parsed.pillars().get(pillar);
				form.setName((name == null || name.isBlank()) ? String.valueOf(pillar) : name);
				this.drafting.addPillar(party.getCode(), number, form);
			}
			ActionForm form = new ActionForm();
			form.setPillarNumber(pillar);
			form.setNumber(row.number());
			form.setTitle(row.title());
			form.setMarked(row.marked());
			this.drafting.addAction(party.getCode(), number, form);
		}
		AdoptionForm adoption = this.planViews.adoptionForm(party.getCode(), number);
		adoption.setAdoptedOn(adoptedOn);
		this.drafting.adopt(party.getCode(), number, adoption);
		log.info("Revision {} of the plan of {} created from an imported document by {}", number, party.getCode(),
				username());
	}

	/** An upload kept: its content says whether it is JSON or Word. */
	private ParsedReport parse(byte[] content) {
		return JsonReportParser.looksLikeJson(content) ? this.jsonParser.parse(content) : this.parser.parse(content);
	}

	/**
	 * How long each step of an import takes, whether it succeeded or was refused:
	 * {@code niap_imports_seconds{step="upload|preview|confirm",outcome="success|failure"}}.
	 */
	private <T> T timed(String step, Supplier<T> work) {
		Timer.Sample sample = Timer.start(this.registry);
		String outcome = "failure";
		try {
			T result = work.get();
			outcome = "success";
			return result;
		}
		finally {
			sample
				.stop(Timer.builder("niap.imports").tag("step", step).tag("outcome", outcome).register(this.registry));
		}
	}

	private ImportPreview preview(Party party, String uploadId, String fileName, ParsedReport parsed) {
		List<Note> notes = new ArrayList<>();
		List<Note> blockers = new ArrayList<>();
		boolean recorded = this.access.canRecordReport();
		boolean json = parsed.source() == ParsedReport.Source.JSON;
		if (json && !party.getCode().equals(parsed.partyCode())) {
			blockers.add(Note.of("importing.blocker.otherParty", parsed.partyName() + " (" + parsed.partyCode() + ")",
					party.getName()));
		}
		else if (!json && parsed.partyName() != null && !sameParty(party, parsed.partyName())) {
			blockers.add(Note.of("importing.blocker.otherParty", parsed.partyName(), party.getName()));
		}
		if (parsed.partC().isEmpty()) {
			blockers.add(Note.of(json ? "importing.refused.noActions" : "importing.refused.noPartC"));
		}
		if (json) {
			notes.add(Note.of("importing.note.json"));
			if (parsed.secretariatRatings()) {
				notes.add(Note.of("importing.note.secretariatRatings"));
			}
		}
		else if (!parsed.hasPartB()) {
			notes.add(Note.of("importing.note.noPartB"));
		}
		Optional<Meeting> meeting = Optional.ofNullable(parsed.meetingCode()).flatMap(this.meetings::findByCode);
		if (parsed.meetingCode() == null) {
			blockers.add(Note.of("importing.blocker.noMeeting"));
		}
		else if (meeting.isEmpty()) {
			blockers.add(Note.of("importing.blocker.unknownMeeting", parsed.meetingCode()));
		}
		if (parsed.periodStart() == null || parsed.periodEnd() == null) {
			blockers.add(Note.of("importing.blocker.noPeriod"));
		}
		Optional<PlanRevision> plan = this.plans.findInForce(party.getId());
		List<Note> planBlockers = new ArrayList<>();
		if (plan.isEmpty()) {
			planBlockers.add(Note.of("importing.blocker.noPlan"));
		}
		meeting.ifPresent((m) -> checkReports(party, m, recorded, blockers));
		List<ProgressRating> scale = meeting
			.map((m) -> this.ratings.findByRatingScaleIdOrderByPosition(m.getRatingScale().getId()))
			.orElse(List.of());
		RatingMatcher matcher = new RatingMatcher(scale);
		List<Action> planActions = plan.isPresent() ? this.actions.findByRevision(plan.get().getId()) : List.of();
		parsed.leftovers().forEach((leftover) -> notes.add(Note.of("importing.note.leftover", leftover)));
		List<ActionRow> rows = actionRows(parsed, planActions, matcher, plan.isPresent());
		List<String> newActions = rows.stream().filter((r) -> r.match() == Match.NEW).map(ActionRow::number).toList();
		if (plan.isPresent() && !newActions.isEmpty()) {
			planBlockers.add(Note.of("importing.blocker.notInPlan", String.join(", ", newActions)));
		}
		ImportPreview.PlanOffer offer = null;
		if (!planBlockers.isEmpty()) {
			List<PlanRevision> revisions = this.plans.findByPartyIdOrderByNumberDesc(party.getId());
			boolean draftUnderWay = revisions.stream().anyMatch(PlanRevision::isDraft);
			if (recorded && !newActions.isEmpty() && !draftUnderWay) {
				offer = new ImportPreview.PlanOffer(revisions.isEmpty() ? 1 : revisions.get(0).getNumber() + 1,
						newActions, suggestedAdoption(plan, parsed));
			}
			else {
				blockers.addAll(planBlockers);
				if (recorded && draftUnderWay) {
					blockers.add(Note.of("importing.blocker.draftUnderWay"));
				}
			}
		}
		return new ImportPreview(uploadId, party.getCode(), party.getName(), fileName,
				meeting.map(Meeting::getCode).orElse(parsed.meetingCode()), parsed.partyName(), parsed.periodText(),
				parsed.preparedBy(), parsed.languageLine(), parsed.groupHeading(), parsed.documentRef(),
				parsed.annexRef(), parsed.synopsis(), parsed.progressToDate(), parsed.futureOutlook(),
				pillarRows(parsed, planActions), rows, notes, blockers, recorded,
				plan.map(PlanRevision::getNumber).orElse(0), offer);
	}

	/**
	 * The day a revision from the document is suggested to be adopted on: the first day
	 * of the report's period, not before the revision in force, not after today.
	 */
	private static LocalDate suggestedAdoption(Optional<PlanRevision> plan, ParsedReport parsed) {
		LocalDate day = (parsed.periodStart() != null) ? parsed.periodStart().atDay(1) : LocalDate.now();
		if (plan.isPresent() && plan.get().getAdoptedOn() != null && day.isBefore(plan.get().getAdoptedOn())) {
			day = plan.get().getAdoptedOn();
		}
		return day.isAfter(LocalDate.now()) ? LocalDate.now() : day;
	}

	private void checkReports(Party party, Meeting meeting, boolean recorded, List<Note> blockers) {
		this.writer.obstacle(party.getId(), meeting, recorded)
			.ifPresent((obstacle) -> blockers.add(new Note(obstacle.key(), obstacle.args())));
	}

	private List<PillarRow> pillarRows(ParsedReport parsed, List<Action> planActions) {
		Map<Integer, String> planPillars = new LinkedHashMap<>();
		planActions.forEach((a) -> planPillars.putIfAbsent(a.getPillar().getNumber(), a.getPillar().getName()));
		List<PillarRow> rows = new ArrayList<>();
		parsed.pillars().forEach((number, name) -> {
			String planName = planPillars.get(number);
			Match match = (planName == null) ? Match.NEW
					: WordReportParser.normal(planName).equals(WordReportParser.normal(name)) ? Match.SAME
							: Match.CHANGED;
			rows.add(new PillarRow(number, name, planName, match));
		});
		planPillars.forEach((number, name) -> {
			if (!parsed.pillars().containsKey(number)) {
				rows.add(new PillarRow(number, null, name, Match.MISSING));
			}
		});
		return rows;
	}

	private List<ActionRow> actionRows(ParsedReport parsed, List<Action> planActions, RatingMatcher matcher,
			boolean hasPlan) {
		Map<String, PartBEntry> partB = new LinkedHashMap<>();
		Set<String> twiceInB = new LinkedHashSet<>();
		for (PartBEntry entry : parsed.partB()) {
			if (partB.putIfAbsent(entry.number(), entry) != null) {
				twiceInB.add(entry.number());
			}
		}
		Map<String, PartCEntry> partC = new LinkedHashMap<>();
		parsed.partC().forEach((entry) -> partC.putIfAbsent(entry.number(), entry));
		Map<String, Action> plan = new LinkedHashMap<>();
		planActions.forEach((a) -> plan.put(a.getNumber(), a));
		Set<String> numbers = new LinkedHashSet<>(plan.keySet());
		numbers.addAll(partC.keySet());
		numbers.addAll(partB.keySet());
		List<ActionRow> rows = new ArrayList<>();
		for (String number : numbers) {
			Action action = plan.get(number);
			PartBEntry b = partB.get(number);
			PartCEntry c = partC.get(number);
			if (b == null && c == null) {
				rows.add(new ActionRow(number, null, false, action.getTitle(), Match.MISSING, null, null, null, null,
						List.of(), List.of(Note.of("importing.flag.missing"))));
				continue;
			}
			List<Note> flags = new ArrayList<>();
			String title = (b != null) ? b.title() : c.title();
			boolean marked = (b != null) ? b.marked() : c.marked();
			Match match;
			if (action == null) {
				match = Match.NEW;
				if (hasPlan) {
					flags.add(Note.of("importing.flag.notInPlan"));
				}
			}
			else {
				match = sameTitle(action.getTitle(), title) ? Match.SAME : Match.CHANGED;
				if (match == Match.CHANGED) {
					flags.add(Note.of("importing.flag.titleChanged"));
				}
			}
			RatingMatcher.Match inB = (b != null) ? matcher.match(b.column()) : null;
			RatingMatcher.Match inC = (c != null) ? match(matcher, c) : null;
			ProgressRating rating = rating(number, inB, inC, b, c, flags, parsed.hasPartB());
			if (twiceInB.contains(number)) {
				flags.add(Note.of("importing.flag.twiceInPartB"));
			}
			List<String> points = (c != null) ? c.points() : List.of();
			if (points.stream().anyMatch((p) -> WordReportParser.normal(p).startsWith(INSTRUCTION))) {
				flags.add(Note.of("importing.flag.instruction"));
			}
			if (points.stream().anyMatch((p) -> p.matches(".*\\[[A-Z][A-Za-z ]{1,40}\\].*"))) {
				flags.add(Note.of("importing.flag.placeholderInPoints"));
			}
			rows.add(new ActionRow(number, title, marked, (action != null) ? action.getTitle() : null, match,
					(rating != null) ? rating.getCode() : null, (rating != null) ? rating.getLabel() : null,
					(b != null) ? b.column() : null, (c != null) ? c.evaluation() : null, points, flags));
		}
		return rows;
	}

	/**
	 * Part C's rating: by its code first (JSON carries one), then by its label as typed.
	 */
	private static RatingMatcher.Match match(RatingMatcher matcher, PartCEntry c) {
		if (c.ratingCode() != null) {
			Optional<ProgressRating> byCode = matcher.byCode(c.ratingCode());
			if (byCode.isPresent()) {
				return new RatingMatcher.Match(Kind.RATING, byCode.get());
			}
		}
		return matcher.match(c.evaluation());
	}

	/**
	 * The action's rating: Part B's where it has one (the table the Party fills in last
	 * and that Part A's counts follow), else Part C's; flags where they differ, where one
	 * is missing or a placeholder, and unknown ratings.
	 */
	private static ProgressRating rating(String number, RatingMatcher.Match inB, RatingMatcher.Match inC, PartBEntry b,
			PartCEntry c, List<Note> flags, boolean hasPartB) {
		ProgressRating fromB = (inB != null && inB.kind() == Kind.RATING) ? inB.rating() : null;
		ProgressRating fromC = (inC != null && inC.kind() == Kind.RATING) ? inC.rating() : null;
		if (inB != null && inB.kind() == Kind.UNKNOWN) {
			flags.add(Note.of("importing.flag.unknownRating", b.column()));
		}
		if (inC != null && inC.kind() == Kind.UNKNOWN) {
			flags.add(Note.of("importing.flag.unknownRating", c.evaluation()));
		}
		if (inC != null && inC.kind() == Kind.PLACEHOLDER) {
			flags
				.add((fromB != null) ? Note.of("importing.flag.placeholderTakenFromB", c.evaluation(), fromB.getLabel())
						: Note.of("importing.flag.placeholder", c.evaluation()));
		}
		if (fromB != null && fromC != null && !Objects.equals(fromB.getCode(), fromC.getCode())) {
			flags.add(Note.of("importing.flag.differs", fromB.getLabel(), fromC.getLabel()));
		}
		if (hasPartB && b == null) {
			flags.add(Note.of("importing.flag.onlyInPartC"));
		}
		if (c == null) {
			flags.add(Note.of("importing.flag.onlyInPartB"));
		}
		return (fromB != null) ? fromB : fromC;
	}

	private static boolean sameTitle(String plan, String document) {
		return WordReportParser.normal(plan).equals(WordReportParser.normal(document));
	}

	private static boolean sameParty(Party party, String name) {
		String key = WordReportParser.normal(name);
		return key.equals(WordReportParser.normal(party.getCode()))
				|| key.equals(WordReportParser.normal(party.getName()))
				|| (party.getNameFr() != null && key.equals(WordReportParser.normal(party.getNameFr())))
				|| (party.getNameEs() != null && key.equals(WordReportParser.normal(party.getNameEs())));
	}

	private static String text(List<String> paragraphs) {
		return String.join("\n\n", paragraphs);
	}

	private ImportUploads.Upload findUpload(Party party, String uploadId) {
		UUID id;
		try {
			id = UUID.fromString(uploadId);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("No upload " + uploadId);
		}
		return this.uploads.find(id, party.getCode(), username())
			.orElseThrow(() -> new NotFoundException("No upload " + uploadId + " of this user"));
	}

	private void checkImport(String partyCode) {
		if (!this.access.canStartReport(partyCode) && !this.access.canRecordReport()) {
			throw new AccessDeniedException("Not allowed to import a report of " + partyCode);
		}
	}

	private Party findParty(String partyCode) {
		return this.parties.findByCode(partyCode).orElseThrow(() -> new NotFoundException("No Party " + partyCode));
	}

	private static String username() {
		return CurrentUser.get().map(NiapUser::getUsername).orElse("");
	}

}
