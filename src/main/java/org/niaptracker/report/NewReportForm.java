package org.niaptracker.report;

import java.time.YearMonth;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Starting a Party's report to the next meeting.
 */
public class NewReportForm {

	@NotBlank(message = "{newReport.meeting.required}")
	@Size(max = 16)
	private String meetingCode = "";

	@NotNull(message = "{edit.month.required}")
	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth periodStart;

	@NotNull(message = "{edit.month.required}")
	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth periodEnd;

	@Size(max = 300, message = "{edit.text.tooLong}")
	private String preparedBy = "";

	@Size(max = 60, message = "{edit.text.tooLong}")
	private String documentRef = "";

	@Size(max = 60, message = "{edit.text.tooLong}")
	private String annexRef = "";

	@AssertTrue(message = "{edit.period.order}")
	public boolean isPeriodInOrder() {
		return this.periodStart == null || this.periodEnd == null || !this.periodEnd.isBefore(this.periodStart);
	}

	public String getMeetingCode() {
		return this.meetingCode;
	}

	public void setMeetingCode(String meetingCode) {
		this.meetingCode = (meetingCode != null) ? meetingCode.strip() : "";
	}

	public YearMonth getPeriodStart() {
		return this.periodStart;
	}

	public void setPeriodStart(YearMonth periodStart) {
		this.periodStart = periodStart;
	}

	public YearMonth getPeriodEnd() {
		return this.periodEnd;
	}

	public void setPeriodEnd(YearMonth periodEnd) {
		this.periodEnd = periodEnd;
	}

	public String getPreparedBy() {
		return this.preparedBy;
	}

	public void setPreparedBy(String preparedBy) {
		this.preparedBy = (preparedBy != null) ? preparedBy.strip() : "";
	}

	public String getDocumentRef() {
		return this.documentRef;
	}

	public void setDocumentRef(String documentRef) {
		this.documentRef = (documentRef != null) ? documentRef.strip() : "";
	}

	public String getAnnexRef() {
		return this.annexRef;
	}

	public void setAnnexRef(String annexRef) {
		this.annexRef = (annexRef != null) ? annexRef.strip() : "";
	}

}
