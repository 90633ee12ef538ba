package org.niaptracker.niap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An action of a draft revision: its pillar, number, title and mark. */
public class ActionForm {

	@NotNull(message = "{plan.action.pillar.required}")
	private Integer pillarNumber;

	@NotBlank(message = "{plan.action.number.required}")
	@Size(max = 16, message = "{plan.action.number.format}")
	@Pattern(regexp = "[0-9]+(\\.[0-9]+)*[a-z]?", message = "{plan.action.number.format}")
	private String number;

	@NotBlank(message = "{plan.action.title.required}")
	@Size(max = 2000, message = "{plan.action.title.tooLong}")
	private String title;

	/** The asterisk some Parties print after an action's title. */
	private boolean marked;

	/** The action's version when the form was shown; absent for a new action. */
	private Integer version;

	static ActionForm of(Action action) {
		ActionForm form = new ActionForm();
		form.setPillarNumber(action.getPillar().getNumber());
		form.setNumber(action.getNumber());
		form.setTitle(action.getTitle());
		form.setMarked(action.isMarked());
		form.setVersion(action.getVersion());
		return form;
	}

	public Integer getPillarNumber() {
		return this.pillarNumber;
	}

	public void setPillarNumber(Integer pillarNumber) {
		this.pillarNumber = pillarNumber;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public boolean isMarked() {
		return this.marked;
	}

	public void setMarked(boolean marked) {
		this.marked = marked;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
