package org.niaptracker.review;

import org.niaptracker.report.Evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.niaptracker.meeting.ProgressRating;
import org.niaptracker.model.BaseEntity;

/**
 * The Secretariat's own rating of one action in one report, kept beside the Party's
 * rating (which it never changes).
 */
@Entity
@Table(name = "secretariat_assessment")
public class SecretariatAssessment extends BaseEntity {

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "evaluation_id")
	private Evaluation evaluation;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "progress_rating_id")
	private ProgressRating progressRating;

	@Column(nullable = false, length = 100)
	private String assessedBy;

	@Column(nullable = false)
	private Instant assessedAt;

	protected SecretariatAssessment() {
	}

	public SecretariatAssessment(Evaluation evaluation) {
		this.evaluation = evaluation;
	}

	public void rate(ProgressRating rating, String assessedBy, Instant assessedAt) {
		this.progressRating = rating;
		this.assessedBy = assessedBy;
		this.assessedAt = assessedAt;
	}

	public Evaluation getEvaluation() {
		return this.evaluation;
	}

	public ProgressRating getProgressRating() {
		return this.progressRating;
	}

	public String getAssessedBy() {
		return this.assessedBy;
	}

	public Instant getAssessedAt() {
		return this.assessedAt;
	}

}
