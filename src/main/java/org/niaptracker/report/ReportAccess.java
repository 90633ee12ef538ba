package org.niaptracker.report;

import java.util.Optional;

import org.niaptracker.model.NotFoundException;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;
import org.niaptracker.user.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and who may change a report. Every page, form and export goes through
 * these rules.
 * <ul>
 * <li>Published reports are public.</li>
 * <li>Other reports (draft, submitted, returned, accepted) are read only by the Party's
 * own focal points, the Secretariat and administrators.</li>
 * <li>Only the Party's own focal points change a report, and only while it is a draft or
 * returned; a report the Secretariat records from the past is changed by the Secretariat
 * and administrators instead (its Party's focal points read it).</li>
 * <li>The meeting document and annex numbers are the Secretariat's and administrators' to
 * give, at any status before publication.</li>
 * <li>How a report was written (its history, the moves of its life cycle with their
 * messages, earlier submissions) stays with the Party's focal points, the Secretariat and
 * administrators, even once the report is published.</li>
 * <li>A report the reader may not see does not exist for that reader: 404 when signed in;
 * signed out, the sign-in page, whether the report exists or not, so that its owner can
 * still follow a link to it.</li>
 * </ul>
 */
@Component
public class ReportAccess {

	/**
	 * The current user as a reader of one report: every rule here depends on the report
	 * and on the reader's role and whether the reader is one of the report's Party's
	 * focal points, and on nothing else about the reader. What is read for a reader
	 * signed in can therefore be kept for every reader who is the same reader of the same
	 * report (equal values). Empty for a reader signed out.
	 */
	public Optional<Reader> reader(String partyCode, String meetingCode) {
		return CurrentUser.get()
			.map((user) -> new Reader(partyCode, meetingCode, user.getRole(), user.isFocalPointOf(partyCode)));
	}

	/**
	 * A reader of one report, as far as these rules can tell readers apart.
	 *
	 * @param partyCode the report's Party
	 * @param meetingCode the report's meeting
	 * @param role the reader's role
	 * @param focalPointOfTheParty whether the reader is one of the Party's focal points
	 */
	public record Reader(String partyCode, String meetingCode, Role role, boolean focalPointOfTheParty) {
	}

	public boolean canRead(String partyCode, ReportStatus status) {
		return status == ReportStatus.PUBLISHED || isInsider(partyCode);
	}

	/**
	 * The report's history, its timeline with the moves' messages, and its submissions:
	 * for the Party's focal points, the Secretariat and administrators.
	 */
	public boolean canReadHowItWasWritten(String partyCode) {
		return isInsider(partyCode);
	}

	private static boolean isInsider(String partyCode) {
		Optional<NiapUser> user = CurrentUser.get();
		return user.isPresent() && (user.get().isFocalPointOf(partyCode) || user.get().isSecretariatOrAdmin());
	}

	public boolean canEdit(ReportingPeriod report) {
		return report.isOpen() && CurrentUser.get()
			.map((user) -> report.isRecorded() ? user.isSecretariatOrAdmin()
					: user.isFocalPointOf(report.getParty().getCode()))
			.orElse(false);
	}

	/**
	 * Whether the current user may record a Party's past report: the Secretariat,
	 * administrators.
	 */
	public boolean canRecordReport() {
		return CurrentUser.isSecretariatOrAdmin();
	}

	/**
	 * Whether the current user may give the report its meeting document and annex
	 * numbers: the Secretariat and administrators, until the report is published.
	 */
	public boolean canNumber(ReportingPeriod report) {
		return report.getStatus() != ReportStatus.PUBLISHED && canRecordReport();
	}

	/**
	 * Whether the current user works on the Party's draft itself: while the Secretariat
	 * has it returned, everyone else reads the Party's last submission.
	 */
	public boolean readsTheDraft(String partyCode) {
		return CurrentUser.get().map((user) -> user.isFocalPointOf(partyCode)).orElse(false);
	}

	/**
	 * Whether the reader sees a report's own ratings in charts, timelines and trends: a
	 * report it may read, and an open one (draft, returned) only for the Party's focal
	 * points, since everyone else reads the last submission, not the draft.
	 */
	public boolean seesRatingsOf(String partyCode, ReportStatus status) {
		return canRead(partyCode, status) && (!status.isOpen() || readsTheDraft(partyCode));
	}

	/** Whether the current user may start its Party's next report. */
	public boolean canStartReport(String partyCode) {
		return readsTheDraft(partyCode);
	}

	/**
	 * The Secretariat rates actions itself once a report has been submitted (never a
	 * draft).
	 */
	public boolean canAssess(ReportStatus status) {
		return status != ReportStatus.DRAFT && CurrentUser.get().map((user) -> user.is(Role.SECRETARIAT)).orElse(false);
	}

	/**
	 * The Secretariat's ratings: for the Secretariat and administrators; for everyone
	 * once the report and the assessment are both published.
	 */
	public boolean canSeeAssessment(ReportingPeriod report) {
		return canSeeAssessment(report.getStatus(), report.isAssessmentPublished());
	}

	/** {@link #canSeeAssessment(ReportingPeriod)} from the report's status and flag. */
	public boolean canSeeAssessment(ReportStatus status, boolean assessmentPublished) {
		if (status == ReportStatus.PUBLISHED && assessmentPublished) {
			return true;
		}
		return CurrentUser.isSecretariatOrAdmin();
	}

	/**
	 * The review page and its comments: the Secretariat, administrators and the Party's
	 * focal points, once the report has been submitted.
	 */
	public boolean canReadReview(String partyCode, ReportStatus status) {
		return status != ReportStatus.DRAFT && CurrentUser.get()
			.map((user) -> user.isSecretariatOrAdmin() || user.isFocalPointOf(partyCode))
			.orElse(false);
	}

	/**
	 * Comments: the Secretariat on a submitted report; the Party's focal points answering
	 * on their returned report.
	 */
	public boolean canComment(String partyCode, ReportStatus status) {
		return CurrentUser.get()
			.map((user) -> (user.is(Role.SECRETARIAT) && status != ReportStatus.DRAFT)
					|| (user.isFocalPointOf(partyCode) && status == ReportStatus.RETURNED))
			.orElse(false);
	}

	public void checkReadReview(ReportingPeriod report) {
		checkRead(report);
		if (!canReadReview(report.getParty().getCode(), report.getStatus())) {
			throw new AccessDeniedException("Not allowed to read the review of this report");
		}
	}

	public void checkComment(ReportingPeriod report) {
		checkReadReview(report);
		if (!canComment(report.getParty().getCode(), report.getStatus())) {
			throw new AccessDeniedException("Not allowed to comment on this report");
		}
	}

	public void checkRead(ReportingPeriod report) {
		if (!canRead(report.getParty().getCode(), report.getStatus())) {
			throw hidden(report.getParty().getCode(), report.getMeeting().getCode());
		}
	}

	/** The history, timeline messages and submissions of a report the user may read. */
	public void checkReadHowItWasWritten(ReportingPeriod report) {
		checkRead(report);
		if (!canReadHowItWasWritten(report.getParty().getCode())) {
			throw hidden(report.getParty().getCode(), report.getMeeting().getCode());
		}
	}

	/**
	 * What a reader who may not see a report gets, whether it exists or not: signed out,
	 * the sign-in page; signed in, 404.
	 */
	public RuntimeException hidden(String partyCode, String meetingCode) {
		if (CurrentUser.get().isEmpty()) {
			return new AccessDeniedException("Sign in to read the report of " + partyCode + " to " + meetingCode);
		}
		return new NotFoundException("No report of " + partyCode + " to " + meetingCode + " for this reader");
	}

	public void checkEdit(ReportingPeriod report) {
		checkRead(report);
		if (!canEdit(report)) {
			throw new AccessDeniedException("Not allowed to change this report");
		}
	}

	/**
	 * The role to number a report; a published report's numbers are refused by the report
	 * itself (a conflict, not a matter of rights).
	 */
	public void checkNumber(ReportingPeriod report) {
		checkRead(report);
		if (!canRecordReport()) {
			throw new AccessDeniedException("Not allowed to number this report");
		}
	}

	public void checkRecord(String partyCode) {
		if (!canRecordReport()) {
			throw new AccessDeniedException("Not allowed to record a report of " + partyCode);
		}
	}

	public void checkStart(String partyCode) {
		if (!canStartReport(partyCode)) {
			throw new AccessDeniedException("Not allowed to start a report for " + partyCode);
		}
	}

}
