package org.niaptracker.meeting;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.niaptracker.model.BaseEntity;

/**
 * One rating of a {@link RatingScale}; its position is its column in Part B.
 */
@Entity
@Table(name = "progress_rating")
public class ProgressRating extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "rating_scale_id")
	private RatingScale ratingScale;

	@Column(nullable = false, length = 40)
	private String code;

	/** The label as the template prints it (English). */
	@Column(nullable = false, length = 100)
	private String label;

	@Column(nullable = false, length = 100)
	private String labelFr;

	@Column(nullable = false, length = 100)
	private String labelEs;

	@Column(nullable = false)
	private int position;

	protected ProgressRating() {
	}

	ProgressRating(RatingScale ratingScale, String code, int position) {
		this.ratingScale = ratingScale;
		this.code = code;
		this.position = position;
	}

	public RatingScale getRatingScale() {
		return this.ratingScale;
	}

	public String getCode() {
		return this.code;
	}

	public String getLabel() {
		return this.label;
	}

	public String getLabelFr() {
		return this.labelFr;
	}

	public String getLabelEs() {
		return this.labelEs;
	}

	/**
	 * The label in the reader's language (English where it is neither French nor
	 * Spanish).
	 */
	public String labelIn(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> this.labelFr;
			case "es" -> this.labelEs;
			default -> this.label;
		};
	}

	public int getPosition() {
		return this.position;
	}

	void relabel(String label, String labelFr, String labelEs) {
		this.label = label;
		this.labelFr = labelFr;
		this.labelEs = labelEs;
	}

	void moveTo(int position) {
		this.position = position;
	}

}
