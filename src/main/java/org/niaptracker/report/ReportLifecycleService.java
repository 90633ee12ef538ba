package org.niaptracker.report;

import org.niaptracker.web.RejectedValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;
import org.niaptracker.user.Role;
import org.niaptracker.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's life cycle: submission (after the submission checks pass, freezing what was
 * submitted), return, acceptance, publication and an administrator's reopening. Every
 * move checks the role, the status and the version the user saw, and is recorded in the
 * report's timeline in the same transaction.
 */
@Service
@Transactional
public class ReportLifecycleService {

	private final ReportingPeriodRepository reports;

	private final ReportTransitionRepository transitions;

	private final ReportSubmissionRepository submissions;

	private final ReportService reading;

	private final ReportAccess access;

	private final ReportChecks checks;

	private final JsonMapper json;

	private final java.time.Clock clock;

	private final AssessmentService assessments;

	private final ApplicationEventPublisher events;

	ReportLifecycleService(ReportingPeriodRepository reports, ReportTransitionRepository transitions,
			ReportSubmissionRepository submissions, ReportService reading, ReportAccess access, ReportChecks checks,
			JsonMapper json, java.time.Clock clock, AssessmentService assessments, ApplicationEventPublisher events) {
		this.assessments = assessments;
		this.events = events;
		this.reports = reports;
		this.transitions = transitions;
		this.submissions = submissions;
		this.reading = reading;
		this.access = access;
		this.checks = checks;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A report's page. The Secretariat reads what the Party submitted, even while the
	 * Party revises a returned report.
	 */
	@Transactional(readOnly = true)
	public ReportPage page(String partyCode, String meetingCode) {
		ReportingPeriod report = findReport(partyCode, meetingCode);
		this.access.checkRead(report);
		List<TimelineEntry> timeline = timeline(report);
		TimelineEntry lastSubmission = timeline.stream()
			.filter((entry) -> entry.submission() != null)
			.reduce((first, second) -> second)
			.orElse(null);
		boolean showSubmission = report.getStatus() == ReportStatus.RETURNED && lastSubmission != null
				&& !isFocalPointOf(partyCode);
		ReportView view = showSubmission ? frozen(report, lastSubmission.submission()).withStatus(report.getStatus())
				: this.reading.view(report);
		List<Finding> findings = report.isOpenForEditing() && !showSubmission ? this.checks.run(view) : List.of();
		return new ReportPage(view, report.getVersion(), timeline, steps(report), findings,
				showSubmission ? lastSubmission : null, this.access.canEdit(partyCode, report.getStatus()),
				this.assessments.visibleAssessments(report));
	}

	/** One submission of a report, exactly as it was submitted. */
	@Transactional(readOnly = true)
	public SubmissionView submission(String partyCode, String meetingCode, int number) {
		ReportingPeriod report = findReport(partyCode, meetingCode);
		this.access.checkRead(report);
		ReportSubmission submission = this.submissions.findByReportAndNumber(report.getId(), number)
			.orElseThrow(() -> new NotFoundException("No submission " + number));
		ReportView view = read(submission);
		Optional<ReportView> previous = (number > 1)
				? this.submissions.findByReportAndNumber(report.getId(), number - 1).map(this::read) : Optional.empty();
		return new SubmissionView(view, submission.getNumber(), submission.getSubmittedBy(),
				submission.getSubmittedAt(),
				previous.map((before) -> SubmissionChanges.between(before, view)).orElse(null));
	}

	/** Makes a move of the report's life cycle. */
	public void move(String partyCode, String meetingCode, LifecycleStep step, TransitionForm form) {
		ReportingPeriod report = findReport(partyCode, meetingCode);
		this.access.checkRead(report);
		NiapUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		if (!step.isAllowedFor(user, partyCode)) {
			throw new AccessDeniedException(user.getUsername() + " may not " + step.path() + " this report");
		}
		if (!step.startsFrom(report.getStatus()) || form.getVersion() == null
				|| form.getVersion() != report.getVersion()) {
			throw new EditConflictException("Report is " + report.getStatus() + " at version " + report.getVersion());
		}
		if (step.isMessageRequired() && form.getMessage().isBlank()) {
			throw new RejectedValueException("message", "lifecycle.message.required");
		}
		ReportStatus from = report.getStatus();
		if (step == LifecycleStep.SUBMIT) {
			ReportView view = this.reading.view(report);
			List<Finding> findings = this.checks.run(view);
			if (!findings.isEmpty()) {
				throw new TransitionRefusedException("lifecycle.submit.blocked", findings);
			}
			int number = this.submissions.lastNumber(report.getId()) + 1;
			this.submissions
				.save(new ReportSubmission(report, number, this.json.writeValueAsString(view.withStatus(step.to())),
						user.getUsername(), this.clock.instant()));
		}
		report.moveTo(step.to());
		this.transitions.save(new ReportTransition(report, from, step.to(), user.getId(), user.getUsername(),
				form.getMessage().isBlank() ? null : form.getMessage(), this.clock.instant()));
		try {
			this.reports.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// Reopening while the Party already has another open report.
			throw new TransitionRefusedException("lifecycle.reopen.otherOpen", List.of());
		}
		this.events.publishEvent(new ReportMovedEvent(partyCode, report.getParty().getName(), meetingCode, step,
				user.getUsername(), form.getMessage()));
	}

	private List<LifecycleStep> steps(ReportingPeriod report) {
		Optional<NiapUser> user = CurrentUser.get();
		if (user.isEmpty()) {
			return List.of();
		}
		List<LifecycleStep> steps = new ArrayList<>();
		for (LifecycleStep step : LifecycleStep.values()) {
			if (step.startsFrom(report.getStatus()) && step.isAllowedFor(user.get(), report.getParty().getCode())) {
				steps.add(step);
			}
		}
		return steps;
	}

	private List<TimelineEntry> timeline(ReportingPeriod report) {
		List<TimelineEntry> entries = new ArrayList<>();
		int submission = 0;
		for (ReportTransition transition : this.transitions.findByReport(report.getId())) {
			boolean submitted = transition.getToStatus() == ReportStatus.SUBMITTED;
			entries
				.add(new TimelineEntry(transition.getFromStatus(), transition.getToStatus(), transition.getActorName(),
						transition.getMessage(), transition.getHappenedAt(), submitted ? ++submission : null));
		}
		return entries;
	}

	private ReportView frozen(ReportingPeriod report, int number) {
		return this.submissions.findByReportAndNumber(report.getId(), number)
			.map(this::read)
			.orElseThrow(() -> new IllegalStateException("Submission " + number + " of report " + report.getId()));
	}

	private ReportView read(ReportSubmission submission) {
		return this.json.readValue(submission.getContent(), ReportView.class);
	}

	private static boolean isFocalPointOf(String partyCode) {
		return CurrentUser.get()
			.map((user) -> user.isFocalPointOf(partyCode) && user.is(Role.FOCAL_POINT))
			.orElse(false);
	}

	private ReportingPeriod findReport(String partyCode, String meetingCode) {
		return this.reports.findForReading(partyCode, meetingCode)
			.orElseThrow(() -> new NotFoundException("No report of " + partyCode + " to " + meetingCode));
	}

}
