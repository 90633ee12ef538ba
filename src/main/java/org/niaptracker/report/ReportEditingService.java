package org.niaptracker.report;

import org.niaptracker.web.RejectedValueException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.niaptracker.meeting.Meeting;
import org.niaptracker.meeting.MeetingRepository;
import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.meeting.ProgressRatingRepository;
import org.niaptracker.niap.Action;
import org.niaptracker.niap.ActionRepository;
import org.niaptracker.party.Party;
import org.niaptracker.party.PartyRepository;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;
import org.niaptracker.web.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
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

	private static final List<ReportStatus> OPEN = List.of(ReportStatus.DRAFT, ReportStatus.RETURNED);

	private final ReportingPeriodRepository reports;

	private final EvaluationRepository evaluations;

	private final ProgressRatingRepository ratings;

	private final ReportChangeRepository changes;

	private final PartyRepository parties;

	private final MeetingRepository meetings;

	private final ActionRepository actions;

	private final ReportAccess access;

	private final ReportService reading;

	private final Clock clock;

	ReportEditingService(ReportingPeriodRepository reports, EvaluationRepository evaluations,
			ProgressRatingRepository ratings, ReportChangeRepository changes, PartyRepository parties,
			MeetingRepository meetings, ActionRepository actions, ReportAccess access, ReportService reading,
			Clock clock) {
		this.reports = reports;
		this.evaluations = evaluations;
		this.ratings = ratings;
		this.changes = changes;
		this.parties = parties;
		this.meetings = meetings;
		this.actions = actions;
		this.access = access;
		this.reading = reading;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public EditorView getEditor(String partyCode, String meetingCode) {
		ReportingPeriod report = findReport(partyCode, meetingCode);
		this.access.checkEdit(report);
		ReportView view = this.reading.view(report);
		List<ChangeView> recent = this.changes.findByReport(report.getId())
			.stream()
			.limit(10)
			.map(ChangeView::of)
			.toList();
		return new EditorView(view, PartAForm.of(report), CoverForm.of(report), recent);
	}

	/** The rating and points of one action. */
	public void saveEvaluation(String partyCode, String meetingCode, long evaluationId, EvaluationForm form) {
		Evaluation evaluation = findEvaluation(partyCode, meetingCode, evaluationId);
		ReportingPeriod report = evaluation.getReportingPeriod();
		this.access.checkEdit(report);
		checkVersion(form.getVersion(), evaluation.getVersion());
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
			record(report, action, ChangedField.RATING, oldRating, code(rating));
			evaluation.rate(rating);
		}
		if (!evaluation.getProgressPoints().equals(points)) {
			record(report, action, ChangedField.POINTS, String.join("\n", evaluation.getProgressPoints()),
					String.join("\n", points));
			evaluation.replacePoints(points);
		}
	}

	public void savePartA(String partyCode, String meetingCode, PartAForm form) {
		ReportingPeriod report = findReport(partyCode, meetingCode);
		this.access.checkEdit(report);
		checkVersion(form.getVersion(), report.getVersion());
		recordIfChanged(report, ChangedField.SYNOPSIS, report.getSynopsis(), form.getSynopsis());
		recordIfChanged(report, ChangedField.PROGRESS_TO_DATE, report.getProgressToDate(), form.getProgressToDate());
		recordIfChanged(report, ChangedField.FUTURE_OUTLOOK, report.getFutureOutlook(), form.getFutureOutlook());
		report.updatePartA(form.getSynopsis(), form.getProgressToDate(), form.getFutureOutlook());
	}

	public void saveCover(String partyCode, String meetingCode, CoverForm form) {
		ReportingPeriod report = findReport(partyCode, meetingCode);
		this.access.checkEdit(report);
		checkVersion(form.getVersion(), report.getVersion());
		LocalDate start = form.getPeriodStart().atDay(1);
		LocalDate end = form.getPeriodEnd().atDay(1);
		recordIfChanged(report, ChangedField.DOCUMENT_REF, report.getDocumentRef(), form.getDocumentRef());
		recordIfChanged(report, ChangedField.ANNEX_REF, report.getAnnexRef(), form.getAnnexRef());
		recordIfChanged(report, ChangedField.LANGUAGE_LINE, report.getLanguageLine(), form.getLanguageLine());
		recordIfChanged(report, ChangedField.GROUP_HEADING, report.getGroupHeading(), form.getGroupHeading());
		recordIfChanged(report, ChangedField.PERIOD_START, month(report.getPeriodStart()), month(start));
		recordIfChanged(report, ChangedField.PERIOD_END, month(report.getPeriodEnd()), month(end));
		recordIfChanged(report, ChangedField.PREPARED_BY, report.getPreparedBy(), form.getPreparedBy());
		report.updateCover(form.getDocumentRef(), form.getAnnexRef(), form.getLanguageLine(), form.getGroupHeading(),
				start, end, form.getPreparedBy());
	}

	/**
	 * The meetings a Party may start its next report for, and the form pre-filled from
	 * its latest report.
	 */
	@Transactional(readOnly = true)
	public NewReportOptions newReportOptions(String partyCode) {
		this.access.checkStart(partyCode);
		Party party = findParty(partyCode);
		List<ReportingPeriod> previous = this.reports.findByPartyWithMeeting(party.getId());
		int lastMeeting = previous.isEmpty() ? 0 : previous.get(0).getMeeting().getNumber();
		NewReportForm form = new NewReportForm();
		if (!previous.isEmpty()) {
			ReportingPeriod latest = previous.get(0);
			form.setPreparedBy(latest.getPreparedBy());
			form.setPeriodStart(YearMonth.from(latest.getPeriodEnd()).plusMonths(1));
		}
		List<String> meetingCodes = this.meetings.findByNumberGreaterThanOrderByNumber(lastMeeting)
			.stream()
			.map(Meeting::getCode)
			.toList();
		if (!meetingCodes.isEmpty()) {
			form.setMeetingCode(meetingCodes.get(0));
		}
		boolean open = this.reports.existsByPartyIdAndStatusIn(party.getId(), OPEN);
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
		if (this.reports.existsByPartyIdAndStatusIn(party.getId(), OPEN)) {
			throw new RejectedValueException("meetingCode", "newReport.alreadyOpen");
		}
		List<ReportingPeriod> previous = this.reports.findByPartyWithMeeting(party.getId());
		ReportingPeriod latest = previous.isEmpty() ? null : previous.get(0);
		if (latest != null && meeting.getNumber() <= latest.getMeeting().getNumber()) {
			throw new RejectedValueException("meetingCode", "newReport.meeting.notNext");
		}
		ReportingPeriod report = new ReportingPeriod(party, meeting, form.getPeriodStart().atDay(1),
				form.getPeriodEnd().atDay(1));
		if (latest != null) {
			report.updatePartA(latest.getSynopsis(), latest.getProgressToDate(), latest.getFutureOutlook());
		}
		report.updateCover(form.getDocumentRef(), form.getAnnexRef(),
				(latest != null) ? latest.getLanguageLine() : null, (latest != null) ? latest.getGroupHeading() : null,
				report.getPeriodStart(), report.getPeriodEnd(), form.getPreparedBy());
		try {
			this.reports.saveAndFlush(report);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RejectedValueException("meetingCode", "newReport.alreadyOpen");
		}
		Map<Long, Evaluation> before = (latest != null) ? this.evaluations.findForReport(latest.getId())
			.stream()
			.collect(Collectors.toMap((e) -> e.getAction().getId(), Function.identity())) : Map.of();
		boolean sameScale = latest != null
				&& latest.getMeeting().getRatingScale().getId().equals(meeting.getRatingScale().getId());
		List<Evaluation> created = new ArrayList<>();
		for (Action action : this.actions.findNiapOfParty(party.getId())) {
			Evaluation old = before.get(action.getId());
			created.add(new Evaluation(report, action, (old != null && sameScale) ? old.getProgressRating() : null,
					(old != null) ? old.getProgressPoints() : List.of()));
		}
		this.evaluations.saveAll(created);
		record(report, null, ChangedField.CREATED, (latest != null) ? latest.getMeeting().getCode() : null,
				meeting.getCode());
		return meeting.getCode();
	}

	/** What the user tried to save beside what is stored now. */
	@Transactional(readOnly = true)
	public EvaluationConflict evaluationConflict(String partyCode, String meetingCode, long evaluationId,
			EvaluationForm mine) {
		Evaluation evaluation = findEvaluation(partyCode, meetingCode, evaluationId);
		ReportingPeriod report = evaluation.getReportingPeriod();
		this.access.checkEdit(report);
		ReportView view = this.reading.view(report);
		ReportView.ActionView stored = view.actions()
			.stream()
			.filter((action) -> action.evaluationId().equals(evaluationId))
			.findFirst()
			.orElseThrow();
		ReportView.RatingView mineRating = view.ratings()
			.stream()
			.filter((rating) -> rating.code().equals(mine.getRating()))
			.findFirst()
			.orElse(null);
		List<ChangeView> since = this.changes.findByReportAndAction(report.getId(), evaluation.getAction().getId())
			.stream()
			.map(ChangeView::of)
			.toList();
		return new EvaluationConflict(view, stored, mine, mine.pointList(), mineRating, since);
	}

	/** A report's history, or one action's. */
	@Transactional(readOnly = true)
	public HistoryView history(String partyCode, String meetingCode, String actionNumber) {
		ReportingPeriod report = findReport(partyCode, meetingCode);
		this.access.checkRead(report);
		ReportView view = this.reading.view(report);
		if (actionNumber == null) {
			return new HistoryView(view, null,
					this.changes.findByReport(report.getId()).stream().map(ChangeView::of).toList());
		}
		Evaluation evaluation = this.evaluations.findForReport(report.getId())
			.stream()
			.filter((e) -> e.getAction().getNumber().equals(actionNumber))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No action " + actionNumber + " in this report"));
		ReportView.ActionView action = view.actions()
			.stream()
			.filter((a) -> a.evaluationId().equals(evaluation.getId()))
			.findFirst()
			.orElseThrow();
		return new HistoryView(view, action,
				this.changes.findByReportAndAction(report.getId(), evaluation.getAction().getId())
					.stream()
					.map(ChangeView::of)
					.toList());
	}

	private ReportingPeriod findReport(String partyCode, String meetingCode) {
		return this.reports.findForReading(partyCode, meetingCode)
			.orElseThrow(() -> new NotFoundException("No report of " + partyCode + " to " + meetingCode));
	}

	private Party findParty(String partyCode) {
		return this.parties.findByCode(partyCode).orElseThrow(() -> new NotFoundException("No Party " + partyCode));
	}

	/**
	 * The evaluation, which must belong to the report named in the address (no forged
	 * ids).
	 */
	private Evaluation findEvaluation(String partyCode, String meetingCode, long evaluationId) {
		return this.evaluations.findForEditing(evaluationId)
			.filter((e) -> e.getReportingPeriod().getParty().getCode().equals(partyCode)
					&& e.getReportingPeriod().getMeeting().getCode().equals(meetingCode))
			.orElseThrow(() -> new NotFoundException("No evaluation " + evaluationId + " in this report"));
	}

	private ProgressRating ratingOf(ReportingPeriod report, String code) {
		if (code == null || code.isEmpty()) {
			return null;
		}
		return this.ratings.findByRatingScaleIdAndCode(report.getMeeting().getRatingScale().getId(), code)
			.orElseThrow(() -> new RejectedValueException("rating", "edit.rating.notOnScale"));
	}

	private static void checkVersion(Integer formVersion, int storedVersion) {
		if (formVersion == null || formVersion != storedVersion) {
			throw new EditConflictException("Form version " + formVersion + ", stored " + storedVersion);
		}
	}

	private void recordIfChanged(ReportingPeriod report, ChangedField field, String before, String after) {
		String old = (before != null) ? before : "";
		String now = (after != null) ? after : "";
		if (!old.equals(now)) {
			record(report, null, field, old, now);
		}
	}

	private void record(ReportingPeriod report, Action action, ChangedField field, String before, String after) {
		NiapUser user = CurrentUser.get().orElseThrow();
		this.changes.save(new ReportChange(report, action, field, before, after, user.getId(), user.getUsername(),
				this.clock.instant()));
	}

	private static String code(ProgressRating rating) {
		return (rating != null) ? rating.getCode() : null;
	}

	private static String month(LocalDate date) {
		return YearMonth.from(date).toString();
	}

}
