package org.niaptracker.report.editing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Starting a Party's report to the next meeting: the meeting and the cover fields.
 */
public class NewReportForm extends CoverFields {

	@NotBlank(message = "{newReport.meeting.required}")
	@Size(max = 16)
	private String meetingCode = "";

	public String getMeetingCode() {
		return this.meetingCode;
	}

	public void setMeetingCode(String meetingCode) {
		this.meetingCode = clean(meetingCode);
	}

}
