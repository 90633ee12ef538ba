package org.niaptracker.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.niaptracker.user.SignInHolds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in throttling: <em>exponential back-off per account, per client and per account
 * and client, with the counters reserved atomically in PostgreSQL before the password is
 * checked.</em>
 * <p>
 * Every sign-in attempt first takes one attempt from three counters (table
 * {@code sign_in_throttle}), each in one {@code INSERT ... ON CONFLICT DO UPDATE ...
 * RETURNING} statement, all in one transaction and in a fixed order:
 * <ul>
 * <li>the account name from this client: {@value #PAIR_LIMIT} attempts, then back-off up
 * to 15 minutes. This is what stops one client guessing one password;</li>
 * <li>this client on any account: {@value #CLIENT_LIMIT} attempts, then back-off up to 15
 * minutes (stops one client spraying many accounts);</li>
 * <li>the account name from any client: {@value #ACCOUNT_LIMIT} attempts, then back-off
 * of at most one minute (slows a guess spread over many clients without locking the owner
 * out for long).</li>
 * </ul>
 * Back-off: once a counter reaches its limit, the next attempt is refused for 1 s, then
 * 2, 4, 8 s and so on up to the cap, without the password being checked; a refused
 * attempt does not count. If any counter refuses, the attempt is refused and none counts.
 * Counts start again after an hour without attempts. A right password clears the
 * account's counters and gives the client its attempt back.
 * <p>
 * Because the attempt is counted before the password is checked, in the database, the
 * limit holds for simultaneous attempts on several threads and several instances: 60
 * attempts at once on one account from one client check at most {@value #PAIR_LIMIT}
 * passwords. Counters are keyed by the name as typed, whether an account has it or not,
 * and an unknown name goes through the same password check (DaoAuthenticationProvider
 * compares against a dummy hash), so unknown and known accounts look the same. A stranger
 * can hold back a known account only from their own client, or briefly with many clients.
 * <p>
 * A small SQL table rather than Bucket4j: three counters with back-off and per-account
 * reset are a few lines of SQL in the database the application already has, and the
 * administrators' page can list and lift them.
 */
@Component
class SignInThrottle implements SignInHolds {

	static final int PAIR_LIMIT = 5;

	static final int CLIENT_LIMIT = 20;

	static final int ACCOUNT_LIMIT = 10;

	static final Duration WINDOW = Duration.ofHours(1);

	private static final String RESERVE = """
			insert into sign_in_throttle as t (throttle_key, account, attempts, blocked_until, last_attempt_at)
			values (:key, :account, 1, null, :now)
			on conflict (throttle_key) do update
			   set attempts = case when t.last_attempt_at < :windowStart then 1 else t.attempts + 1 end,
			       blocked_until = case
			           when (case when t.last_attempt_at < :windowStart then 1 else t.attempts + 1 end) >= :limit
			           then :now + make_interval(secs => least(:maxDelay, power(2, least(30,
			               (case when t.last_attempt_at < :windowStart then 1 else t.attempts + 1 end) - :limit))))
			       end,
			       last_attempt_at = :now
			 where t.blocked_until is null or t.blocked_until <= :now
			returning attempts""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Takes one attempt for this account name from this client.
	 * @return false when the attempt is refused: its password must not be checked
	 */
	boolean tryAttempt(String username, String client) {
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		List<Counter> counters = counters(name(username), address(client));
		Boolean allowed = this.transactions.execute((status) -> {
			for (Counter counter : counters) {
				boolean taken = this.jdbc.sql(RESERVE)
					.param("key", counter.key())
					.param("account", counter.account())
					.param("now", now)
					.param("windowStart", now.minus(WINDOW))
					.param("limit", counter.limit())
					.param("maxDelay", counter.maxDelay().toSeconds())
					.query(Integer.class)
					.optional()
					.isPresent();
				if (!taken) {
					status.setRollbackOnly();
					return false;
				}
			}
			return true;
		});
		return Boolean.TRUE.equals(allowed);
	}

	/**
	 * A right password: the account's counter and its counter from this client are
	 * cleared (a stranger's counter on this account from elsewhere stays), the client
	 * gets its attempt back, and counters idle for longer than the window are removed.
	 */
	void succeeded(String username, String client) {
		String name = name(username);
		Instant now = this.clock.instant();
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("delete from sign_in_throttle where throttle_key in (:keys)")
				.param("keys", List.of(accountKey(name), pairKey(address(client), name)))
				.update();
			this.jdbc.sql("update sign_in_throttle set attempts = greatest(attempts - 1, 0) where throttle_key = :key")
				.param("key", clientKey(address(client)))
				.update();
			this.jdbc.sql("""
					delete from sign_in_throttle
					 where last_attempt_at < :windowStart and (blocked_until is null or blocked_until < :now)""")
				.param("windowStart", OffsetDateTime.ofInstant(now.minus(WINDOW), ZoneOffset.UTC))
				.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		});
	}

	@Override
	public Set<String> heldAccounts() {
		return new HashSet<>(this.jdbc
			.sql("select distinct account from sign_in_throttle where account is not null and blocked_until > :now")
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.query(String.class)
			.list());
	}

	@Override
	public void lift(String username) {
		this.jdbc.sql("delete from sign_in_throttle where account = :account")
			.param("account", name(username))
			.update();
	}

	/** The three counters of an attempt, always in the same order (no deadlocks). */
	private static List<Counter> counters(String name, String client) {
		return List
			.of(new Counter(pairKey(client, name), name, PAIR_LIMIT, Duration.ofMinutes(15)),
					new Counter(clientKey(client), null, CLIENT_LIMIT, Duration.ofMinutes(15)),
					new Counter(accountKey(name), name, ACCOUNT_LIMIT, Duration.ofMinutes(1)))
			.stream()
			.sorted(Comparator.comparing(Counter::key))
			.toList();
	}

	private static String clientKey(String client) {
		return "c:" + client;
	}

	private static String accountKey(String name) {
		return "a:" + name;
	}

	private static String pairKey(String client, String name) {
		return "p:" + client + " " + name;
	}

	/** The name as sign-in looks it up; longer than any account name can be, cut. */
	static String name(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		// A name typed with control characters (a NUL, which PostgreSQL cannot store) is
		// no
		// account's name; it is still counted, under a name that can be stored.
		name = name.codePoints()
			.map((c) -> Character.isISOControl(c) ? 0xFFFD : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (name.length() > 100) ? name.substring(0, 100) : name;
	}

	private static String address(String client) {
		return (client == null || client.isBlank()) ? "unknown" : client.substring(0, Math.min(client.length(), 64));
	}

	private record Counter(String key, String account, int limit, Duration maxDelay) {

	}

}
