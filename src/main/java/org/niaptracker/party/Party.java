package org.niaptracker.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.niaptracker.model.BaseEntity;

/**
 * A Party to CITES taking part in the NIAP process, identified by its ISO 3166 alpha-2
 * code (which never changes: addresses use it), with its names in English, French and
 * Spanish, its category and its place in the NIAP process, each with the meeting that
 * decided it. Changes go through {@link PartyDirectory}, which records them.
 */
@Entity
@Table(name = "party")
public class Party extends BaseEntity {

	@Column(nullable = false, unique = true, length = 2)
	private String code;

	@Column(nullable = false)
	private String name;

	private String nameFr;

	private String nameEs;

	@Enumerated(EnumType.STRING)
	private PartyCategory category;

	private String categorySince;

	@Enumerated(EnumType.STRING)
	private ProcessStatus processStatus;

	private String processStatusSince;

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

	public String getNameFr() {
		return this.nameFr;
	}

	public String getNameEs() {
		return this.nameEs;
	}

	public PartyCategory getCategory() {
		return this.category;
	}

	/** The meeting that put the Party in its category ("CoP17", "SC69"), or null. */
	public String getCategorySince() {
		return this.categorySince;
	}

	public ProcessStatus getProcessStatus() {
		return this.processStatus;
	}

	/** The meeting that decided the Party's process status, or null. */
	public String getProcessStatusSince() {
		return this.processStatusSince;
	}

	void rename(String name, String nameFr, String nameEs) {
		this.name = name;
		this.nameFr = nameFr;
		this.nameEs = nameEs;
	}

	void categorise(PartyCategory category, String since) {
		this.category = category;
		this.categorySince = (category != null) ? since : null;
	}

	void placeInProcess(ProcessStatus status, String since) {
		this.processStatus = status;
		this.processStatusSince = (status != null) ? since : null;
	}

}
