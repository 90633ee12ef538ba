package org.niaptracker.test;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What Micrometer has counted of a cache kept in memory ({@code model.KeptInMemory}): its
 * hits or misses so far, for tests that tell a kept answer from a made one.
 */
public final class CacheGets {

	private CacheGets() {
	}

	/** The gets of the cache with this result ({@code hit} or {@code miss}) so far. */
	public static double of(MeterRegistry registry, String cache, String result) {
		return registry.get("cache.gets").tag("cache", cache).tag("result", result).functionCounter().count();
	}

}
