package org.niaptracker.report.editing;

import org.niaptracker.web.Sent;

import org.niaptracker.report.ReportView;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One action's rating and progress points as the focal point edits them: one point per
 * line.
 */
public class EvaluationForm {

	/** A rating code of the report's scale, or empty for "not yet rated". */
	@Size(max = 40)
	@Pattern(regexp = "[A-Z_]*", message = "{edit.rating.invalid}")
	@Sent
	private String rating;

	@Size(max = 20000, message = "{edit.points.tooLong}")
	@Sent
	private String points;

	@NotNull
	private Integer version;

	public static EvaluationForm of(ReportView.ActionView action) {
		EvaluationForm form = new EvaluationForm();
		form.setRating((action.rating() != null) ? action.rating().code() : "");
		form.setPoints(String.join("\n", action.points()));
		form.setVersion(action.version());
		return form;
	}

	/** The points, one per non-blank line, without surrounding white space. */
	public List<String> pointList() {
		if (this.points == null) {
			return List.of();
		}
		return Arrays.stream(this.points.split("\\R")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

	public String getRating() {
		return this.rating;
	}

	public void setRating(String rating) {
		this.rating = rating;
	}

	public String getPoints() {
		return this.points;
	}

	public void setPoints(String points) {
		this.points = points;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
