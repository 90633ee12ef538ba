package org.niaptracker.niap;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.niaptracker.web.Sent;

import org.springframework.format.annotation.DateTimeFormat;

/** Adopting a draft revision: the day it came into force and what changed. */
public class AdoptionForm {

	@NotNull(message = "{plan.adopt.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate adoptedOn;

	@Sent
	@Size(max = 4000, message = "{plan.adopt.note.tooLong}")
	private String note;

	/**
	 * The draft's version when the form was shown: any change to the draft since is a
	 * conflict.
	 */
	@NotNull
	private Integer version;

	static AdoptionForm of(PlanRevision draft) {
		AdoptionForm form = new AdoptionForm();
		form.setNote(draft.getNote());
		form.setVersion(draft.getVersion());
		return form;
	}

	public LocalDate getAdoptedOn() {
		return this.adoptedOn;
	}

	public void setAdoptedOn(LocalDate adoptedOn) {
		this.adoptedOn = adoptedOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
