package org.niaptracker.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.niaptracker.report.editing.PartAForm;

/**
 * Part A of a report, replacing what is stored: its three sections, paragraphs separated
 * by a blank line, with the report's version as last read.
 */
@Schema(description = "Part A of a report, replacing what is stored: paragraphs separated by a blank "
		+ "line, with the report's version as last read.")
public record ApiReportPartARequest(
		@Schema(example = "Cambodia has made progress on most actions of its plan.") @NotNull @Size(max = 20000,
				message = "{edit.text.tooLong}") @Pattern(regexp = ApiReportPartARequest.TEXT,
						message = "{typeMismatch.java.lang.String}") String synopsis,
		@Schema(example = "The new wildlife law was adopted.\n\nThe stockpile was inventoried.") @NotNull @Size(
				max = 20000, message = "{edit.text.tooLong}") @Pattern(regexp = ApiReportPartARequest.TEXT,
						message = "{typeMismatch.java.lang.String}") String progressToDate,
		@Schema(example = "Training of customs officers continues in 2017.") @NotNull @Size(max = 20000,
				message = "{edit.text.tooLong}") @Pattern(regexp = ApiReportPartARequest.TEXT,
						message = "{typeMismatch.java.lang.String}") String futureOutlook,
		@Schema(example = "7", description = "The report's version as last read") @NotNull Integer version) {

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
