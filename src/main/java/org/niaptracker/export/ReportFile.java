package org.niaptracker.export;

/**
 * The files a report is exported as: the annex as PDF and Word, rendered in one of the
 * few {@link RenderingSlots}, and as HTML for the print view; each kept once the report
 * is published ({@link KeptFiles}); the report as JSON and its evaluations as CSV, made
 * on each request (they take a few milliseconds).
 */
public enum ReportFile {

	PDF("pdf", true), DOCX("docx", true), PRINT("html", true), JSON("json", false), CSV("csv", false);

	private final String extension;

	private final boolean annex;

	ReportFile(String extension, boolean annex) {
		this.extension = extension;
		this.annex = annex;
	}

	/** The file name's extension, also the kind of a kept file and of its timer. */
	public String extension() {
		return this.extension;
	}

	/** Whether it is the annex, kept once published. */
	boolean isAnnex() {
		return this.annex;
	}

}
