package org.niaptracker.report.editing;

import java.time.LocalDate;

import org.niaptracker.web.Sent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The Secretariat recording a Party's report to a past meeting: the meeting, the day the
 * Party sent it, its cover, and the document and annex it was published as.
 */
public class RecordReportForm extends CoverFields {

	@NotBlank(message = "{newReport.meeting.required}")
	@Size(max = 16)
	private String meetingCode = "";

	@NotNull(message = "{record.submittedOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate submittedOn;

	@Size(max = 60, message = "{edit.text.tooLong}")
	@Sent
	private String documentRef;

	@Size(max = 60, message = "{edit.text.tooLong}")
	@Sent
	private String annexRef;

	@Size(max = 200, message = "{edit.text.tooLong}")
	@Sent
	private String languageLine;

	@Size(max = 300, message = "{edit.text.tooLong}")
	@Sent
	private String groupHeading;

	public String getMeetingCode() {
		return this.meetingCode;
	}

	public void setMeetingCode(String meetingCode) {
		this.meetingCode = clean(meetingCode);
	}

	public LocalDate getSubmittedOn() {
		return this.submittedOn;
	}

	public void setSubmittedOn(LocalDate submittedOn) {
		this.submittedOn = submittedOn;
	}

	public String getDocumentRef() {
		return this.documentRef;
	}

	public void setDocumentRef(String documentRef) {
		this.documentRef = clean(documentRef);
	}

	public String getAnnexRef() {
		return this.annexRef;
	}

	public void setAnnexRef(String annexRef) {
		this.annexRef = clean(annexRef);
	}

	public String getLanguageLine() {
		return this.languageLine;
	}

	public void setLanguageLine(String languageLine) {
		this.languageLine = clean(languageLine);
	}

	public String getGroupHeading() {
		return this.groupHeading;
	}

	public void setGroupHeading(String groupHeading) {
		this.groupHeading = clean(groupHeading);
	}

}
