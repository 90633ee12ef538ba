package org.niaptracker.party;

import org.niaptracker.web.Sent;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new Party: its two-letter ISO code and its name, and optionally its category with the
 * meeting that decided it.
 */
public class PartyForm {

	@Pattern(regexp = "[A-Z]{2}", message = "{admin.party.code.invalid}")
	@Sent
	private String code;

	@NotBlank(message = "{admin.field.required}")
	@Size(max = 200, message = "{edit.text.tooLong}")
	@Sent
	private String name;

	private PartyCategory category;

	@Pattern(regexp = DecisionMeeting.PATTERN, message = "{party.meeting.invalid}")
	private String categorySince = "";

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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
		this.categorySince = (categorySince != null) ? DecisionMeeting.normalise(categorySince) : "";
	}

}
