package org.niaptracker.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.niaptracker.report.editing.EvaluationForm;

/**
 * One action's rating and progress points, replacing what is stored, with the version of
 * the evaluation the script read.
 *
 * @param rating a rating code of the report's scale (such as {@code ON_TRACK}), or null
 * for "not yet rated"
 * @param points the progress points, one line each, in order
 * @param version the evaluation's version as last read
 */
@Schema(description = "One action's rating and progress points, replacing what is stored, "
		+ "with the version of the evaluation last read.")
public record ApiEvaluationRequest(
		@Schema(example = "ON_TRACK", nullable = true,
				description = "A rating code of the report's scale; null for not yet rated") @Size(
						max = 40) @Pattern(regexp = "[A-Z_]*", message = "{edit.rating.invalid}") String rating,
		@Schema(example = "[\"The inventory of the stockpile was completed.\", \"The stockpile was sealed.\"]",
				description = "The progress points, one line each, in order") @NotNull @Size(
						max = 500) List<@NotNull @Size(max = 4000, message = "{edit.point.tooLong}") @Pattern(
								regexp = ApiEvaluationRequest.ONE_LINE,
								message = "{apiWrite.point.oneLine}") String> points,
		@Schema(example = "3", description = "The evaluation's version as last read") @NotNull Integer version) {

	/** One line of text without control characters. */
	static final String ONE_LINE = "[\\P{Cc}\\t]*";

	/** The same limit as the browser's form: 20,000 characters in all. */
	@AssertTrue(message = "{edit.points.tooLong}")
	boolean isWithinTheFormsLength() {
		return this.points == null || String.join("\n", this.points).length() <= 20000;
	}

	EvaluationForm toForm() {
		EvaluationForm form = new EvaluationForm();
		form.setRating((this.rating != null) ? this.rating : "");
		form.setPoints(String.join("\n", this.points));
		form.setVersion(this.version);
		return form;
	}

}
