package org.niaptracker.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.niaptracker.meeting.Meeting;
import org.niaptracker.meeting.MeetingCalendar;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.lifecycle.MeetingProgress;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.user.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's overview of one meeting: every Party with a NIAP, its report's status
 * and dates, and its actions per rating beside the Secretariat's own figures. The
 * Parties' figures come from the report life cycle, the Secretariat's from its own
 * ratings; four statements whatever the number of Parties and actions.
 */
@Service
@Transactional(readOnly = true)
public class OverviewService {

	private final MeetingCalendar meetings;

	private final MeetingProgress progress;

	private final SecretariatAssessmentRepository assessments;

	private final Clock clock;

	OverviewService(MeetingCalendar meetings, MeetingProgress progress, SecretariatAssessmentRepository assessments,
			Clock clock) {
		this.meetings = meetings;
		this.progress = progress;
		this.assessments = assessments;
		this.clock = clock;
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

	public MeetingOverview overview(String meetingCode) {
		checkSecretariat();
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
		LocalDate today = LocalDate.now(this.clock);
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
		return new MeetingOverview(meeting.getCode(), meeting.getNumber(), meeting.getStartsOn(),
				meeting.getReportDueOn(), columns, rows, this.meetings.codes());
	}

	private static void checkSecretariat() {
		if (!CurrentUser.get().map((user) -> user.is(Role.SECRETARIAT) || user.is(Role.ADMIN)).orElse(false)) {
			throw new AccessDeniedException("The overview is for the Secretariat");
		}
	}

}
