package org.niaptracker.report;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * Something recorded about a report and never changed afterwards (a change in its
 * history, a move of its life cycle, a submission, a comment): no version, only an id and
 * the report it belongs to.
 */
@MappedSuperclass
public abstract class ReportRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reporting_period_id")
	private ReportingPeriod reportingPeriod;

	protected ReportRecord() {
	}

	protected ReportRecord(ReportingPeriod reportingPeriod) {
		this.reportingPeriod = reportingPeriod;
	}

	public Long getId() {
		return this.id;
	}

	public ReportingPeriod getReportingPeriod() {
		return this.reportingPeriod;
	}

}
