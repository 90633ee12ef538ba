package org.niaptracker.model;

import java.util.Map;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The content's generation (migrations V23 and V24): a number in PostgreSQL that every
 * committed change of the content raises, whichever instance made it. It is the sum of 16
 * rows (table {@code content_generation_slot}, summed by the view
 * {@code content_generation}); a writing transaction raises one of them, chosen by its
 * transaction id, so that concurrent commits seldom wait for each other. What is computed
 * from the content alone, and would cost statements to compute again (the dashboard, the
 * list of Parties, a Party's page, a draft as read), is kept in an instance's memory
 * under the generation it was read at: asking again costs one statement, that of the
 * generation, until the content changes.
 * <p>
 * Two rules make a kept value never stale:
 * <ul>
 * <li>the generation is read before the content it keys (a change committed in between
 * gives newer content under an older number, which nobody asks for any more);</li>
 * <li>a transaction that writes neither keeps nor takes anything: it may have changed the
 * content before its commit raises the number, and may still roll back.</li>
 * </ul>
 * The number is read once per transaction. Every kind of value kept this way shares one
 * bound, {@code niap.kept-content.max-size}, the least used leaving first.
 */
@Component
public class ContentGeneration {

	private final JdbcClient jdbc;

	/** Every kind of value kept, together: one bound for all. */
	private final Cache<Entry, Held> kept;

	/** A read-only transaction, joining one that runs. */
	private final TransactionOperations reading;

	ContentGeneration(JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${niap.kept-content.max-size:16MB}") DataSize maxSize, ObjectProvider<MeterRegistry> meters) {
		this.jdbc = jdbc;
		TransactionTemplate reading = new TransactionTemplate(transactions);
		reading.setReadOnly(true);
		this.reading = reading;
		this.kept = KeptInMemory.cache("kept_content", maxSize, Held::bytes, meters);
	}

	/**
	 * A kind of value kept under the generation: its name (part of every key) and how to
	 * tell roughly how many bytes a value holds.
	 */
	public <K, V> Kind<K, V> kind(String name, ToIntFunction<V> bytes) {
		return new Kind<>(name, bytes);
	}

	/**
	 * The value of that kind kept under the key at the current generation, or else what
	 * {@code compute} reads, kept there; in a transaction that writes, always what
	 * {@code compute} reads.
	 */
	@SuppressWarnings("unchecked")
	public <K, V> V get(Kind<K, V> kind, K key, Supplier<V> compute) {
		if (!KeptInMemory.mayKeep()) {
			return compute.get();
		}
		Held held = KeptInMemory.get(this.kept, new Entry(kind.name(), current(), key), (entry) -> {
			V value = compute.get();
			return new Held(value, kind.bytes().applyAsInt(value));
		});
		return (V) held.value();
	}

	/**
	 * {@link #get} for a caller that runs in no transaction of its own (a service whose
	 * method only {@code SUPPORTS} one, so that a value kept costs the generation's
	 * statement and no transaction): a value not kept is read in a read-only transaction,
	 * after the generation, or in the transaction that runs.
	 */
	public <K, V> V getReading(Kind<K, V> kind, K key, Supplier<V> read) {
		return get(kind, key, () -> reading(read));
	}

	/**
	 * What {@code read} reads, in a read-only transaction, or in the transaction that
	 * runs: for what such a caller reads without keeping it.
	 */
	public <V> V reading(Supplier<V> read) {
		return this.reading.execute((status) -> read.get());
	}

	/**
	 * Forgets what this instance keeps. The application never needs to (a value kept
	 * under the generation is never stale); the tests' clean-up does, so that each test
	 * counts the statements of a first read.
	 */
	public void forgetCopiesInMemory() {
		this.kept.invalidateAll();
	}

	/**
	 * Whether a page made of the content alone is answered from the generation now:
	 * {@code unchanged} says, from it, that the reader already has the page or that a
	 * copy of it is kept. One statement, which the page's reads then spare. Never in a
	 * transaction that writes, whose changes the generation counts only once they are
	 * committed ({@link KeptInMemory#mayKeep}).
	 */
	public boolean answers(LongPredicate unchanged) {
		return KeptInMemory.mayKeep() && unchanged.test(current());
	}

	/** The generation now: one statement, or none if this transaction has read it. */
	public long current() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return read();
		}
		Long read = (Long) TransactionSynchronizationManager.getResource(this);
		if (read == null) {
			read = read();
			keepForThisTransaction(read);
		}
		return read;
	}

	/**
	 * One value of a table that is not content (an account's column, say), read by
	 * {@code select} (one column, at most one row; none gives {@code null}). When this
	 * transaction has not read the generation yet, both are read in one statement, and
	 * {@link #current} then answers from it: one statement for two, for a transaction
	 * that reads such a value first and content after. The generation is still read
	 * before the content it keys.
	 */
	public <T> T readAlong(String select, Map<String, ?> params, Class<T> type) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| TransactionSynchronizationManager.hasResource(this)) {
			return this.jdbc.sql(select).params(params).query(type).optional().orElse(null);
		}
		Along<T> along = this.jdbc.sql("select (" + select + ") as value, generation from content_generation")
			.params(params)
			.query((row, number) -> new Along<>(row.getObject("value", type), row.getLong("generation")))
			.single();
		keepForThisTransaction(along.generation());
		return along.value();
	}

	private void keepForThisTransaction(long generation) {
		TransactionSynchronizationManager.bindResource(this, generation);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(ContentGeneration.this);
			}
		});
	}

	private long read() {
		return this.jdbc.sql("select generation from content_generation").query(Long.class).single();
	}

	private record Along<T>(T value, long generation) {
	}

	/** A kind of value kept under the generation. */
	public record Kind<K, V>(String name, ToIntFunction<V> bytes) {
	}

	private record Entry(String kind, long generation, Object key) {
	}

	private record Held(Object value, int bytes) {
	}

}
