package org.niaptracker.security;

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

	NiapUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name = (username != null) ? username.strip().toLowerCase(java.util.Locale.ROOT) : "";
		return this.users.findByUsername(name)
			.map(NiapUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + name));
	}

}
