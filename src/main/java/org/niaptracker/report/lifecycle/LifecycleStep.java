package org.niaptracker.report.lifecycle;

import org.niaptracker.report.ReportStatus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.niaptracker.security.NiapUser;
import org.niaptracker.user.Role;

/**
 * The moves of a report's life cycle, who may make each and from which statuses: Draft →
 * Submitted → (Returned → Submitted)* → Accepted → Published. Nobody edits a submitted or
 * accepted report; an administrator can reopen one, giving a reason. A report the
 * Secretariat records from the past skips the Party's steps: Draft → Published in one
 * move.
 */
public enum LifecycleStep {

	/** The Party's focal point sends the report to the Secretariat. */
	SUBMIT(Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED), ReportStatus.SUBMITTED, false),

	/** The Secretariat sends it back for revision, saying why. */
	RETURN(Set.of(ReportStatus.SUBMITTED), ReportStatus.RETURNED, true),

	/** The Secretariat accepts it. */
	ACCEPT(Set.of(ReportStatus.SUBMITTED), ReportStatus.ACCEPTED, false),

	/** The Secretariat publishes an accepted report for everyone to read. */
	PUBLISH(Set.of(ReportStatus.ACCEPTED), ReportStatus.PUBLISHED, false),

	/** An administrator gives a report back to its Party, giving a reason. */
	REOPEN(Set.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, ReportStatus.PUBLISHED), ReportStatus.RETURNED, true),

	/**
	 * The Secretariat publishes a report it recorded from the past ("Record as
	 * published"), once the submission checks pass.
	 */
	RECORD(Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED), ReportStatus.PUBLISHED, false);

	private final Set<ReportStatus> from;

	private final ReportStatus to;

	private final boolean messageRequired;

	LifecycleStep(Set<ReportStatus> from, ReportStatus to, boolean messageRequired) {
		this.from = from;
		this.to = to;
		this.messageRequired = messageRequired;
	}

	public ReportStatus to() {
		return this.to;
	}

	public boolean isMessageRequired() {
		return this.messageRequired;
	}

	/** How the step appears in addresses: {@code /lifecycle/submit}. */
	public String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<LifecycleStep> fromPath(String path) {
		return Arrays.stream(values()).filter((step) -> step.path().equals(path)).findFirst();
	}

	/** Whether the report's status allows this step at all. */
	public boolean startsFrom(ReportStatus status) {
		return this.from.contains(status);
	}

	/**
	 * Whether this user has the role to take this step on a report of this Party: a
	 * Party's focal points submit the reports written in the app, the Secretariat and
	 * administrators publish the ones they recorded from the past.
	 */
	public boolean isAllowedFor(NiapUser user, String partyCode, boolean recorded) {
		return switch (this) {
			case SUBMIT -> !recorded && user.isFocalPointOf(partyCode);
			case RETURN, ACCEPT, PUBLISH -> user.is(Role.SECRETARIAT);
			case REOPEN -> user.is(Role.ADMIN);
			case RECORD -> recorded && user.isSecretariatOrAdmin();
		};
	}

	/** Whether the step runs the submission checks first. */
	public boolean isChecked() {
		return this == SUBMIT || this == RECORD;
	}

}
