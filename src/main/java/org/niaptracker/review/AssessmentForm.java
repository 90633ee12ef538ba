package org.niaptracker.review;

import org.niaptracker.web.Sent;

import jakarta.validation.constraints.Size;

/**
 * The Secretariat's rating of one action: a code of the report's scale, or empty to clear
 * it; and the version of the assessment the user saw (empty when there was none).
 */
public class AssessmentForm {

	@Size(max = 40)
	@Sent
	private String rating;

	private Integer version;

	public String getRating() {
		return this.rating;
	}

	public void setRating(String rating) {
		this.rating = rating;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
