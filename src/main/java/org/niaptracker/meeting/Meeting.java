package org.niaptracker.meeting;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.niaptracker.model.BaseEntity;

/**
 * A regular meeting of the CITES Standing Committee ("SC66"), with the rating scale its
 * reports use.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity {

	@Column(nullable = false, unique = true, length = 16)
	private String code;

	@Column(nullable = false, unique = true)
	private int number;

	private LocalDate startsOn;

	private LocalDate reportDueOn;

	/**
	 * The document in which the Secretariat publishes its overview of the meeting's
	 * reports ("SC70 Doc. 27.4 Annex 1"), or null while it has none.
	 */
	@Column(length = 60)
	private String overviewDocumentRef;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "rating_scale_id")
	private RatingScale ratingScale;

	protected Meeting() {
	}

	/**
	 * A meeting of the Standing Committee, "SC" and its number, with its rating scale.
	 */
	public Meeting(int number, LocalDate startsOn, LocalDate reportDueOn, RatingScale ratingScale) {
		this.code = "SC" + number;
		this.number = number;
		this.startsOn = startsOn;
		this.reportDueOn = reportDueOn;
		this.ratingScale = ratingScale;
	}

	public String getCode() {
		return this.code;
	}

	public int getNumber() {
		return this.number;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getReportDueOn() {
		return this.reportDueOn;
	}

	public String getOverviewDocumentRef() {
		return this.overviewDocumentRef;
	}

	public RatingScale getRatingScale() {
		return this.ratingScale;
	}

	void reschedule(LocalDate startsOn, LocalDate reportDueOn) {
		this.startsOn = startsOn;
		this.reportDueOn = reportDueOn;
	}

	void documentOverviewIn(String overviewDocumentRef) {
		this.overviewDocumentRef = (overviewDocumentRef == null || overviewDocumentRef.isBlank()) ? null
				: overviewDocumentRef.strip();
	}

	void renumber(int number) {
		this.code = "SC" + number;
		this.number = number;
	}

	void rateOn(RatingScale ratingScale) {
		this.ratingScale = ratingScale;
	}

}
