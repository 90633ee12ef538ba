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
 * A numbered group of actions in one revision of a Party's NIAP (also called category or
 * thematic area).
 */
@Entity
@Table(name = "pillar")
public class Pillar extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "party_id")
	private Party party;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_revision_id")
	private PlanRevision planRevision;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String name;

	protected Pillar() {
	}

	public Pillar(PlanRevision planRevision, int number, String name) {
		this.party = planRevision.getParty();
		this.planRevision = planRevision;
		this.number = number;
		this.name = name;
	}

	/** A copy of this pillar in a new draft revision. */
	Pillar copyInto(PlanRevision draft) {
		return new Pillar(draft, this.number, this.name);
	}

	public void change(int number, String name) {
		this.planRevision.requireDraft();
		this.number = number;
		this.name = name;
	}

	public PlanRevision getPlanRevision() {
		return this.planRevision;
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
