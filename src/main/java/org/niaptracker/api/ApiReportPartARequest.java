package org.niaptracker.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.niaptracker.report.editing.PartAForm;

/**
 * Part A of a report, replacing what is stored: its three sections, paragraphs separated
 * by a blank line, with the report's version as last read.
 */
public record ApiReportPartARequest(
		@NotNull @Size(max = 20000, message = "{edit.text.tooLong}") @Pattern(regexp = ApiReportPartARequest.TEXT,
				message = "{typeMismatch.java.lang.String}") String synopsis,
		@NotNull @Size(max = 20000, message = "{edit.text.tooLong}") @Pattern(regexp = ApiReportPartARequest.TEXT,
				message = "{typeMismatch.java.lang.String}") String progressToDate,
		@NotNull @Size(max = 20000, message = "{edit.text.tooLong}") @Pattern(regexp = ApiReportPartARequest.TEXT,
				message = "{typeMismatch.java.lang.String}") String futureOutlook,
		@NotNull Integer version) {

	/** Text without control characters other than tab and line breaks. */
	static final String TEXT = "[\\P{Cc}\\t\\n\\r]*";

	PartAForm toForm() {
		PartAForm form = new PartAForm();
		form.setSynopsis(clean(this.synopsis));
		form.setProgressToDate(clean(this.progressToDate));
		form.setFutureOutlook(clean(this.futureOutlook));
		form.setVersion(this.version);
		return form;
	}

	/** As the browser's form stores it: LF line breaks, no surrounding blanks. */
	static String clean(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

}
