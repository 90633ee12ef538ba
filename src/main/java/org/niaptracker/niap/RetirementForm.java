package org.niaptracker.niap;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Retiring an action from a draft, possibly merged into another action of the draft. */
public class RetirementForm {

	/** The number, in the draft, of the action this one is merged into; empty if none. */
	@Size(max = 16, message = "{plan.action.number.format}")
	private String mergedInto;

	@NotNull
	private Integer version;

	public String getMergedInto() {
		return this.mergedInto;
	}

	public void setMergedInto(String mergedInto) {
		this.mergedInto = mergedInto;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
