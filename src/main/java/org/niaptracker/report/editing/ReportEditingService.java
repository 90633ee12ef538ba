package org.niaptracker.report.editing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.niaptracker.meeting.Meeting;
import org.niaptracker.meeting.MeetingCalendar;
import org.niaptracker.meeting.RatingMapping;
import org.niaptracker.meeting.MeetingRepository;
import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.meeting.ProgressRatingRepository;
import org.niaptracker.model.ContentGeneration;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.model.StaleVersionException;
import org.niaptracker.niap.Action;
import org.niaptracker.niap.ActionRepository;
import org.niaptracker.niap.PlanRevision;
import org.niaptracker.niap.PlanRevisionRepository;
import org.niaptracker.party.Party;
import org.niaptracker.party.PartyRepository;
import org.niaptracker.report.Evaluation;
import org.niaptracker.report.EvaluationRepository;
import org.niaptracker.report.ReportAccess;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.ReportView;
import org.niaptracker.report.ReportView.RatingView;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.ReportingPeriodRepository;
import org.niaptracker.report.ReviewNotes;
import org.niaptracker.report.lifecycle.ReportLifecycleService;
import org.niaptracker.report.history.ChangeView;
import org.niaptracker.report.history.ChangedField;
import org.niaptracker.report.history.ReportHistory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Focal points editing their Party's report: starting the next one, rating actions,
 * writing progress points, Part A and the cover. Each save checks who may edit, that the
 * report is still open, and that nobody saved a newer version in between; every change is
 * recorded in the report's history in the same transaction.
 */
@Service
@Transactional
public class ReportEditingService {

	private final ReportReader reports;

	private final ReportingPeriodRepository reportRepository;

	private final EvaluationRepository evaluations;

	private final ProgressRatingRepository ratings;

	private final ReportHistory history;

	private final PartyRepository parties;

	private final MeetingRepository meetings;

	private final ActionRepository actions;

	private final PlanRevisionRepository plans;

	private final MeetingCalendar calendar;

	private final ReportAccess access;

	private final ReportLifecycleService lifecycle;

	private final ReviewNotes notes;

	private final ContentGeneration generation;

	private final ContentGeneration.Kind<ReportAccess.Reader, EditorView> editors;

	ReportEditingService(ReportReader reports, ReportingPeriodRepository reportRepository,
			EvaluationRepository evaluations, ProgressRatingRepository ratings, ReportHistory history,
			PartyRepository parties, MeetingRepository meetings, ActionRepository actions, PlanRevisionRepository plans,
			MeetingCalendar calendar, ReportAccess access, ReportLifecycleService lifecycle, ReviewNotes notes,
			ContentGeneration generation) {
		this.generation = generation;
		this.editors = generation.kind("editors", EditorView::approximateBytes);
		this.plans = plans;
		this.calendar = calendar;
		this.lifecycle = lifecycle;
		this.notes = notes;
		this.reports = reports;
		this.reportRepository = reportRepository;
		this.evaluations = evaluations;
		this.ratings = ratings;
		this.history = history;
		this.parties = parties;
		this.meetings = meetings;
		this.actions = actions;
		this.access = access;
	}

