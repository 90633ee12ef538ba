package org.niaptracker.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.niaptracker.report.lifecycle.TransitionForm;

/**
 * A move of a report's life cycle: the report's version as last read, and a message
 * (required to return or reopen a report).
 */
public record ApiReportTransitionRequest(@NotNull Integer version,
		@Size(max = 4000, message = "{edit.text.tooLong}") @Pattern(regexp = ApiReportPartARequest.TEXT,
				message = "{typeMismatch.java.lang.String}") String message) {

	TransitionForm toForm() {
		TransitionForm form = new TransitionForm();
		form.setVersion(this.version);
		form.setMessage((this.message != null) ? ApiReportPartARequest.clean(this.message) : "");
		return form;
	}

}
