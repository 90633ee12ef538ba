package org.niaptracker.user.token;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.niaptracker.model.BaseEntity;
import org.niaptracker.user.AppUser;

/**
 * A personal API token: its owner, its name, when it expires, and the SHA-256 of its
 * secret. The secret itself is never stored.
 */
@Entity
@Table(name = "api_token")
class ApiToken extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "app_user_id")
	private AppUser user;

	@Column(nullable = false, unique = true, length = 16)
	private String publicId;

	@Column(nullable = false)
	private byte[] secretHash;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(AppUser user, String publicId, byte[] secretHash, String name, Instant createdAt, Instant expiresAt) {
		this.user = user;
		this.publicId = publicId;
		this.secretHash = secretHash.clone();
		this.name = name;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	AppUser getUser() {
		return this.user;
	}

	String getPublicId() {
		return this.publicId;
	}

	byte[] getSecretHash() {
		return this.secretHash.clone();
	}

	String getName() {
		return this.name;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

	/** Whether a request presenting this token may act now. */
	boolean isUsableAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	void revoke(Instant at) {
		if (this.revokedAt == null) {
			this.revokedAt = at;
		}
	}

}
