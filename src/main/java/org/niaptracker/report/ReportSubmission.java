package org.niaptracker.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A report exactly as its Party submitted it, frozen as JSON (a {@link ReportView}): the
 * Secretariat reviews this, whatever happens to the draft afterwards.
 */
@Entity
@Table(name = "report_submission")
public class ReportSubmission extends ReportRecord {

	@Column(nullable = false)
	private int number;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, columnDefinition = "jsonb")
	private String content;

	@Column(nullable = false, length = 100)
	private String submittedBy;

	@Column(nullable = false)
	private Instant submittedAt;

	protected ReportSubmission() {
	}

	public ReportSubmission(ReportingPeriod reportingPeriod, int number, String content, String submittedBy,
			Instant submittedAt) {
		super(reportingPeriod);
		this.number = number;
		this.content = content;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	public int getNumber() {
		return this.number;
	}

	public String getContent() {
		return this.content;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

}
