package org.niaptracker.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.model.BaseEntity;
import org.niaptracker.niap.Action;

/**
 * One action's evaluation in one report: its rating (null while not yet rated) and its
 * summary of progress as ordered points. Part B and Part C of a report are both drawn
 * from these rows.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reporting_period_id")
	private ReportingPeriod reportingPeriod;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "action_id")
	private Action action;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "progress_rating_id")
	private ProgressRating progressRating;

	/**
	 * The action's rating in the report this one was carried forward from, on that
	 * report's scale; null if it was not rated there (or not carried).
	 */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "carried_rating_id")
	private ProgressRating carriedRating;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "progress_points", nullable = false, columnDefinition = "text[]")
	private List<String> progressPoints = new ArrayList<>();

	protected Evaluation() {
	}

	public Evaluation(ReportingPeriod reportingPeriod, Action action, ProgressRating progressRating,
			List<String> progressPoints) {
		this.reportingPeriod = reportingPeriod;
		this.action = action;
		this.progressRating = progressRating;
		this.progressPoints = new ArrayList<>(progressPoints);
	}

	/** Remembers the rating the action had in the report this one was carried from. */
	public void carriedFrom(ProgressRating rating) {
		this.carriedRating = rating;
	}

	public ProgressRating getCarriedRating() {
		return this.carriedRating;
	}

	public void rate(ProgressRating rating) {
		this.reportingPeriod.requireOpen();
		this.progressRating = rating;
	}

	public void replacePoints(List<String> points) {
		this.reportingPeriod.requireOpen();
		this.progressPoints = new ArrayList<>(points);
	}

	public ReportingPeriod getReportingPeriod() {
		return this.reportingPeriod;
	}

	public Action getAction() {
		return this.action;
	}

	public ProgressRating getProgressRating() {
		return this.progressRating;
	}

	public List<String> getProgressPoints() {
		return List.copyOf(this.progressPoints);
	}

}
