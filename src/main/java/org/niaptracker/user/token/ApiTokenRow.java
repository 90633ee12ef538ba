package org.niaptracker.user.token;

import java.time.Instant;

/** A token as its owner's list shows it: never its secret. */
public record ApiTokenRow(String publicId, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
		Instant revokedAt, State state, int version) {

	public enum State {

		ACTIVE, EXPIRED, REVOKED

	}

	static ApiTokenRow of(ApiToken token, Instant now) {
		State state = (token.getRevokedAt() != null) ? State.REVOKED
				: token.isUsableAt(now) ? State.ACTIVE : State.EXPIRED;
		return new ApiTokenRow(token.getPublicId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
				token.getLastUsedAt(), token.getRevokedAt(), state, token.getVersion());
	}

	/** How the token starts, to tell it apart from the owner's other tokens. */
	public String prefix() {
		return ApiTokens.PREFIX + this.publicId + "_";
	}

}
