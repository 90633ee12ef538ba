package org.niaptracker.party;

import org.niaptracker.web.Sent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A Party's profile as the Secretariat or an administrator edits it: its names, its
 * category and process status with the meetings that decided them. Its ISO code never
 * changes. The version guards against a concurrent edit.
 */
public class ProfileForm {

	@NotBlank(message = "{admin.field.required}")
	@Size(max = 200, message = "{edit.text.tooLong}")
	@Sent
	private String name;

	@Size(max = 200, message = "{edit.text.tooLong}")
	@Sent
	private String nameFr;

	@Size(max = 200, message = "{edit.text.tooLong}")
	@Sent
	private String nameEs;

	private PartyCategory category;

	@Pattern(regexp = DecisionMeeting.PATTERN, message = "{party.meeting.invalid}")
	@Sent
	private String categorySince;

	private ProcessStatus processStatus;

	@Pattern(regexp = DecisionMeeting.PATTERN, message = "{party.meeting.invalid}")
	@Sent
	private String processStatusSince;

	private Integer version;

	static ProfileForm of(Party party) {
		ProfileForm form = new ProfileForm();
		form.name = party.getName();
		form.nameFr = blankIfNull(party.getNameFr());
		form.nameEs = blankIfNull(party.getNameEs());
		form.category = party.getCategory();
		form.categorySince = blankIfNull(party.getCategorySince());
		form.processStatus = party.getProcessStatus();
		form.processStatusSince = blankIfNull(party.getProcessStatusSince());
		form.version = party.getVersion();
		return form;
	}

	private static String blankIfNull(String value) {
		return (value != null) ? value : "";
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public void setNameFr(String nameFr) {
		this.nameFr = nameFr;
	}

	public String getNameEs() {
		return this.nameEs;
	}

	public void setNameEs(String nameEs) {
		this.nameEs = nameEs;
	}

	public PartyCategory getCategory() {
		return this.category;
	}

	public void setCategory(PartyCategory category) {
		this.category = category;
	}

	public String getCategorySince() {
		return this.categorySince;
	}

	public void setCategorySince(String categorySince) {
		this.categorySince = DecisionMeeting.normalise(categorySince);
	}

	public ProcessStatus getProcessStatus() {
		return this.processStatus;
	}

	public void setProcessStatus(ProcessStatus processStatus) {
		this.processStatus = processStatus;
	}

	public String getProcessStatusSince() {
		return this.processStatusSince;
	}

	public void setProcessStatusSince(String processStatusSince) {
		this.processStatusSince = DecisionMeeting.normalise(processStatusSince);
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
