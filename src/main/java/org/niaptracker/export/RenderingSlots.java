package org.niaptracker.export;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.niaptracker.model.BusyException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most a few PDF and Word files rendered at once by this instance
 * ({@code niap.exports.concurrent-renders}, 2 by default: the cores of a small server).
 * Rendering a PDF holds its fonts and layout in memory, tens of megabytes: eight first
 * readers of a newly published report at once exhausted a 256 MB heap. A render waits for
 * a slot up to {@code niap.exports.render-wait} (30 s), and is then refused with
 * {@link BusyException}, a 503.
 */
@Component
class RenderingSlots {

	private final Semaphore slots;

	private final Duration wait;

	RenderingSlots(@Value("${niap.exports.concurrent-renders:2}") int renders,
			@Value("${niap.exports.render-wait:30s}") Duration wait) {
		this.slots = new Semaphore(renders, true);
		this.wait = wait;
	}

	/** The work's result, done in a slot. */
	<T> T render(Supplier<T> work) {
		try {
			if (!this.slots.tryAcquire(this.wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new BusyException("No rendering slot free within " + this.wait);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new BusyException("Interrupted while waiting for a rendering slot");
		}
		try {
			return work.get();
		}
		finally {
			this.slots.release();
		}
	}

}