	/**
	 * The editor of a report, for a reader who may edit it. Kept under the content's
	 * generation for every reader {@link ReportAccess#reader} cannot tell apart, as a
	 * report's page is: read again, it costs the generation's statement and no
	 * transaction (it joins one that runs); each call gets forms of its own. Not kept, it
	 * is read in a read-only transaction of its own, after the generation.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public EditorView getEditor(String partyCode, String meetingCode) {
		Optional<ReportAccess.Reader> reader = this.access.reader(partyCode, meetingCode);
		if (reader.isEmpty()) {
			return this.generation.reading(() -> readEditor(partyCode, meetingCode));
		}
		return this.generation.getReading(this.editors, reader.get(), () -> readEditor(partyCode, meetingCode))
			.withFormsOfItsOwn();
	}

	private EditorView readEditor(String partyCode, String meetingCode) {
		ReportingPeriod report = this.reports.find(partyCode, meetingCode);
		this.access.checkEdit(report);
		// Where the Party revises a returned report, the Secretariat's reason and
		// comments.
		boolean returned = report.getStatus() == ReportStatus.RETURNED;
		return new EditorView(this.reports.view(report), PartAForm.of(report), CoverForm.of(report),
				this.history.latest(report, 10), this.lifecycle.returnReason(report).orElse(null),
				returned ? this.notes.of(report) : Map.of(), carriedRatings(report));
	}

	/**
	 * Which ratings of a draft carried from a report on another scale were mapped, and
	 * which actions need a new rating; null when the draft was not carried across scales.
	 */
	private CarriedRatings carriedRatings(ReportingPeriod report) {
		if (report.getCarriedFrom() == null) {
			return null;
		}
		List<CarriedRatings.Carried> carried = this.evaluations
			.findCarriedFromAnotherScale(report.getId(), report.getMeeting().getRatingScale().getId())
			.stream()
			.map((evaluation) -> new CarriedRatings.Carried(evaluation.getAction().getNumber(),
					RatingView.of(evaluation.getCarriedRating()),
					(evaluation.getProgressRating() != null) ? RatingView.of(evaluation.getProgressRating()) : null))
			.toList();
		return carried.isEmpty() ? null : new CarriedRatings(report.getCarriedFrom().getMeeting().getCode(), carried);
	}

	/** The rating and points of one action. */
	public void saveEvaluation(String partyCode, String meetingCode, long evaluationId, EvaluationForm form) {
		Evaluation evaluation = this.reports.findEvaluation(partyCode, meetingCode, evaluationId);
		ReportingPeriod report = evaluation.getReportingPeriod();
		this.access.checkEdit(report);
		if (!StaleVersionException.isCurrent(form.getVersion(), evaluation.getVersion())) {
			throw new StaleVersionException("Evaluation " + evaluationId + " changed",
					evaluationConflict(evaluation, form));
		}
		ProgressRating rating = ratingOf(report, form.getRating());
		List<String> points = form.pointList();
		for (String point : points) {
			if (point.length() > 4000) {
				throw new RejectedValueException("points", "edit.point.tooLong");
			}
		}
		Action action = evaluation.getAction();
		String oldRating = code(evaluation.getProgressRating());
		if (!Objects.equals(oldRating, code(rating))) {
			this.history.record(report, action, ChangedField.RATING, oldRating, code(rating));
			evaluation.rate(rating);
		}
		if (!evaluation.getProgressPoints().equals(points)) {
			this.history.record(report, action, ChangedField.POINTS, String.join("\n", evaluation.getProgressPoints()),
					String.join("\n", points));
			evaluation.replacePoints(points);
		}
	}

	public void savePartA(String partyCode, String meetingCode, PartAForm form) {
		ReportingPeriod report = this.reports.find(partyCode, meetingCode);
		this.access.checkEdit(report);
		StaleVersionException.check(form.getVersion(), report.getVersion(), "Report " + report.getId());
		this.history.recordIfChanged(report, ChangedField.SYNOPSIS, report.getSynopsis(), form.getSynopsis());
		this.history.recordIfChanged(report, ChangedField.PROGRESS_TO_DATE, report.getProgressToDate(),
				form.getProgressToDate());
		this.history.recordIfChanged(report, ChangedField.FUTURE_OUTLOOK, report.getFutureOutlook(),
				form.getFutureOutlook());
		report.updatePartA(form.getSynopsis(), form.getProgressToDate(), form.getFutureOutlook());
	}

