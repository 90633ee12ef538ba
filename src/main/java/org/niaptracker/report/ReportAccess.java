package org.niaptracker.report;

import java.util.Optional;

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
 * returned.</li>
 * </ul>
 */
@Component
public class ReportAccess {

	public boolean canRead(String partyCode, ReportStatus status) {
		if (status == ReportStatus.PUBLISHED) {
			return true;
		}
		Optional<NiapUser> user = CurrentUser.get();
		return user.isPresent() && (user.get().isFocalPointOf(partyCode) || user.get().is(Role.SECRETARIAT)
				|| user.get().is(Role.ADMIN));
	}

	public boolean canEdit(String partyCode, ReportStatus status) {
		return (status == ReportStatus.DRAFT || status == ReportStatus.RETURNED)
				&& CurrentUser.get().map((user) -> user.isFocalPointOf(partyCode)).orElse(false);
	}

	/** Whether the current user may start its Party's next report. */
	public boolean canStartReport(String partyCode) {
		return CurrentUser.get().map((user) -> user.isFocalPointOf(partyCode)).orElse(false);
	}

	void checkRead(ReportingPeriod report) {
		if (!canRead(report.getParty().getCode(), report.getStatus())) {
			throw new AccessDeniedException("Not allowed to read this report");
		}
	}

	void checkEdit(ReportingPeriod report) {
		checkRead(report);
		if (!canEdit(report.getParty().getCode(), report.getStatus())) {
			throw new AccessDeniedException("Not allowed to change this report");
		}
	}

	void checkStart(String partyCode) {
		if (!canStartReport(partyCode)) {
			throw new AccessDeniedException("Not allowed to start a report for " + partyCode);
		}
	}

}
