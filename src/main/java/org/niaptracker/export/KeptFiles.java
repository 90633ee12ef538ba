package org.niaptracker.export;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * PDF and Word files of published reports, rendered once and kept in PostgreSQL, so that
 * every instance serves them without rendering them again. A file is kept under its
 * validator (the ETag of the download), which is computed from everything the file prints
 * and the application's build: a report that changed, or a new build, has another key and
 * never gets the old file. Drafts and other reports not published have no validator and
 * are never kept.
 */
@Service
class KeptFiles {

	private static final Log logger = LogFactory.getLog(KeptFiles.class);

	private final KeptFileRepository files;

	private final Clock clock;

	private final RenderingSlots slots;

	/**
	 * The files this instance renders now, by report, kind, language, ratings and key.
	 */
	private final ConcurrentMap<String, CompletableFuture<byte[]>> rendering = new ConcurrentHashMap<>();

	KeptFiles(KeptFileRepository files, Clock clock, RenderingSlots slots) {
		this.files = files;
		this.clock = clock;
		this.slots = slots;
	}

	/**
	 * The file kept for this report and key, or else the file rendered now, kept for the
	 * next reader (of this instance or another). Readers who ask for a file while this
	 * instance renders it wait for that render; a render waits for one of the few
	 * {@link RenderingSlots}.
	 */
	byte[] get(ExportedReport report, String kind, String language, String key, Supplier<byte[]> render) {
		long reportId = report.report().id();
		boolean secretariatRatings = !report.assessments().isEmpty();
		Optional<byte[]> kept = find(reportId, kind, language, secretariatRatings, key);
		if (kept.isPresent()) {
			return kept.get();
		}
		String file = String.join("/", String.valueOf(reportId), kind, language, String.valueOf(secretariatRatings),
				key);
		CompletableFuture<byte[]> mine = new CompletableFuture<>();
		CompletableFuture<byte[]> running = this.rendering.putIfAbsent(file, mine);
		if (running != null) {
			return awaited(running);
		}
		try {
			byte[] content = this.slots
				.render(() -> keep(reportId, kind, language, secretariatRatings, key, render.get()));
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

	private Optional<byte[]> find(long reportId, String kind, String language, boolean secretariatRatings, String key) {
		return this.files.find(reportId, kind, language, secretariatRatings, key).map(KeptFile::getContent);
	}

	private byte[] keep(long reportId, String kind, String language, boolean secretariatRatings, String key,
			byte[] rendered) {
		try {
			this.files.keep(reportId, kind, language, secretariatRatings, key, rendered, this.clock.instant());
		}
		catch (DataAccessException ex) {
			// The reader still gets the file; the next one renders it again.
			logger.warn("Could not keep the " + kind + " file of report " + reportId + ": " + ex.getMessage());
		}
		return rendered;
	}

}
