package org.niaptracker.security;

import java.util.Collection;
import java.util.List;

import org.niaptracker.user.AppUser;
import org.niaptracker.user.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the security context (and the shared JDBC session) holds it:
 * small and serializable, with the Party a focal point speaks for.
 */
public final class NiapUser implements UserDetails {

	private static final long serialVersionUID = 1L;

	private final Long id;

	private final String username;

	private final String displayName;

	private final String passwordHash;

	private final Role role;

	private final String partyCode;

	private final boolean enabled;

	NiapUser(AppUser user) {
		this.id = user.getId();
		this.username = user.getUsername();
		this.displayName = user.getDisplayName();
		this.passwordHash = user.getPasswordHash();
		this.role = user.getRole();
		this.partyCode = (user.getParty() != null) ? user.getParty().getCode() : null;
		this.enabled = user.isEnabled();
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	/**
	 * The Party a focal point speaks for; null for the Secretariat and administrators.
	 */
	public String getPartyCode() {
		return this.partyCode;
	}

	public boolean isFocalPointOf(String partyCode) {
		return this.role == Role.FOCAL_POINT && this.partyCode != null && this.partyCode.equals(partyCode);
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	/**
	 * The Secretariat or an administrator: the people who read every Party's reports and
	 * plans, not only what is published, and the meeting overviews of their statuses.
	 */
	public boolean isSecretariatOrAdmin() {
		return this.role == Role.SECRETARIAT || this.role == Role.ADMIN;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
