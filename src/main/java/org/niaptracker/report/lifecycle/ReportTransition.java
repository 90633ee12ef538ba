package org.niaptracker.report.lifecycle;

import org.niaptracker.report.ReportRecord;
import org.niaptracker.report.ReportStatus;
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

/**
 * One move of a report from one status to another: who, when, and the message given (the
 * reasons for returning it, for instance). Written with the move, never updated.
 */
@Entity
@Table(name = "report_transition")
public class ReportTransition extends ReportRecord {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReportStatus toStatus;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(nullable = false, length = 100)
	private String actorName;

	private String message;

	@Column(nullable = false)
	private Instant happenedAt;

	protected ReportTransition() {
	}

	ReportTransition(ReportingPeriod reportingPeriod, ReportStatus fromStatus, ReportStatus toStatus, Long actorId,
			String actorName, String message, Instant happenedAt) {
		super(reportingPeriod);
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.actorId = actorId;
		this.actorName = actorName;
		this.message = message;
		this.happenedAt = happenedAt;
	}

	public ReportStatus getFromStatus() {
		return this.fromStatus;
	}

	public ReportStatus getToStatus() {
		return this.toStatus;
	}

	public String getActorName() {
		return this.actorName;
	}

	public String getMessage() {
		return this.message;
	}

	public Instant getHappenedAt() {
		return this.happenedAt;
	}

}
