package org.niaptracker.meeting;

import org.niaptracker.web.Sent;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A rating scale as an administrator creates or changes it: its code (set on creation
 * only), its description and its ratings in order. A row left entirely blank adds
 * nothing. The version guards a change against a concurrent edit.
 */
public class ScaleForm {

	/** Blank rows offered for new ratings. */
	static final int NEW_ROWS = 2;

	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,31}", message = "{admin.scale.code.invalid}")
	private String code = "";

	@NotBlank(message = "{admin.field.required}")
	@Size(max = 200, message = "{edit.text.tooLong}")
	@Sent
	private String description;

	@Valid
	private List<RatingRow> ratings = new ArrayList<>();

	private Integer version;

	static ScaleForm of(RatingScale scale, List<ProgressRating> ratings) {
		ScaleForm form = new ScaleForm();
		form.code = scale.getCode();
		form.description = scale.getDescription();
		ratings.forEach((rating) -> form.ratings.add(RatingRow.of(rating)));
		form.version = scale.getVersion();
		return form;
	}

	/** Adds blank rows for new ratings, as the page offers them. */
	ScaleForm withBlankRows(int count) {
		for (int i = 0; i < count; i++) {
			this.ratings.add(new RatingRow());
		}
		return this;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = (code != null) ? code : "";
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<RatingRow> getRatings() {
		return this.ratings;
	}

	public void setRatings(List<RatingRow> ratings) {
		this.ratings = ratings;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	/**
	 * One rating of the scale: its id (none for a new one), code, labels in English,
	 * French and Spanish, position, and whether to remove it.
	 */
	public static class RatingRow {

		private Long id;

		@Pattern(regexp = "|[A-Z][A-Z_]*", message = "{admin.scale.rating.code.invalid}")
		@Size(max = 40, message = "{edit.text.tooLong}")
		private String code = "";

		@Size(max = 100, message = "{edit.text.tooLong}")
		private String label = "";

		@Size(max = 100, message = "{edit.text.tooLong}")
		private String labelFr = "";

		@Size(max = 100, message = "{edit.text.tooLong}")
		private String labelEs = "";

		@jakarta.validation.constraints.Min(value = 1, message = "{admin.scale.rating.position.invalid}")
		@jakarta.validation.constraints.Max(value = 99, message = "{admin.scale.rating.position.invalid}")
		private Integer position;

		private boolean remove;

		static RatingRow of(ProgressRating rating) {
			RatingRow row = new RatingRow();
			row.id = rating.getId();
			row.code = rating.getCode();
			row.label = rating.getLabel();
			row.labelFr = rating.getLabelFr();
			row.labelEs = rating.getLabelEs();
			row.position = rating.getPosition();
			return row;
		}

		/** A new row left entirely blank: it adds nothing. */
		boolean isBlank() {
			return this.id == null && this.code.isEmpty() && this.label.isEmpty() && this.labelFr.isEmpty()
					&& this.labelEs.isEmpty();
		}

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = (code != null) ? code.toUpperCase(java.util.Locale.ROOT) : "";
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = (label != null) ? label : "";
		}

		public String getLabelFr() {
			return this.labelFr;
		}

		public void setLabelFr(String labelFr) {
			this.labelFr = (labelFr != null) ? labelFr : "";
		}

		public String getLabelEs() {
			return this.labelEs;
		}

		public void setLabelEs(String labelEs) {
			this.labelEs = (labelEs != null) ? labelEs : "";
		}

		public Integer getPosition() {
			return this.position;
		}

		public void setPosition(Integer position) {
			this.position = position;
		}

		public boolean isRemove() {
			return this.remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

}
