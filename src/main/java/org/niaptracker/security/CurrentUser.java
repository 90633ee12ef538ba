package org.niaptracker.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person making the current request, if signed in.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<NiapUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof NiapUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/** Whether the current user is signed in as the Secretariat or an administrator. */
	public static boolean isSecretariatOrAdmin() {
		return get().map(NiapUser::isSecretariatOrAdmin).orElse(false);
	}

}
