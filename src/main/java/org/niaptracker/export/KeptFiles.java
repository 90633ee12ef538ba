package org.niaptracker.export;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.niaptracker.model.KeptInMemory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * The annexes of published reports (PDF and Word files, and the print view's HTML),
 * rendered once and kept in PostgreSQL, so that every instance serves them without
 * rendering them again. A file is kept under its validator (the ETag of the download),
 * which is computed from the versions of everything the file prints and the application's
 * build ({@code ReportValidator#ofDownload}): a report that changed, or a new build, has
 * another key and never gets the old file. Drafts and other reports not published have no
 * validator and are never kept.
 * <p>
 * Each instance also keeps in memory the files it served last, under the same key
 * ({@link KeptInMemory}: at most {@code niap.kept-files.max-size}, 16 MB, some 150 PDF
 * files of SC66's size): served again, a file costs no statement of its own. A copy in
 * memory is never stale, since its key names everything the file prints; an instance
 * without it reads the one kept in PostgreSQL.
 */
@Service
public class KeptFiles {

	private static final Log logger = LogFactory.getLog(KeptFiles.class);

	private final KeptFileRepository files;

	private final Clock clock;

	/**
	 * The files this instance renders now, by report, kind, language, ratings and key.
	 */
	private final ConcurrentMap<String, CompletableFuture<byte[]>> rendering = new ConcurrentHashMap<>();

	/** The files served last by this instance, by variant and key. */
	private final Cache<String, byte[]> inMemory;

	KeptFiles(KeptFileRepository files, Clock clock, @Value("${niap.kept-files.max-size:16MB}") DataSize maxSize,
			ObjectProvider<MeterRegistry> meters) {
		this.files = files;
		this.clock = clock;
		this.inMemory = KeptInMemory.cache("kept_files", maxSize, (content) -> content.length, meters);
	}

	/**
	 * Which file of a report: its kind ({@code pdf}, {@code docx}, {@code html}),
	 * language, and whether it shows the reader the Secretariat's ratings (what the
	 * Secretariat reads while they are not published is kept apart from what the public
	 * reads). One file is kept per variant, the latest.
	 */
	record Variant(long reportId, String kind, String language, boolean secretariatRatings) {

		@Override
		public String toString() {
			return String.join("/", String.valueOf(this.reportId), this.kind, this.language,
					String.valueOf(this.secretariatRatings));
		}

	}

	/**
	 * The file kept under this key, if any: from this instance's memory without a
	 * statement, otherwise in one statement.
	 */
	Optional<byte[]> find(Variant variant, String key) {
		String file = variant + "/" + key;
		byte[] remembered = this.inMemory.getIfPresent(file);
		if (remembered != null) {
			return Optional.of(remembered);
		}
		Optional<byte[]> kept = this.files
			.find(variant.reportId(), variant.kind(), variant.language(), variant.secretariatRatings(), key)
			.map(KeptFile::getContent);
		kept.ifPresent((content) -> this.inMemory.put(file, content));
		return kept;
	}

	/**
	 * Forgets the copies this instance keeps in memory; those in PostgreSQL stay. They
	 * are never stale, so the application never needs this: it is for tests that delete
	 * the kept files from the database and expect them to be rendered again.
	 */
	public void forgetCopiesInMemory() {
		this.inMemory.invalidateAll();
	}

	/**
	 * The file rendered now, and kept for the next reader (of this instance or another),
	 * once {@link #find} found none. Readers who ask for a file while this instance
	 * renders it wait for that render and get the same bytes; {@code render} (which loads
	 * the report and waits for one of the few {@link RenderingSlots}) runs once for all
	 * of them. The kept file is not looked for again: each download runs one look.
	 */
	byte[] render(Variant variant, String key, Supplier<byte[]> render) {
		String file = variant + "/" + key;
		CompletableFuture<byte[]> mine = new CompletableFuture<>();
		CompletableFuture<byte[]> running = this.rendering.putIfAbsent(file, mine);
		if (running != null) {
			return awaited(running);
		}
		try {
			byte[] content = keep(variant, key, render.get());
			this.inMemory.put(file, content);
			mine.complete(content);
			return content;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.rendering.remove(file, mine);
		}
	}

	private static byte[] awaited(CompletableFuture<byte[]> render) {
		try {
			return render.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private byte[] keep(Variant variant, String key, byte[] rendered) {
		try {
			this.files.keep(variant.reportId(), variant.kind(), variant.language(), variant.secretariatRatings(), key,
					rendered, this.clock.instant());
		}
		catch (DataAccessException ex) {
			// The reader still gets the file; the next one renders it again.
			logger.warn("Could not keep the " + variant.kind() + " file of report " + variant.reportId() + ": "
					+ ex.getMessage());
		}
		return rendered;
	}

}
