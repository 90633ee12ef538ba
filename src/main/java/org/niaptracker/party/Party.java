package org.niaptracker.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.niaptracker.model.BaseEntity;

/**
 * A Party to CITES taking part in the NIAP process, identified by its ISO 3166 alpha-2
 * code.
 */
@Entity
@Table(name = "party")
public class Party extends BaseEntity {

	@Column(nullable = false, unique = true, length = 2)
	private String code;

	@Column(nullable = false)
	private String name;

	protected Party() {
	}

	public Party(String code, String name) {
		this.code = code;
		this.name = name;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

}
