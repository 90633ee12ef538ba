package org.niaptracker.report.lifecycle;

import org.niaptracker.web.Sent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A move of a report's life cycle: the report's version the user saw and an optional
 * message (required when returning or reopening a report).
 */
public class TransitionForm {

	@NotNull
	private Integer version;

	@Size(max = 4000, message = "{edit.text.tooLong}")
	@Sent
	private String message;

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

}
