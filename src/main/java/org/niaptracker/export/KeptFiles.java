package org.niaptracker.export;

import java.time.Clock;
import java.util.Optional;
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

	KeptFiles(KeptFileRepository files, Clock clock) {
		this.files = files;
		this.clock = clock;
	}

	/**
	 * The file kept for this report and key, or else the file rendered now, kept for the
	 * next reader (of this instance or another).
	 */
	byte[] get(ExportedReport report, String kind, String language, String key, Supplier<byte[]> render) {
		long reportId = report.report().id();
		boolean secretariatRatings = !report.assessments().isEmpty();
		Optional<byte[]> kept = this.files.find(reportId, kind, language, secretariatRatings, key)
			.map(KeptFile::getContent);
		if (kept.isPresent()) {
			return kept.get();
		}
		byte[] rendered = render.get();
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
