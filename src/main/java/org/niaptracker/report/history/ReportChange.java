package org.niaptracker.report.history;

import org.niaptracker.report.ReportRecord;
import org.niaptracker.report.ReportingPeriod;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.niaptracker.niap.Action;

/**
 * One recorded change to a report: who, when, which field, the value before and after.
 * Written in the same transaction as the change itself, never updated.
 */
@Entity
@Table(name = "report_change")
public class ReportChange extends ReportRecord {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "action_id")
	private Action action;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private ChangedField field;

	private String oldValue;

	private String newValue;

	@Column(name = "changed_by")
	private Long changedBy;

	@Column(nullable = false, length = 100)
	private String changedByName;

	@Column(nullable = false)
	private Instant changedAt;

	protected ReportChange() {
	}

	public ReportChange(ReportingPeriod reportingPeriod, Action action, ChangedField field, String oldValue,
			String newValue, Long changedBy, String changedByName, Instant changedAt) {
		super(reportingPeriod);
		this.action = action;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.changedBy = changedBy;
		this.changedByName = changedByName;
		this.changedAt = changedAt;
	}

	public Action getAction() {
		return this.action;
	}

	public ChangedField getField() {
		return this.field;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

	public String getChangedByName() {
		return this.changedByName;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
