package org.niaptracker.user.token;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new token: what it is for, and for how many days it works. */
public class ApiTokenForm {

	/** The days a token works unless its owner asks for fewer or more. */
	public static final int DEFAULT_DAYS = 90;

	/** The longest a token works: a year, after which its owner makes a new one. */
	public static final int MAX_DAYS = 365;

	@NotBlank(message = "{token.name.required}")
	@Size(max = 100, message = "{token.name.tooLong}")
	private String name;

	@NotNull(message = "{token.days.range}")
	@Min(value = 1, message = "{token.days.range}")
	@Max(value = MAX_DAYS, message = "{token.days.range}")
	private Integer days = DEFAULT_DAYS;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getDays() {
		return this.days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}

}
