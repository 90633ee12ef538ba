package org.niaptracker.api;

import java.util.List;

import org.niaptracker.importing.ImportPreview;

/** An import that cannot be confirmed: its preview has blockers. */
class ApiImportBlockedException extends RuntimeException {

	private final transient List<ImportPreview.Note> blockers;

	ApiImportBlockedException(List<ImportPreview.Note> blockers) {
		super("Import blocked: " + blockers.stream().map(ImportPreview.Note::key).toList());
		this.blockers = blockers;
	}

	List<ImportPreview.Note> getBlockers() {
		return this.blockers;
	}

}
