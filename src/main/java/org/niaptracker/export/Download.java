package org.niaptracker.export;

/**
 * A report's download as its answer needs it.
 *
 * @param fileName the name it is saved under ({@link ExportedReport#fileName})
 * @param etag the validator of a published report's file; null for a report not published
 * @param content the file; null when the reader's copy is current (a 304)
 */
public record Download(String fileName, String etag, byte[] content) {

	public boolean isNotModified() {
		return this.content == null;
	}

}
