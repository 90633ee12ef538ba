package org.niaptracker.report.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.niaptracker.meeting.Meeting;
import org.niaptracker.meeting.MeetingRepository;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.niap.ActionRepository;
import org.niaptracker.niap.PlanRevision;
import org.niaptracker.niap.PlanRevisionRepository;
import org.niaptracker.party.Party;
import org.niaptracker.party.PartyRepository;
import org.niaptracker.report.Evaluation;
import org.niaptracker.report.EvaluationRepository;
import org.niaptracker.report.ReportAccess;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.ReportingPeriodRepository;
import org.niaptracker.report.history.ChangedField;
import org.niaptracker.report.history.ReportHistory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat and administrators recording a Party's report to any meeting, past and
 * skipped ones included (Uganda went from SC66 to SC69; its SC67 report can still be
 * recorded). The recorded report follows the Party's plan in force, with one unrated
 * evaluation per action; the Secretariat fills it in with the editor and publishes it
 * ("Record as published").
 */
@Service
@Transactional
public class PastReportService {

	private final ReportingPeriodRepository reports;

	private final EvaluationRepository evaluations;

	private final PartyRepository parties;

	private final MeetingRepository meetings;

	private final PlanRevisionRepository plans;

	private final ActionRepository actions;

	private final ReportHistory history;

	private final ReportAccess access;

	private final Clock clock;

	PastReportService(ReportingPeriodRepository reports, EvaluationRepository evaluations, PartyRepository parties,
			MeetingRepository meetings, PlanRevisionRepository plans, ActionRepository actions, ReportHistory history,
			ReportAccess access, Clock clock) {
		this.reports = reports;
		this.evaluations = evaluations;
		this.parties = parties;
		this.meetings = meetings;
		this.plans = plans;
		this.actions = actions;
		this.history = history;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The meetings the Party has no report to, oldest first, and the form with the cover
	 * lines of the Party's latest report.
	 */
	@Transactional(readOnly = true)
	public RecordReportOptions options(String partyCode) {
		this.access.checkRecord(partyCode);
		Party party = findParty(partyCode);
		List<ReportingPeriod> previous = this.reports.findByPartyWithMeeting(party.getId());
		Set<String> reported = previous.stream().map((r) -> r.getMeeting().getCode()).collect(Collectors.toSet());
		List<String> free = this.meetings.findAllWithScale()
			.stream()
			.map(Meeting::getCode)
			.filter((code) -> !reported.contains(code))
			.toList();
		RecordReportForm form = new RecordReportForm();
		if (!previous.isEmpty()) {
			ReportingPeriod latest = previous.get(0);
			form.setPreparedBy(latest.getPreparedBy());
			form.setLanguageLine(latest.getLanguageLine());
			form.setGroupHeading(latest.getGroupHeading());
		}
		boolean hasPlan = this.plans.findInForce(party.getId()).isPresent();
		return new RecordReportOptions(party.getCode(), party.getName(), free, hasPlan, form);
	}

	/**
	 * Records the Party's report to the meeting: a draft marked as recorded, with the day
	 * the Party sent it, its cover and numbers, one unrated evaluation per action of the
	 * plan in force, and its creation in the history. Returns the meeting's code.
	 */
	public String record(String partyCode, RecordReportForm form) {
		this.access.checkRecord(partyCode);
		Party party = findParty(partyCode);
		Meeting meeting = this.meetings.findByCode(form.getMeetingCode())
			.orElseThrow(() -> new RejectedValueException("meetingCode", "newReport.meeting.unknown"));
		if (this.reports.existsByPartyIdAndMeetingId(party.getId(), meeting.getId())) {
			throw new RejectedValueException("meetingCode", "record.meeting.taken");
		}
		if (form.getSubmittedOn().isAfter(LocalDate.now(this.clock))) {
			throw new RejectedValueException("submittedOn", "record.submittedOn.future");
		}
		if (form.getSubmittedOn().isBefore(form.getPeriodStart().atDay(1))) {
			throw new RejectedValueException("submittedOn", "record.submittedOn.beforePeriod");
		}
		PlanRevision plan = this.plans.findInForce(party.getId())
			.orElseThrow(() -> new RejectedValueException("meetingCode", "newReport.noPlan"));
		ReportingPeriod report = new ReportingPeriod(party, meeting, plan, form.getPeriodStart().atDay(1),
				form.getPeriodEnd().atDay(1));
		report.markRecorded();
		report.submittedOn(form.getSubmittedOn());
		report.updateCover(form.getLanguageLine(), form.getGroupHeading(), report.getPeriodStart(),
				report.getPeriodEnd(), form.getPreparedBy());
		report.number(form.getDocumentRef(), form.getAnnexRef());
		try {
			this.reports.saveAndFlush(report);
		}
		catch (DataIntegrityViolationException ex) {
			// Recorded by someone else in the meantime.
			throw new RejectedValueException("meetingCode", "record.meeting.taken");
		}
		this.evaluations.saveAll(this.actions.findByRevision(plan.getId())
			.stream()
			.map((action) -> new Evaluation(report, action, null, List.of()))
			.toList());
		this.history.record(report, null, ChangedField.CREATED, null, meeting.getCode());
		this.history.recordIfChanged(report, ChangedField.DOCUMENT_REF, null, form.getDocumentRef());
		this.history.recordIfChanged(report, ChangedField.ANNEX_REF, null, form.getAnnexRef());
		return meeting.getCode();
	}

	private Party findParty(String partyCode) {
		return this.parties.findByCode(partyCode).orElseThrow(() -> new NotFoundException("No Party " + partyCode));
	}

}
