package org.niaptracker.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.niaptracker.meeting.ProgressRatingRepository;
import org.niaptracker.niap.Action;
import org.niaptracker.niap.ActionRepository;
import org.niaptracker.party.Party;
import org.niaptracker.party.PartyRepository;
import org.niaptracker.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading reports. Each method fetches what its page needs in a fixed number of
 * statements, whatever the number of actions.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

	private final ReportingPeriodRepository reports;

	private final EvaluationRepository evaluations;

	private final ProgressRatingRepository ratings;

	private final PartyRepository parties;

	private final ActionRepository actions;

	private final ReportAccess access;

	ReportService(ReportingPeriodRepository reports, EvaluationRepository evaluations, ProgressRatingRepository ratings,
			PartyRepository parties, ActionRepository actions, ReportAccess access) {
		this.reports = reports;
		this.evaluations = evaluations;
		this.ratings = ratings;
		this.parties = parties;
		this.actions = actions;
		this.access = access;
	}

	/**
	 * One report, Parts A, B and C, in three statements, if the current user may read it
	 * (published reports are public; others only for the Party's focal points, the
	 * Secretariat and administrators). Every page and export of a report goes through
	 * here.
	 */
	public ReportView getReport(String partyCode, String meetingCode) {
		ReportingPeriod report = this.reports.findForReading(partyCode, meetingCode)
			.orElseThrow(() -> new NotFoundException("No report of " + partyCode + " to " + meetingCode));
		this.access.checkRead(report);
		return view(report);
	}

	ReportView view(ReportingPeriod report) {
		return ReportView.of(report,
				this.ratings.findByRatingScaleIdOrderByPosition(report.getMeeting().getRatingScale().getId()),
				this.evaluations.findForReport(report.getId()));
	}

	/** The Parties whose reports to a meeting are published, by name. */
	public List<String> publishedPartyCodes(String meetingCode) {
		return this.reports.findPublishedPartyCodes(meetingCode);
	}

	/** Every Party with the reports the current user may read: two statements. */
	public List<PartyReports> listParties() {
		Map<String, List<ReportSummary>> byParty = new LinkedHashMap<>();
		for (ReportingPeriod report : this.reports.findAllWithPartyAndMeeting()) {
			if (!this.access.canRead(report.getParty().getCode(), report.getStatus())) {
				continue;
			}
			byParty.computeIfAbsent(report.getParty().getCode(), (code) -> new ArrayList<>())
				.add(ReportSummary.of(report));
		}
		return this.parties.findAllByOrderByNameAsc()
			.stream()
			.map((party) -> new PartyReports(party.getCode(), party.getName(),
					byParty.getOrDefault(party.getCode(), List.of()), List.of()))
			.toList();
	}

	/**
	 * One Party with its NIAP and the reports the current user may read: three
	 * statements.
	 */
	public PartyReports getParty(String partyCode) {
		Party party = this.parties.findByCode(partyCode)
			.orElseThrow(() -> new NotFoundException("No Party " + partyCode));
		Map<Integer, PartyReports.NiapPillar> niap = new LinkedHashMap<>();
		for (Action action : this.actions.findNiapOfParty(party.getId())) {
			niap.computeIfAbsent(action.getPillar().getNumber(),
					(number) -> new PartyReports.NiapPillar(number, action.getPillar().getName(), new ArrayList<>()))
				.actions()
				.add(PartyReports.NiapAction.of(action));
		}
		List<ReportSummary> summaries = this.reports.findByPartyWithMeeting(party.getId())
			.stream()
			.filter((report) -> this.access.canRead(party.getCode(), report.getStatus()))
			.map(ReportSummary::of)
			.toList();
		return new PartyReports(party.getCode(), party.getName(), summaries, List.copyOf(niap.values()));
	}

}
