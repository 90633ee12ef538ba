package org.niaptracker.niap;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.niaptracker.party.Party;

/**
 * The identity of one action of a Party's plan across revisions: "3.2" in one revision
 * and "4.1" in the next are the same lineage, so the action's history follows it.
 */
@Entity
@Table(name = "action_lineage")
public class ActionLineage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "party_id")
	private Party party;

	protected ActionLineage() {
	}

	public ActionLineage(Party party) {
		this.party = party;
	}

	public Long getId() {
		return this.id;
	}

	public Party getParty() {
		return this.party;
	}

}
