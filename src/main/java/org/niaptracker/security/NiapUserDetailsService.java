package org.niaptracker.security;

import java.time.Clock;

import org.niaptracker.user.AppUserRepository;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts from PostgreSQL for sign-in.
 */
@Service
class NiapUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final Clock clock;

	NiapUserDetailsService(AppUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name = (username != null) ? username.strip().toLowerCase(java.util.Locale.ROOT) : "";
		return this.users.findByUsername(name)
			.map((user) -> new NiapUser(user, user.isLocked(this.clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("No account " + name));
	}

}
