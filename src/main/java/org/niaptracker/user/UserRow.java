package org.niaptracker.user;

import java.time.Instant;

/** An account in the administrators' list. */
public record UserRow(Long id, String username, String displayName, String email, Role role, String partyCode,
		boolean enabled, boolean locked) {

	static UserRow of(AppUser user, Instant now) {
		return new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), user.getRole(),
				(user.getParty() != null) ? user.getParty().getCode() : null, user.isEnabled(), user.isLocked(now));
	}

}
