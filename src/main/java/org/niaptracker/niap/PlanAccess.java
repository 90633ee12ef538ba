package org.niaptracker.niap;

import java.util.Optional;

import org.niaptracker.model.NotFoundException;
import org.niaptracker.security.CurrentUser;
import org.niaptracker.security.NiapUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a Party's plan.
 * <ul>
 * <li>Adopted revisions are public.</li>
 * <li>A draft revision is read and changed by the Party's own focal points, the
 * Secretariat and administrators; for everyone else it does not exist (signed out: the
 * sign-in page; signed in: 404).</li>
 * <li>The same people start, adopt or discard a draft. An adopted revision is
 * read-only.</li>
 * </ul>
 */
@Component
public class PlanAccess {

	/** Whether the current user drafts revisions of the Party's plan. */
	public boolean canDraft(String partyCode) {
		Optional<NiapUser> user = CurrentUser.get();
		return user.isPresent() && (user.get().isFocalPointOf(partyCode) || user.get().isSecretariatOrAdmin());
	}

	public boolean canRead(PlanRevision revision) {
		return !revision.isDraft() || canDraft(revision.getParty().getCode());
	}

	void checkRead(PlanRevision revision) {
		if (!canRead(revision)) {
			throw hidden(revision.getParty().getCode(), revision.getNumber());
		}
	}

	void checkDraft(String partyCode) {
		if (!canDraft(partyCode)) {
			throw new AccessDeniedException("Not allowed to change the plan of " + partyCode);
		}
	}

	private static RuntimeException hidden(String partyCode, int number) {
		if (CurrentUser.get().isEmpty()) {
			return new AccessDeniedException("Sign in to read revision " + number + " of the plan of " + partyCode);
		}
		return new NotFoundException("No revision " + number + " of the plan of " + partyCode + " for this reader");
	}

}
