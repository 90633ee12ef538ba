package org.niaptracker.meeting;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.niaptracker.model.BaseEntity;

/**
 * How the ratings of one scale carry over to another: one entry per rating of the
 * from-scale, with its target on the to-scale or none ("needs a new rating"). PostgreSQL
 * refuses an entry whose ratings are not on the mapping's scales.
 */
@Entity
@Table(name = "rating_mapping")
class ScaleMapping extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "from_scale_id")
	private RatingScale fromScale;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "to_scale_id")
	private RatingScale toScale;

	@OneToMany(mappedBy = "mapping", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ScaleMappingEntry> entries = new ArrayList<>();

	protected ScaleMapping() {
	}

	ScaleMapping(RatingScale fromScale, RatingScale toScale) {
		this.fromScale = fromScale;
		this.toScale = toScale;
	}

	RatingScale getFromScale() {
		return this.fromScale;
	}

	RatingScale getToScale() {
		return this.toScale;
	}

	List<ScaleMappingEntry> getEntries() {
		return this.entries;
	}

	/** Maps the rating to the target (null: needs a new rating). */
	void map(ProgressRating from, ProgressRating to) {
		for (ScaleMappingEntry entry : this.entries) {
			if (entry.getFromRating().getId().equals(from.getId())) {
				entry.target(to);
				return;
			}
		}
		this.entries.add(new ScaleMappingEntry(this, from, to));
	}

}
