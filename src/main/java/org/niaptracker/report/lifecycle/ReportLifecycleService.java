package org.niaptracker.report.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.niaptracker.model.ContentGeneration;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.model.StaleVersionException;
import org.niaptracker.report.FrozenSubmission;
import org.niaptracker.report.ReportAccess;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.ReportSubmission;
import org.niaptracker.report.ReportSubmissionRepository;
import org.niaptracker.report.ReportView;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.ReportingPeriodRepository;
import org.niaptracker.report.VisibleReport;
import org.niaptracker.report.history.ChangedField;
import org.niaptracker.report.history.ReportHistory;
import org.niaptracker.report.lifecycle.check.Finding;
import org.niaptracker.report.lifecycle.check.ReportChecks;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

	private final ReportReader reports;

	private final ReportingPeriodRepository reportRepository;

	private final ReportTransitionRepository transitions;

	private final ReportSubmissionRepository submissions;

	private final ReportAccess access;

	private final ReportChecks checks;

	private final JsonMapper json;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ReportHistory history;

	private final ContentGeneration generation;

	private final ContentGeneration.Kind<Long, List<TimelineEntry>> timelines;

	private final ContentGeneration.Kind<ReportAccess.Reader, ReportPage> pages;

	ReportLifecycleService(ReportReader reports, ReportingPeriodRepository reportRepository,
			ReportTransitionRepository transitions, ReportSubmissionRepository submissions, ReportAccess access,
			ReportChecks checks, JsonMapper json, Clock clock, ApplicationEventPublisher events, ReportHistory history,
			ContentGeneration generation) {
		this.history = history;
		this.generation = generation;
		this.timelines = generation.kind("timelines", (timeline) -> 128 + 256 * timeline.size());
		this.pages = generation.kind("report_pages", ReportPage::approximateBytes);
		this.reports = reports;
		this.reportRepository = reportRepository;
		this.transitions = transitions;
		this.submissions = submissions;
		this.access = access;
		this.checks = checks;
		this.json = json;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * A report's page: the report as the reader may see it, its timeline, the moves the
	 * reader may make and, on an open report, what to fix before submitting.
	 */
	@Transactional(readOnly = true)
	public ReportPage page(String partyCode, String meetingCode) {
		return page(partyCode, meetingCode, (report) -> false).orElseThrow();
	}

	/**
	 * The report's page, unless {@code unchanged} says the reader already has it (a
	 * conditional request): then empty, after one statement.
	 * <p>
	 * A reader signed in gets no validator
	 * ({@link org.niaptracker.report.ReportValidator}), so {@code unchanged} is asked
	 * only of readers signed out. What a reader signed in sees of a report depends on the
	 * content and on the reader as {@link ReportAccess#reader} tells readers apart (the
	 * rules of {@link LifecycleStep} too), so the page is kept under the content's
	 * generation for every such reader: read again, it costs the generation's statement,
	 * instead of the report's entity, its checks and its timeline, and no transaction (it
	 * joins one that runs). A page not kept is read in a read-only transaction of its
	 * own, after the generation. A reader who may not see the report gets what it gets
	 * from the report itself, and nothing is kept.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<ReportPage> page(String partyCode, String meetingCode, Predicate<ReportingPeriod> unchanged) {
		Optional<ReportAccess.Reader> reader = this.access.reader(partyCode, meetingCode);
		if (reader.isPresent()) {
			return Optional.of(this.generation.getReading(this.pages, reader.get(),
					() -> read(partyCode, meetingCode, (report) -> false).orElseThrow()));
		}
		return this.generation.reading(() -> read(partyCode, meetingCode, unchanged));
	}

	private Optional<ReportPage> read(String partyCode, String meetingCode, Predicate<ReportingPeriod> unchanged) {
		ReportingPeriod report = this.reports.findReadable(partyCode, meetingCode);
		if (unchanged.test(report)) {
			return Optional.empty();
		}
		VisibleReport visible = this.reports.read(report);
		// How the report was written stays with the Party, the Secretariat and
		// administrators.
		List<TimelineEntry> timeline = this.access.canReadHowItWasWritten(partyCode) ? timeline(report) : List.of();
		TimelineEntry shown = timeline.stream()
			.filter((entry) -> visible.shownSubmission() != null
					&& visible.shownSubmission().equals(entry.submission()))
			.findFirst()
			.orElse(null);
		List<Finding> findings = (report.isOpen() && !visible.isSubmissionShown())
				? this.checks.run(visible.report(), this.reports.actionsNotEvaluated(report)) : List.of();
		return Optional.of(new ReportPage(visible.report(), report.getVersion(), timeline, steps(report), findings,
				shown, this.access.canEdit(report), visible.assessments(),
				this.access.canReadReview(partyCode, report.getStatus()), this.access.canReadHowItWasWritten(partyCode),
				report.isRecorded(), report.getSubmittedOn(),
				this.access.canNumber(report) ? DocumentNumbersForm.of(report) : null));
	}

	/** One submission of a report, exactly as it was submitted. */
	@Transactional(readOnly = true)
	public SubmissionView submission(String partyCode, String meetingCode, int number) {
		ReportingPeriod report = this.reports.find(partyCode, meetingCode);
		this.access.checkReadHowItWasWritten(report);
		FrozenSubmission submission = this.reports.submission(report, number)
			.orElseThrow(() -> new NotFoundException("No submission " + number));
		Optional<FrozenSubmission> previous = (number > 1) ? this.reports.submission(report, number - 1)
				: Optional.empty();
		return new SubmissionView(submission.report(), submission.number(), submission.submittedBy(),
				submission.submittedAt(),
				previous.map((before) -> SubmissionChanges.between(before.report(), submission.report())).orElse(null));
	}

	/** Makes a move of the report's life cycle. */
	public void move(String partyCode, String meetingCode, LifecycleStep step, TransitionForm form) {
		ReportingPeriod report = this.reports.findReadable(partyCode, meetingCode);
		NiapUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		if (!step.isAllowedFor(user, partyCode, report.isRecorded())) {
			throw new AccessDeniedException(user.getUsername() + " may not " + step.path() + " this report");
		}
		if (!step.startsFrom(report.getStatus())) {
			throw new StaleVersionException("Report is " + report.getStatus() + ", cannot " + step.path());
		}
		StaleVersionException.check(form.getVersion(), report.getVersion(), "Report " + report.getId());
		if (step.isMessageRequired() && form.getMessage().isBlank()) {
			throw new RejectedValueException("message", "lifecycle.message.required");
		}
		var from = report.getStatus();
		ReportView view = step.isChecked() ? this.reports.view(report) : null;
		if (step.isChecked()) {
			List<Finding> findings = this.checks.run(view, this.reports.actionsNotEvaluated(report));
			if (findings.stream().anyMatch((finding) -> !finding.warning())) {
				throw new TransitionRefusedException("lifecycle." + step.path() + ".blocked");
			}
		}
		if (step == LifecycleStep.SUBMIT) {
			// A recorded report is not frozen when published: no Party sent it through
			// the
			// app, the Secretariat typed it, and once published it is read-only anyway.
			int number = this.submissions.lastNumber(report.getId()) + 1;
			this.submissions
				.save(new ReportSubmission(report, number, this.json.writeValueAsString(view.withStatus(step.to())),
						user.getUsername(), this.clock.instant()));
			report.firstSubmittedOn(LocalDate.now(this.clock));
		}
		report.moveTo(step.to());
		this.transitions.save(new ReportTransition(report, from, step.to(), user.getId(), user.getUsername(),
				form.getMessage().isBlank() ? null : form.getMessage(), this.clock.instant()));
		try {
			this.reportRepository.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// Reopening while the Party already has another open report.
			throw new TransitionRefusedException("lifecycle.reopen.otherOpen");
		}
		this.events.publishEvent(new ReportMovedEvent(partyCode, report.getParty().getName(), meetingCode, step,
				user.getUsername(), form.getMessage()));
	}

	/**
	 * The Secretariat gives the report the meeting document and annex it is published as,
	 * at any status before publication; recorded in the report's history.
	 */
	/** Refuses whoever may not number the report (a form sent back with its errors). */
	@Transactional(readOnly = true)
	public void checkNumber(String partyCode, String meetingCode) {
		this.access.checkNumber(this.reports.find(partyCode, meetingCode));
	}

	public void number(String partyCode, String meetingCode, DocumentNumbersForm form) {
		ReportingPeriod report = this.reports.find(partyCode, meetingCode);
		this.access.checkNumber(report);
		StaleVersionException.check(form.getVersion(), report.getVersion(), "Report " + report.getId());
		this.history.recordIfChanged(report, ChangedField.DOCUMENT_REF, report.getDocumentRef(), form.getDocumentRef());
		this.history.recordIfChanged(report, ChangedField.ANNEX_REF, report.getAnnexRef(), form.getAnnexRef());
		report.number(form.getDocumentRef(), form.getAnnexRef());
	}

	/**
	 * Why the Secretariat returned the report, while it is returned: the last move to
	 * Returned, with its message; empty otherwise.
	 */
	@Transactional(readOnly = true)
	public Optional<TimelineEntry> returnReason(ReportingPeriod report) {
		if (report.getStatus() != ReportStatus.RETURNED) {
			return Optional.empty();
		}
		List<TimelineEntry> timeline = timeline(report);
		for (int i = timeline.size() - 1; i >= 0; i--) {
			if (timeline.get(i).to() == ReportStatus.RETURNED) {
				return Optional.of(timeline.get(i));
			}
		}
		return Optional.empty();
	}

	/** How many reports {@link #waitingIn} lists: one statement. */
	@Transactional(readOnly = true)
	public long countWaitingIn(ReportStatus status, String partyCode) {
		return (partyCode != null) ? this.transitions.countInStatusOfParty(status, partyCode)
				: this.transitions.countInStatus(status);
	}

	/**
	 * The reports waiting in a status, for one Party or (with a null Party) for all, with
	 * the time of their last move: one statement.
	 */
	@Transactional(readOnly = true)
	public List<WaitingReport> waitingIn(ReportStatus status, String partyCode) {
		return ((partyCode != null) ? this.transitions.findInStatusOfParty(status, partyCode)
				: this.transitions.findInStatus(status))
			.stream()
			.map((row) -> {
				ReportingPeriod report = (ReportingPeriod) row[0];
				return new WaitingReport(report.getParty().getCode(), report.getParty().getName(),
						report.getMeeting().getCode(), report.getStatus(), (Instant) row[1]);
			})
			.toList();
	}

	private List<LifecycleStep> steps(ReportingPeriod report) {
		Optional<NiapUser> user = CurrentUser.get();
		if (user.isEmpty()) {
			return List.of();
		}
		List<LifecycleStep> steps = new ArrayList<>();
		for (LifecycleStep step : LifecycleStep.values()) {
			if (step.startsFrom(report.getStatus())
					&& step.isAllowedFor(user.get(), report.getParty().getCode(), report.isRecorded())) {
				steps.add(step);
			}
		}
		return steps;
	}

	/** A report's timeline, kept under the content's generation. */
	private List<TimelineEntry> timeline(ReportingPeriod report) {
		return this.generation.get(this.timelines, report.getId(), () -> readTimeline(report));
	}

	private List<TimelineEntry> readTimeline(ReportingPeriod report) {
		List<TimelineEntry> entries = new ArrayList<>();
		int submission = 0;
		for (ReportTransition transition : this.transitions.findByReport(report.getId())) {
			boolean submitted = transition.getToStatus() == ReportStatus.SUBMITTED;
			entries
				.add(new TimelineEntry(transition.getFromStatus(), transition.getToStatus(), transition.getActorName(),
						transition.getMessage(), transition.getHappenedAt(), submitted ? ++submission : null));
		}
		return List.copyOf(entries);
	}

}
