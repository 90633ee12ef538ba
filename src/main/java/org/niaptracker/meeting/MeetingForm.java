package org.niaptracker.meeting;

import org.niaptracker.web.Sent;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A Standing Committee meeting as an administrator adds or changes it: its number (SC67
 * is 67), its date, the date reports are due, the rating scale its reports use, and the
 * document in which the Secretariat publishes its overview ("SC70 Doc. 27.4 Annex 1").
 * The version guards a change against a concurrent edit (a new meeting has none).
 */
public class MeetingForm {

	@NotNull(message = "{admin.field.required}")
	@Min(value = 1, message = "{admin.meeting.number.invalid}")
	@Max(value = 999, message = "{admin.meeting.number.invalid}")
	private Integer number;

	@NotNull(message = "{admin.field.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reportDueOn;

	@NotBlank(message = "{admin.field.required}")
	@Sent
	private String ratingScale;

	@Size(max = 60, message = "{admin.meeting.overviewDocumentRef.tooLong}")
	private String overviewDocumentRef;

	private Integer version;

	static MeetingForm of(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.number = meeting.getNumber();
		form.startsOn = meeting.getStartsOn();
		form.reportDueOn = meeting.getReportDueOn();
		form.ratingScale = meeting.getRatingScale().getCode();
		form.overviewDocumentRef = meeting.getOverviewDocumentRef();
		form.version = meeting.getVersion();
		return form;
	}

	/** Reports fall due before the meeting. */
	@AssertTrue(message = "{admin.meeting.dueAfterMeeting}")
	public boolean isDueBeforeMeeting() {
		return this.startsOn == null || this.reportDueOn == null || this.reportDueOn.isBefore(this.startsOn);
	}

	public Integer getNumber() {
		return this.number;
	}

	public void setNumber(Integer number) {
		this.number = number;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getReportDueOn() {
		return this.reportDueOn;
	}

	public void setReportDueOn(LocalDate reportDueOn) {
		this.reportDueOn = reportDueOn;
	}

	public String getRatingScale() {
		return this.ratingScale;
	}

	public void setRatingScale(String ratingScale) {
		this.ratingScale = ratingScale;
	}

	public String getOverviewDocumentRef() {
		return this.overviewDocumentRef;
	}

	public void setOverviewDocumentRef(String overviewDocumentRef) {
		this.overviewDocumentRef = overviewDocumentRef;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
