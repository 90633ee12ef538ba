package org.niaptracker.review;

import org.niaptracker.web.Sent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new comment: on an action (its number) or, with no action, on the whole report. */
public class CommentForm {

	/** An action number such as "1.2", or empty for the whole report. */
	@Pattern(regexp = "([0-9]{1,3}\\.[0-9]{1,3})?")
	@Sent
	private String action;

	@NotBlank(message = "{review.comment.empty}")
	@Size(max = 4000, message = "{edit.text.tooLong}")
	@Sent
	private String body;

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
