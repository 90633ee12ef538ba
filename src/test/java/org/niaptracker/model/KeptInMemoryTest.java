package org.niaptracker.model;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A value missed by several requests at once is computed once; the others wait for it,
 * and compute it themselves only if that computation fails.
 */
class KeptInMemoryTest {

	private final Cache<String, String> cache = KeptInMemory.cache("test", DataSize.ofKilobytes(64), String::length,
			new StaticListableBeanFactory().getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class));

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void requestsThatMissAKeyBeingComputedWaitForItsValue() throws Exception {
		AtomicInteger computed = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<String> first = this.threads.submit(() -> KeptInMemory.get(this.cache, "dashboard", (key) -> {
			computed.incrementAndGet();
			started.countDown();
			await(release);
			return "read once";
		}));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		AtomicReference<Thread> secondThread = new AtomicReference<>();
		Future<String> second = this.threads.submit(() -> {
			secondThread.set(Thread.currentThread());
			return KeptInMemory.get(this.cache, "dashboard", (key) -> {
				computed.incrementAndGet();
				return "read twice";
			});
		});
		waitUntilWaiting(second, secondThread);
		Future<String> otherKey = this.threads.submit(() -> KeptInMemory.get(this.cache, "home", (key) -> "home"));

		assertThat(otherKey.get(10, TimeUnit.SECONDS)).as("another key is not held up").isEqualTo("home");
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("read once");
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("read once");
		assertThat(computed).hasValue(1);
		assertThat(this.cache.getIfPresent("dashboard")).isEqualTo("read once");
	}

	@Test
	void whenTheComputationWaitedForFailsTheWaitingRequestComputesItself() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<String> failing = this.threads.submit(() -> KeptInMemory.get(this.cache, "dashboard", (key) -> {
			started.countDown();
			await(release);
			throw new IllegalStateException("the database went away");
		}));
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
		AtomicReference<Thread> waitingThread = new AtomicReference<>();
		Future<String> waiting = this.threads.submit(() -> {
			waitingThread.set(Thread.currentThread());
			return KeptInMemory.get(this.cache, "dashboard", (key) -> "read by the second request");
		});
		waitUntilWaiting(waiting, waitingThread);

		release.countDown();
		assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("the database went away");
		assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("read by the second request");
	}

	@Test
	void aComputationThatAsksForItsOwnKeyComputesItInsteadOfWaitingForItself() {
		String value = KeptInMemory.get(this.cache, "outer",
				(key) -> KeptInMemory.get(this.cache, "outer", (same) -> "inner") + " and outer");

		assertThat(value).isEqualTo("inner and outer");
	}

	/** Until the request waits for the value being computed (at most 10 s). */
	private static void waitUntilWaiting(Future<?> request, AtomicReference<Thread> thread)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (request.isDone() || thread.get() == null || thread.get().getState() != Thread.State.WAITING) {
			assertThat(System.nanoTime()).as("the second request waits").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
