package org.niaptracker.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's repository, recording a session's time of last access at most once a
 * minute.
 * <p>
 * Spring Session's filter sets the time of last access on every request, and Spring
 * Session JDBC counts that as a change: an {@code UPDATE} of the session's row on every
 * signed-in page, which changes nothing else. Here a new time is passed on only when it
 * is a minute or more (a tenth of the session's timeout, if that is less) after the one
 * stored; the session's attributes, its id and its timeout are saved as before.
 * <p>
 * The session's expiry is computed from the stored time, here and in PostgreSQL alike, so
 * an idle session can end up to a minute before its timeout, never after: every access
 * left unrecorded came after the stored one.
 */
final class AccessTimeEveryMinute<S extends Session>
		implements FindByIndexNameSessionRepository<AccessTimeEveryMinute.Recorded<S>> {

	private static final Duration EVERY = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<S> sessions;

	AccessTimeEveryMinute(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	@Override
	public Recorded<S> createSession() {
		return new Recorded<>(this.sessions.createSession());
	}

	@Override
	public void save(Recorded<S> session) {
		this.sessions.save(session.session);
	}

	@Override
	public Recorded<S> findById(String id) {
		S session = this.sessions.findById(id);
		return (session != null) ? new Recorded<>(session) : null;
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, Recorded<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Recorded<S>> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new Recorded<>(session)));
		return found;
	}

	/** A session whose time of last access moves by a minute or more, or not at all. */
	static final class Recorded<S extends Session> implements Session {

		private final S session;

		private Recorded(S session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant time) {
			Duration timeout = this.session.getMaxInactiveInterval();
			Duration every = (!timeout.isNegative() && !timeout.isZero() && timeout.dividedBy(10).compareTo(EVERY) < 0)
					? timeout.dividedBy(10) : EVERY;
			if (Duration.between(this.session.getLastAccessedTime(), time).compareTo(every) >= 0) {
				this.session.setLastAccessedTime(time);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return this.session.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.session.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.session.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
