package org.niaptracker.model;

import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.unit.DataSize;

/**
 * What an instance keeps in memory of what cannot change under its key (published
 * reports' pages read signed out, their PDF and Word files, and the annexes rendered from
 * a report's content): at most so many bytes, the least used leaving first, with its hits
 * and misses among the metrics ({@code cache_gets} with the cache's name). Another
 * instance keeps its own; none needs another's.
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

}
