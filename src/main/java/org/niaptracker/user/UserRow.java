package org.niaptracker.user;

/** An account in the administrators' list. */
public record UserRow(Long id, String username, String displayName, String email, Role role, String partyCode,
		String partyName, boolean enabled, boolean locked) {

	/** {@code locked}: sign-in is held back after failed attempts (see SignInHolds). */
	static UserRow of(AppUser user, boolean locked) {
		return new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(), user.getRole(),
				(user.getParty() != null) ? user.getParty().getCode() : null,
				(user.getParty() != null) ? user.getParty().getName() : null, user.isEnabled(), locked);
	}

}