	public void saveCover(String partyCode, String meetingCode, CoverForm form) {
		ReportingPeriod report = this.reports.find(partyCode, meetingCode);
		this.access.checkEdit(report);
		StaleVersionException.check(form.getVersion(), report.getVersion(), "Report " + report.getId());
		LocalDate start = form.getPeriodStart().atDay(1);
		LocalDate end = form.getPeriodEnd().atDay(1);
		this.history.recordIfChanged(report, ChangedField.LANGUAGE_LINE, report.getLanguageLine(),
				form.getLanguageLine());
		this.history.recordIfChanged(report, ChangedField.GROUP_HEADING, report.getGroupHeading(),
				form.getGroupHeading());
		this.history.recordIfChanged(report, ChangedField.PERIOD_START, month(report.getPeriodStart()), month(start));
		this.history.recordIfChanged(report, ChangedField.PERIOD_END, month(report.getPeriodEnd()), month(end));
		this.history.recordIfChanged(report, ChangedField.PREPARED_BY, report.getPreparedBy(), form.getPreparedBy());
		report.updateCover(form.getLanguageLine(), form.getGroupHeading(), start, end, form.getPreparedBy());
	}

	/**
	 * The meetings a Party may start its next report for, and the form pre-filled from
	 * its latest report.
	 */
	@Transactional(readOnly = true)
	public NewReportOptions newReportOptions(String partyCode) {
		this.access.checkStart(partyCode);
		Party party = findParty(partyCode);
		List<ReportingPeriod> previous = this.reportRepository.findByPartyWithMeeting(party.getId());
		int lastMeeting = previous.isEmpty() ? 0 : previous.get(0).getMeeting().getNumber();
		NewReportForm form = new NewReportForm();
		if (!previous.isEmpty()) {
			ReportingPeriod latest = previous.get(0);
			form.setPreparedBy(latest.getPreparedBy());
			form.setPeriodStart(YearMonth.from(latest.getPeriodEnd()).plusMonths(1));
		}
		List<Meeting> next = this.meetings.findByNumberGreaterThanOrderByNumber(lastMeeting);
		List<String> meetingCodes = next.stream().map(Meeting::getCode).toList();
		if (!next.isEmpty()) {
			form.setMeetingCode(next.get(0).getCode());
			form.setPeriodEnd(proposedPeriodEnd(next.get(0), form.getPeriodStart()));
		}
		boolean open = this.reportRepository.hasOpenReport(party.getId());
		return new NewReportOptions(party.getCode(), party.getName(), meetingCodes, open, form);
	}

