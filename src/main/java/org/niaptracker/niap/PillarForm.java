package org.niaptracker.niap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A pillar of a draft revision: its number and name. */
public class PillarForm {

	@NotNull(message = "{plan.pillar.number.required}")
	@Min(value = 1, message = "{plan.pillar.number.range}")
	@Max(value = 99, message = "{plan.pillar.number.range}")
	private Integer number;

	@NotBlank(message = "{plan.pillar.name.required}")
	@Size(max = 200, message = "{plan.pillar.name.tooLong}")
	private String name;

	/** The pillar's version when the form was shown; absent for a new pillar. */
	private Integer version;

	static PillarForm of(Pillar pillar) {
		PillarForm form = new PillarForm();
		form.setNumber(pillar.getNumber());
		form.setName(pillar.getName());
		form.setVersion(pillar.getVersion());
		return form;
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
