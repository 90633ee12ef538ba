package org.niaptracker.security;

import java.util.Locale;

import org.niaptracker.party.Party;
import org.niaptracker.user.AppUser;
import org.niaptracker.user.Role;

/**
 * Signed-in users for tests without a database: {@link NiapUser}s built from unsaved
 * accounts.
 */
public final class TestUsers {

	private TestUsers() {
	}

	public static NiapUser focalPoint(String partyCode) {
		return user("focal." + partyCode.toLowerCase(Locale.ROOT), Role.FOCAL_POINT, new Party(partyCode, partyCode));
	}

	public static NiapUser secretariat() {
		return user("secretariat", Role.SECRETARIAT, null);
	}

	public static NiapUser admin() {
		return user("admin", Role.ADMIN, null);
	}

	private static NiapUser user(String username, Role role, Party party) {
		return new NiapUser(new AppUser(username, "Test " + username, "{noop}unused", role, party));
	}

}
