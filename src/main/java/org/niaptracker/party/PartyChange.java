package org.niaptracker.party;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change to a Party's profile: the field, the value before and after, the meeting
 * that decided it (for the category and the process status), who and when. Never changed
 * once written.
 */
@Entity
@Table(name = "party_change")
public class PartyChange {

	/** What a change changed. */
	public enum Field {

		CREATED, NAME, NAME_FR, NAME_ES, CATEGORY, CATEGORY_SINCE, PROCESS_STATUS, PROCESS_STATUS_SINCE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Long partyId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Field field;

	private String oldValue;

	private String newValue;

	private String decidedAt;

	@Column(nullable = false)
	private String changedByName;

	@Column(nullable = false)
	private Instant changedAt;

	protected PartyChange() {
	}

	PartyChange(Long partyId, Field field, String oldValue, String newValue, String decidedAt, String changedByName,
			Instant changedAt) {
		this.partyId = partyId;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.decidedAt = decidedAt;
		this.changedByName = changedByName;
		this.changedAt = changedAt;
	}

	public Field getField() {
		return this.field;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

	public String getDecidedAt() {
		return this.decidedAt;
	}

	public String getChangedByName() {
		return this.changedByName;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
