package org.niaptracker.niap;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.niaptracker.model.BaseEntity;
import org.niaptracker.model.RuleViolationException;
import org.niaptracker.party.Party;

/**
 * One state of a Party's NIAP: its pillars and actions as they stood from the day it was
 * adopted. A revision is drafted, then adopted; an adopted revision is read-only (the
 * database refuses changes to it too). The latest adopted revision is the plan in force.
 */
@Entity
@Table(name = "plan_revision")
public class PlanRevision extends BaseEntity {

	/** Where a revision stands. */
	public enum Status {

		DRAFT, ADOPTED

	}

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "party_id")
	private Party party;

	@Column(nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Status status = Status.DRAFT;

	private LocalDate adoptedOn;

	@Column(nullable = false)
	private String note = "";

	@Column(nullable = false)
	private String createdByName;

	@Column(nullable = false)
	private Instant createdAt;

	private String adoptedByName;

	/** When the draft's content last changed. */
	@Column(name = "changed_at")
	private Instant changedAt;

	private Instant adoptedAt;

	protected PlanRevision() {
	}

	/** A new draft revision of a Party's plan. */
	public PlanRevision(Party party, int number, String createdByName, Instant createdAt) {
		this.party = party;
		this.number = number;
		this.createdByName = createdByName;
		this.createdAt = createdAt;
	}

	public boolean isDraft() {
		return this.status == Status.DRAFT;
	}

	/** Refuses a change to a revision in force. */
	public void requireDraft() {
		if (!isDraft()) {
			throw new RuleViolationException("plan.revision.readOnly", "Revision " + getId() + " is in force");
		}
	}

	/** Marks the draft as changed (its pillars or actions), so that its version rises. */
	void touch() {
		requireDraft();
		this.changedAt = Instant.now();
	}

	public void describe(String note) {
		requireDraft();
		this.note = note;
	}

	public void adopt(LocalDate adoptedOn, String adoptedByName, Instant adoptedAt) {
		requireDraft();
		this.status = Status.ADOPTED;
		this.adoptedOn = adoptedOn;
		this.adoptedByName = adoptedByName;
		this.adoptedAt = adoptedAt;
	}

	public Party getParty() {
		return this.party;
	}

	public int getNumber() {
		return this.number;
	}

	public Status getStatus() {
		return this.status;
	}

	public LocalDate getAdoptedOn() {
		return this.adoptedOn;
	}

	public String getNote() {
		return this.note;
	}

	public String getCreatedByName() {
		return this.createdByName;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getAdoptedByName() {
		return this.adoptedByName;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public Instant getAdoptedAt() {
		return this.adoptedAt;
	}

}
