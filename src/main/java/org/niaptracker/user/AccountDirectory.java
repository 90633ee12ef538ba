package org.niaptracker.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.niaptracker.model.ContentGeneration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may know about accounts: whom to notify, and when a user last read
 * their notices. The only way other features read or change the accounts' table.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

	private final JdbcClient jdbc;

	private final ContentGeneration generation;

	AccountDirectory(JdbcClient jdbc, ContentGeneration generation) {
		this.jdbc = jdbc;
		this.generation = generation;
	}

	/** The e-mail addresses of the Secretariat's enabled accounts. */
	public List<String> secretariatEmails() {
		return this.jdbc.sql("select email from app_user where role = 'SECRETARIAT' and enabled and email is not null")
			.query(String.class)
			.list();
	}

	/** The e-mail addresses of a Party's enabled focal points. */
	public List<String> focalPointEmails(String partyCode) {
		return this.jdbc.sql("""
				select u.email from app_user u
				 where u.party_id = (select p.id from party p where p.code = :party)
				   and u.role = 'FOCAL_POINT' and u.enabled and u.email is not null""")
			.param("party", partyCode)
			.query(String.class)
			.list();
	}

	/**
	 * When the user last opened their notices; the epoch when never. Read with the
	 * content's generation when this transaction has not read it (the header's count of
	 * notices, on every signed-in page, reads both). It joins a transaction, and opens
	 * none.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Instant noticesSeenAt(long userId) {
		Timestamp seen = this.generation.readAlong("select notices_seen_at from app_user where id = :id",
				Map.of("id", userId), Timestamp.class);
		return (seen != null) ? seen.toInstant() : Instant.EPOCH;
	}

	/** Notices up to {@code at} are no longer new to the user. */
	@Transactional
	public void markNoticesSeen(long userId, Instant at) {
		this.jdbc.sql("update app_user set notices_seen_at = :at where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", userId)
			.update();
	}

}
