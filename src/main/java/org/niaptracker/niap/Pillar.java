package org.niaptracker.niap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.niaptracker.model.BaseEntity;
import org.niaptracker.party.Party;

/**
 * A numbered group of actions in a Party's NIAP (also called category or thematic area).
 */
@Entity
@Table(name = "pillar")
public class Pillar extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "party_id")
	private Party party;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String name;

	protected Pillar() {
	}

	public Pillar(Party party, int number, String name) {
		this.party = party;
		this.number = number;
		this.name = name;
	}

	public Party getParty() {
		return this.party;
	}

	public int getNumber() {
		return this.number;
	}

	public String getName() {
		return this.name;
	}

}
