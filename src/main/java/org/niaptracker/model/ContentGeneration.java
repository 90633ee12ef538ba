package org.niaptracker.model;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * The content's generation (migration V23): a number in PostgreSQL that every committed
 * change of the content raises, whichever instance made it. What is computed from the
 * content alone, and would cost statements to compute again (the dashboard, the list of
 * Parties, a Party's page, a draft as read), is kept in an instance's memory under the
 * generation it was read at: asking again costs one statement, that of the generation,
 * until the content changes.
 * <p>
 * Two rules make a kept value never stale:
 * <ul>
 * <li>the generation is read before the content it keys (a change committed in between
 * gives newer content under an older number, which nobody asks for any more);</li>
 * <li>a transaction that writes neither keeps nor takes anything: it may have changed the
 * content before its commit raises the number, and may still roll back.</li>
 * </ul>
 * The number is read once per transaction.
 */
@Component
public class ContentGeneration {

	private final JdbcClient jdbc;

	private final DataSize maxSize;

	private final ObjectProvider<MeterRegistry> meters;

	private final List<Cache<?, ?>> caches = new CopyOnWriteArrayList<>();

	ContentGeneration(JdbcClient jdbc, @Value("${niap.kept-content.max-size:8MB}") DataSize maxSize,
			ObjectProvider<MeterRegistry> meters) {
		this.jdbc = jdbc;
		this.maxSize = maxSize;
		this.meters = meters;
	}

	/**
	 * A cache of values kept under the generation, at most
	 * {@code niap.kept-content.max-size}, with its metrics under {@code name}.
	 */
	public <K, V> Cache<Keyed<K>, V> cache(String name, ToIntFunction<V> bytes) {
		Cache<Keyed<K>, V> cache = KeptInMemory.cache(name, this.maxSize, bytes, this.meters);
		this.caches.add(cache);
		return cache;
	}

	/**
	 * Forgets what every cache of this instance keeps. The application never needs to (a
	 * value kept under the generation is never stale); the tests' clean-up does, so that
	 * each test counts the statements of a first read.
	 */
	public void forgetCopiesInMemory() {
		this.caches.forEach(Cache::invalidateAll);
	}

	/**
	 * What the cache keeps under the key at the current generation, or else what
	 * {@code compute} reads, kept there; in a transaction that writes, always what
	 * {@code compute} reads.
	 */
	public <K, V> V get(Cache<Keyed<K>, V> cache, K key, Supplier<V> compute) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return compute.get();
		}
		return KeptInMemory.get(cache, new Keyed<>(current(), key), (keyed) -> compute.get());
	}

	/** The generation now: one statement, or none if this transaction has read it. */
	public long current() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return read();
		}
		Long read = (Long) TransactionSynchronizationManager.getResource(this);
		if (read == null) {
			read = read();
			TransactionSynchronizationManager.bindResource(this, read);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ContentGeneration.this);
				}
			});
		}
		return read;
	}

	private long read() {
		return this.jdbc.sql("select generation from content_generation").query(Long.class).single();
	}

	/** A key at a generation. */
	public record Keyed<K>(long generation, K key) {
	}

}
