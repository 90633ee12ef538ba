package org.niaptracker.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.niaptracker.model.BaseEntity;

/**
 * The progress ratings a report template offers (SC65/SC66: four ratings; SC69/SC70:
 * six).
 */
@Entity
@Table(name = "rating_scale")
public class RatingScale extends BaseEntity {

	@Column(nullable = false, unique = true, length = 32)
	private String code;

	@Column(nullable = false)
	private String description;

	protected RatingScale() {
	}

	RatingScale(String code, String description) {
		this.code = code;
		this.description = description;
	}

	public String getCode() {
		return this.code;
	}

	public String getDescription() {
		return this.description;
	}

	void describe(String description) {
		this.description = description;
	}

}
