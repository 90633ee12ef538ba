package org.niaptracker.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.niaptracker.report.lifecycle.TransitionForm;

/**
 * A move of a report's life cycle: the report's version as last read, and a message
 * (required to return or reopen a report).
 */
@Schema(description = "A move of a report's life cycle, with the report's version as last read.")
public record ApiReportTransitionRequest(
		@Schema(example = "7", description = "The report's version as last read") @NotNull Integer version,
		@Schema(example = "Submitted by the focal point's script.", nullable = true,
				description = "Required to return or reopen a report") @Size(max = 4000,
						message = "{edit.text.tooLong}") @Pattern(regexp = ApiReportPartARequest.TEXT,
								message = "{typeMismatch.java.lang.String}") String message) {

	TransitionForm toForm() {
		TransitionForm form = new TransitionForm();
		form.setVersion(this.version);
		form.setMessage((this.message != null) ? ApiReportPartARequest.clean(this.message) : "");
		return form;
	}

}
