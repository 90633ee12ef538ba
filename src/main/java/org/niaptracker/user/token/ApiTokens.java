package org.niaptracker.user.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.model.StaleVersionException;
import org.niaptracker.user.AppUser;
import org.niaptracker.user.AppUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token reads {@code niap_<public id>_<secret>}: the prefix makes
 * a leaked token easy to recognise (and to scan for), the public id of 8 characters names
 * it in lists and finds its row, and the secret is 256 random bits. Only the SHA-256 of
 * the whole token is stored: a token is as strong as a 256-bit key, so a slow password
 * hash (bcrypt) would add nothing against guessing, and would cost every scripted request
 * a deliberate tenth of a second.
 * <p>
 * A token works until it expires (90 days unless its owner chooses, at most 365) or is
 * revoked: by its owner, or with the account's sessions when an administrator disables
 * the account, changes its role or Party, or resets its password. It acts with the
 * account's rights as they are at each request, and never for a disabled account. When it
 * was last used is written to PostgreSQL, at most once a minute, so that several
 * instances of the application share it.
 */
@Service
@Transactional
public class ApiTokens {

	public static final String PREFIX = "niap_";

	/** A user may hold this many working tokens at once. */
	static final int MAX_ACTIVE = 10;

	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private static final Pattern TOKEN = Pattern.compile("niap_([a-z0-9]{8})_[A-Za-z0-9_-]{43}");

	private static final char[] PUBLIC_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

	private static final Logger logger = LoggerFactory.getLogger(ApiTokens.class);

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AppUserRepository users;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, AppUserRepository users, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
	}

	/** The user's tokens, newest first. */
	@Transactional(readOnly = true)
	public List<ApiTokenRow> list(String username) {
		Instant now = this.clock.instant();
		return this.tokens.findByOwner(username).stream().map((token) -> ApiTokenRow.of(token, now)).toList();
	}

	/** Creates a token for the user; the result holds the only copy of its secret. */
	public NewApiToken create(String username, ApiTokenForm form) {
		AppUser user = this.users.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("No account " + username));
		Instant now = this.clock.instant();
		if (this.tokens.countUsable(username, now) >= MAX_ACTIVE) {
			throw new RejectedValueException("name", "token.tooMany");
		}
		String publicId = newPublicId();
		String token = PREFIX + publicId + "_" + secret();
		ApiToken saved = this.tokens.saveAndFlush(new ApiToken(user, publicId, sha256(token), form.getName().strip(),
				now, now.plus(Duration.ofDays(form.getDays()))));
		logger.info("{} created API token {} ({})", username, publicId, saved.getName());
		return new NewApiToken(token, ApiTokenRow.of(saved, now));
	}

	/** The owner revokes one of their tokens; revoking it again changes nothing. */
	public void revoke(String username, String publicId, Integer version) {
		ApiToken token = this.tokens.findWithOwner(publicId)
			.filter((t) -> t.getUser().getUsername().equals(username))
			.orElseThrow(() -> new NotFoundException("No token " + publicId + " of " + username));
		StaleVersionException.check(version, token.getVersion(), "API token " + publicId);
		token.revoke(this.clock.instant());
		logger.info("{} revoked API token {}", username, publicId);
	}

	/**
	 * Revokes every token of the account, in the caller's transaction: its rights or its
	 * password changed.
	 */
	public void revokeAll(String username) {
		int revoked = this.tokens.revokeAll(username, this.clock.instant());
		if (revoked > 0) {
			logger.info("Revoked {} API token(s) of {} after a change to the account", revoked, username);
		}
	}

	/**
	 * The account a presented token acts for, with its Party: empty when the token is
	 * malformed, unknown, revoked or expired, or its account is disabled. Records the
	 * use.
	 */
	public Optional<AppUser> authenticate(String presented) {
		var matcher = (presented != null) ? TOKEN.matcher(presented) : null;
		if (matcher == null || !matcher.matches()) {
			return Optional.empty();
		}
		Optional<ApiToken> found = this.tokens.findWithOwner(matcher.group(1));
		if (found.isEmpty() || !MessageDigest.isEqual(found.get().getSecretHash(), sha256(presented))) {
			logger.debug("Refused an unknown API token {}", matcher.group(1));
			return Optional.empty();
		}
		ApiToken token = found.get();
		Instant now = this.clock.instant();
		if (!token.isUsableAt(now) || !token.getUser().isEnabled()) {
			logger.debug("Refused API token {}: revoked, expired or its account disabled", token.getPublicId());
			return Optional.empty();
		}
		Instant since = now.minus(LAST_USED_PRECISION);
		if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(since)) {
			this.tokens.touch(token.getId(), now, since);
		}
		return Optional.of(token.getUser());
	}

	private String newPublicId() {
		for (int attempt = 0; attempt < 5; attempt++) {
			char[] id = new char[8];
			for (int i = 0; i < id.length; i++) {
				id[i] = PUBLIC_ID_ALPHABET[this.random.nextInt(PUBLIC_ID_ALPHABET.length)];
			}
			String publicId = new String(id);
			if (!this.tokens.existsByPublicId(publicId)) {
				return publicId;
			}
		}
		throw new IllegalStateException("No free public id for a token after 5 attempts");
	}

	private String secret() {
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
