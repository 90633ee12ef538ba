package org.niaptracker.model;

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
	 * computation holds up no other key; two requests may compute the same value at once,
	 * and keep equal ones.
	 */
	public static <K, V> V get(Cache<K, V> cache, K key, Function<K, V> compute) {
		V kept = cache.getIfPresent(key);
		if (kept != null) {
			return kept;
		}
		V value = compute.apply(key);
		cache.put(key, value);
		return value;
	}

}