	/**
	 * Starts the Party's report to the next meeting from its latest report: the same
	 * pillars and actions (its NIAP as it stands), the previous ratings where the scale
	 * is the same, the points and Part A carried over for editing. Returns the new
	 * report's meeting code.
	 */
	public String startNextReport(String partyCode, NewReportForm form) {
		this.access.checkStart(partyCode);
		Party party = findParty(partyCode);
		Meeting meeting = this.meetings.findByCode(form.getMeetingCode())
			.orElseThrow(() -> new RejectedValueException("meetingCode", "newReport.meeting.unknown"));
		if (this.reportRepository.hasOpenReport(party.getId())) {
			throw new RejectedValueException("meetingCode", "newReport.alreadyOpen");
		}
		List<ReportingPeriod> previous = this.reportRepository.findByPartyWithMeeting(party.getId());
		ReportingPeriod latest = previous.isEmpty() ? null : previous.get(0);
		if (latest != null && meeting.getNumber() <= latest.getMeeting().getNumber()) {
			throw new RejectedValueException("meetingCode", "newReport.meeting.notNext");
		}
		PlanRevision plan = this.plans.findInForce(party.getId())
			.orElseThrow(() -> new RejectedValueException("meetingCode", "newReport.noPlan"));
		ReportingPeriod report = new ReportingPeriod(party, meeting, plan, form.getPeriodStart().atDay(1),
				form.getPeriodEnd().atDay(1));
		if (latest != null) {
			report.updatePartA(latest.getSynopsis(), latest.getProgressToDate(), latest.getFutureOutlook());
		}
		report.updateCover((latest != null) ? latest.getLanguageLine() : null,
				(latest != null) ? latest.getGroupHeading() : null, report.getPeriodStart(), report.getPeriodEnd(),
				form.getPreparedBy());
		// Before the insert: a change after it would be a second statement and a second
		// version of a report nobody has edited yet.
		report.carriedFrom(latest);
		try {
			this.reportRepository.saveAndFlush(report);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RejectedValueException("meetingCode", "newReport.alreadyOpen");
		}
		Map<Long, Evaluation> before = (latest != null) ? this.evaluations.findForReport(latest.getId())
			.stream()
			.collect(Collectors.toMap((e) -> e.getAction().getLineageId(), Function.identity())) : Map.of();
		// Each action keeps its rating where the scale is the same; across scales the
		// mapping says what the rating becomes, or that the action needs a new rating.
		RatingMapping mapping = (latest != null)
				? this.calendar.mapping(latest.getMeeting().getRatingScale().getId(), meeting.getRatingScale().getId())
				: null;
		List<Evaluation> created = new ArrayList<>();
		for (Action action : this.actions.findByRevision(plan.getId())) {
			Evaluation old = before.get(action.getLineageId());
			ProgressRating was = (old != null) ? old.getProgressRating() : null;
			Evaluation evaluation = new Evaluation(report, action,
					(was != null) ? mapping.target(was).orElse(null) : null,
					(old != null) ? old.getProgressPoints() : List.of());
			evaluation.carriedFrom(was);
			created.add(evaluation);
		}
		this.evaluations.saveAll(created);
		this.history.record(report, null, ChangedField.CREATED, (latest != null) ? latest.getMeeting().getCode() : null,
				meeting.getCode());
		return meeting.getCode();
	}

	/** What the user tried to save beside what is stored now, for the 409 page. */
	private EvaluationConflict evaluationConflict(Evaluation evaluation, EvaluationForm mine) {
		ReportView view = this.reports.view(evaluation.getReportingPeriod());
		ReportView.ActionView stored = view.actions()
			.stream()
			.filter((action) -> action.evaluationId().equals(evaluation.getId()))
			.findFirst()
			.orElseThrow();
		ReportView.RatingView mineRating = view.ratings()
			.stream()
			.filter((rating) -> rating.code().equals(mine.getRating()))
			.findFirst()
			.orElse(null);
		return new EvaluationConflict(view, stored, mine, mine.pointList(), mineRating,
				this.history.ofAction(evaluation.getReportingPeriod(), evaluation.getAction()));
	}

	/**
	 * The last month a report to the meeting can cover: the month before its reports are
	 * due, or else the month before the meeting; null when the meeting has no dates or
	 * the month would come before the period's start.
	 */
	static YearMonth proposedPeriodEnd(Meeting meeting, YearMonth periodStart) {
		LocalDate deadline = (meeting.getReportDueOn() != null) ? meeting.getReportDueOn() : meeting.getStartsOn();
		if (deadline == null) {
			return null;
		}
		YearMonth end = YearMonth.from(deadline).minusMonths(1);
		return (periodStart != null && end.isBefore(periodStart)) ? null : end;
	}

	private Party findParty(String partyCode) {
		return this.parties.findByCode(partyCode).orElseThrow(() -> new NotFoundException("No Party " + partyCode));
	}

	private ProgressRating ratingOf(ReportingPeriod report, String code) {
		if (code == null || code.isEmpty()) {
			return null;
		}
		return this.ratings.findByRatingScaleIdAndCode(report.getMeeting().getRatingScale().getId(), code)
			.orElseThrow(() -> new RejectedValueException("rating", "edit.rating.notOnScale"));
	}

	private static String code(ProgressRating rating) {
		return (rating != null) ? rating.getCode() : null;
	}

	private static String month(LocalDate date) {
		return YearMonth.from(date).toString();
	}

}
