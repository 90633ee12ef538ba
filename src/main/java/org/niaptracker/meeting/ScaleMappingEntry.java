package org.niaptracker.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.niaptracker.model.BaseEntity;

/** One rating of a mapping's from-scale and its target, or none. */
@Entity
@Table(name = "rating_mapping_entry")
class ScaleMappingEntry extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "mapping_id")
	private ScaleMapping mapping;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "from_rating_id")
	private ProgressRating fromRating;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "to_rating_id")
	private ProgressRating toRating;

	protected ScaleMappingEntry() {
	}

	ScaleMappingEntry(ScaleMapping mapping, ProgressRating fromRating, ProgressRating toRating) {
		this.mapping = mapping;
		this.fromRating = fromRating;
		this.toRating = toRating;
	}

	ProgressRating getFromRating() {
		return this.fromRating;
	}

	/** The target rating, or null when the rating needs a new rating. */
	ProgressRating getToRating() {
		return this.toRating;
	}

	void target(ProgressRating toRating) {
		this.toRating = toRating;
	}

}
