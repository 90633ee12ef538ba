package org.niaptracker.model;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * What an instance keeps in memory of what cannot change under its key (published
 * reports' pages read signed out, their PDF and Word files, published reports as read,
 * and the annexes and findings of a report's content): at most so many bytes, the least
 * used leaving first, with its hits and misses among the metrics ({@code cache_gets} with
 * the cache's name). Another instance keeps its own; none needs another's.
 */
public final class KeptInMemory {

	/** The values being computed now, by cache and key. */
	private static final Map<Flight, Computing<?>> COMPUTING = new ConcurrentHashMap<>();

	private KeptInMemory() {
	}

	public static <K, V> Cache<K, V> cache(String name, DataSize maxSize, ToIntFunction<V> bytes,
			ObjectProvider<MeterRegistry> meters) {
		Cache<K, V> cache = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.<K, V>weigher((key, value) -> bytes.applyAsInt(value))
			.recordStats()
			.build();
		meters.ifAvailable((registry) -> CaffeineCacheMetrics.monitor(registry, cache, name));
		return cache;
	}

	/**
	 * Whether a value may be taken from memory or kept there now: not in a transaction
	 * that writes, which may have changed what a value is read from before anything shows
	 * it (a version, the content's generation), and may still roll back.
	 */
	public static boolean mayKeep() {
		return !TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly();
	}

	/**
	 * What the cache keeps under the key, or else what {@code compute} gives, then kept.
	 * It is computed outside the cache's lock (unlike {@link Cache#get}), so a slow
	 * computation holds up no other key. A request that misses a key another request is
	 * computing waits for that value instead of computing it again: after a change of the
	 * content, every request in flight misses the dashboard at once, and each would
	 * otherwise read it. If that computation fails, the waiting request computes the
	 * value itself. A computation either reads nothing from the database (the annex
	 * fragments, a report's findings) or runs in a transaction that has already read with
	 * its connection (the generation, or the report the value is read from), so a request
	 * waiting here, holding its own connection, never keeps the pool from the one it
	 * waits for.
	 */
	@SuppressWarnings("unchecked")
	public static <K, V> V get(Cache<K, V> cache, K key, Function<K, V> compute) {
		V kept = cache.getIfPresent(key);
		if (kept != null) {
			return kept;
		}
		Computing<V> mine = new Computing<>(Thread.currentThread(), new CompletableFuture<>());
		Flight flight = new Flight(cache, key);
		Computing<?> other = COMPUTING.putIfAbsent(flight, mine);
		if (other == null) {
			try {
				V value = compute.apply(key);
				cache.put(key, value);
				mine.value().complete(value);
				return value;
			}
			catch (RuntimeException | Error ex) {
				mine.value().completeExceptionally(ex);
				throw ex;
			}
			finally {
				COMPUTING.remove(flight, mine);
			}
		}
		if (other.thread() != Thread.currentThread()) {
			try {
				return (V) other.value().join();
			}
			catch (CompletionException | CancellationException ex) {
				// Computed again below, with this request's own outcome.
			}
		}
		V value = compute.apply(key);
		cache.put(key, value);
		return value;
	}

	/** A key of a cache: the same key of another cache is another flight. */
	private record Flight(Cache<?, ?> cache, Object key) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Flight flight && flight.cache == this.cache && flight.key.equals(this.key);
		}

		@Override
		public int hashCode() {
			return 31 * System.identityHashCode(this.cache) + this.key.hashCode();
		}

	}

	/** A value being computed, and by which thread (which never waits for itself). */
	private record Computing<V>(Thread thread, CompletableFuture<V> value) {
	}

}
