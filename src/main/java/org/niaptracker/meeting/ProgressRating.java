package org.niaptracker.meeting;

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

	/** The label as the template prints it (English); translations are message keys. */
	@Column(nullable = false, length = 100)
	private String label;

	@Column(nullable = false)
	private int position;

	protected ProgressRating() {
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

	public int getPosition() {
		return this.position;
	}

}
