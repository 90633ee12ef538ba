package org.niaptracker.export;

/**
 * The files a report is downloaded as: the annex as PDF and Word, rendered in one of the
 * few {@link RenderingSlots} and, once the report is published, kept ({@link KeptFiles});
 * the report as JSON and its evaluations as CSV, made on each request (they take a few
 * milliseconds).
 */
public enum ReportFile {

	PDF("pdf", true), DOCX("docx", true), JSON("json", false), CSV("csv", false);

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

	/** Whether it is the annex, rendered in a slot and kept once published. */
	boolean isAnnex() {
		return this.annex;
	}

}
