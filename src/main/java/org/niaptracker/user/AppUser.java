package org.niaptracker.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.niaptracker.model.BaseEntity;
import org.niaptracker.party.Party;

/**
 * A person who signs in. Passwords are stored only as DelegatingPasswordEncoder hashes.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

	@Column(nullable = false, unique = true, length = 100)
	private String username;

	@Column(nullable = false, length = 200)
	private String displayName;

	@Column(nullable = false, length = 500)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "party_id")
	private Party party;

	@Column(length = 254)
	private String email;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(nullable = false)
	private Instant createdAt = Instant.now();

	protected AppUser() {
	}

	public AppUser(String username, String displayName, String passwordHash, Role role, Party party) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		assign(role, party);
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public Party getParty() {
		return this.party;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** A focal point needs a Party; other roles have none. */
	public void assign(Role role, Party party) {
		if ((role == Role.FOCAL_POINT) != (party != null)) {
			throw new IllegalArgumentException("A focal point, and only a focal point, is tied to a Party");
		}
		this.role = role;
		this.party = party;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

}
