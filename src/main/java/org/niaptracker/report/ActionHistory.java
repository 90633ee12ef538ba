package org.niaptracker.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.niaptracker.model.NotFoundException;
import org.niaptracker.niap.Action;
import org.niaptracker.niap.ActionRepository;
import org.niaptracker.niap.PlanAccess;
import org.niaptracker.niap.PlanRevision;
import org.niaptracker.report.ReportView.RatingView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions followed over time by their identity across the revisions of the plan. For one
 * action: its number and title in each revision, and in each report the reader may see,
 * its number then, the Party's rating and points, and the Secretariat's rating where the
 * reader may see it (two statements, three when a Secretariat's rating is visible,
 * however many revisions and meetings). For a whole Party: every action's rating in every
 * report the reader may see (one statement).
 */
@Service
@Transactional(readOnly = true)
public class ActionHistory {

	private final ActionRepository actions;

	private final EvaluationRepository evaluations;

	private final PlanAccess planAccess;

	private final ReportAccess reportAccess;

	private final SecretariatRatings secretariatRatings;

	ActionHistory(ActionRepository actions, EvaluationRepository evaluations, PlanAccess planAccess,
			ReportAccess reportAccess, SecretariatRatings secretariatRatings) {
		this.actions = actions;
		this.evaluations = evaluations;
		this.planAccess = planAccess;
		this.reportAccess = reportAccess;
		this.secretariatRatings = secretariatRatings;
	}

	public View of(String partyCode, long lineageId) {
		List<Action> versions = this.actions.findByLineage(lineageId)
			.stream()
			.filter((action) -> action.getPlanRevision().getParty().getCode().equals(partyCode))
			.filter((action) -> this.planAccess.canRead(action.getPlanRevision()))
			.toList();
		if (versions.isEmpty()) {
			throw new NotFoundException("No action " + lineageId + " in the plan of " + partyCode);
		}
		List<RevisionEntry> revisions = versions.stream().map(RevisionEntry::of).toList();
		List<Evaluation> shown = this.evaluations.findByLineage(lineageId)
			.stream()
			.filter((evaluation) -> this.reportAccess.seesRatingsOf(partyCode,
					evaluation.getReportingPeriod().getStatus()))
			.toList();
		List<Long> assessed = shown.stream()
			.filter((evaluation) -> this.reportAccess.canSeeAssessment(evaluation.getReportingPeriod()))
			.map(Evaluation::getId)
			.toList();
		Map<Long, RatingView> secretariat = this.secretariatRatings.ofEvaluations(assessed);
		List<ReportEntry> reports = shown.stream()
			.map((evaluation) -> ReportEntry.of(evaluation, assessed.contains(evaluation.getId()),
					secretariat.get(evaluation.getId())))
			.toList();
		Action latest = versions.get(versions.size() - 1);
		return new View(partyCode, latest.getPlanRevision().getParty().getName(), lineageId, latest.getNumber(),
				latest.getTitle(), revisions, reports);
	}

	/**
	 * Every action's rating in each of the Party's reports the reader may see its ratings
	 * of (an open report only for the Party's own focal points), in one statement.
	 */
	public PartyRatings ofParty(String partyCode) {
		Map<Long, RatedReport> reports = new LinkedHashMap<>();
		Map<Long, Map<Long, Long>> byLineage = new HashMap<>();
		for (Object[] row : this.evaluations.findRatingsOfParty(partyCode)) {
			ReportStatus status = (ReportStatus) row[4];
			if (!this.reportAccess.seesRatingsOf(partyCode, status)) {
				continue;
			}
			long reportId = (Long) row[0];
			reports.computeIfAbsent(reportId, (id) -> new RatedReport(id, (String) row[1], (Integer) row[2],
					(Long) row[3], this.reportAccess.canSeeAssessment(status, (Boolean) row[5])));
			byLineage.computeIfAbsent((Long) row[6], (lineage) -> new HashMap<>())
				.put(reportId, (row[7] != null) ? (Long) row[7] : PartyRatings.UNRATED);
		}
		return new PartyRatings(new ArrayList<>(reports.values()), byLineage);
	}

	/** The action's history page. */
	public record View(String partyCode, String partyName, long lineageId, String number, String title,
			List<RevisionEntry> revisions, List<ReportEntry> reports) {

		/**
		 * Whether any row may show the Secretariat's rating (the column is shown then).
		 */
		public boolean showsSecretariat() {
			return this.reports.stream().anyMatch(ReportEntry::secretariatShown);
		}

	}

	/** The action as it stood in one revision of the plan. */
	public record RevisionEntry(int revision, boolean draft, LocalDate adoptedOn, int pillarNumber, String pillarName,
			String number, String title, boolean marked) {

		static RevisionEntry of(Action action) {
			PlanRevision revision = action.getPlanRevision();
			return new RevisionEntry(revision.getNumber(), revision.isDraft(), revision.getAdoptedOn(),
					action.getPillar().getNumber(), action.getPillar().getName(), action.getNumber(), action.getTitle(),
					action.isMarked());
		}

	}

	/**
	 * The action in one report: its number then, the Party's rating and points, and the
	 * Secretariat's rating when {@code secretariatShown} (null if it has not rated it).
	 */
	public record ReportEntry(String meetingCode, ReportStatus status, String number, RatingView rating,
			List<String> points, boolean secretariatShown, RatingView secretariatRating) {

		static ReportEntry of(Evaluation evaluation, boolean secretariatShown, RatingView secretariatRating) {
			return new ReportEntry(evaluation.getReportingPeriod().getMeeting().getCode(),
					evaluation.getReportingPeriod().getStatus(), evaluation.getAction().getNumber(),
					(evaluation.getProgressRating() != null) ? RatingView.of(evaluation.getProgressRating()) : null,
					evaluation.getProgressPoints(), secretariatShown, secretariatShown ? secretariatRating : null);
		}

	}

	/**
	 * A Party's reports the reader may see the ratings of, oldest meeting first, and each
	 * action's rating in them: lineage id to report id to rating id ({@link #UNRATED}
	 * while not rated; absent when the report does not evaluate the action).
	 */
	public record PartyRatings(List<RatedReport> reports, Map<Long, Map<Long, Long>> byLineage) {

		public static final long UNRATED = 0L;

	}

	/**
	 * One report of a Party, with whether the reader may see the Secretariat's ratings of
	 * it.
	 */
	public record RatedReport(long id, String meetingCode, int meetingNumber, long scaleId, boolean assessmentShown) {
	}

}
