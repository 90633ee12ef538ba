package org.niaptracker.report;

import java.time.YearMonth;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The cover of a report.
 */
public class CoverForm {

	@Size(max = 60, message = "{edit.text.tooLong}")
	private String documentRef = "";

	@Size(max = 60, message = "{edit.text.tooLong}")
	private String annexRef = "";

	@Size(max = 200, message = "{edit.text.tooLong}")
	private String languageLine = "";

	@Size(max = 300, message = "{edit.text.tooLong}")
	private String groupHeading = "";

	@NotNull(message = "{edit.month.required}")
	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth periodStart;

	@NotNull(message = "{edit.month.required}")
	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth periodEnd;

	@Size(max = 300, message = "{edit.text.tooLong}")
	private String preparedBy = "";

	@NotNull
	private Integer version;

	static CoverForm of(ReportingPeriod report) {
		CoverForm form = new CoverForm();
		form.setDocumentRef(report.getDocumentRef());
		form.setAnnexRef(report.getAnnexRef());
		form.setLanguageLine(report.getLanguageLine());
		form.setGroupHeading(report.getGroupHeading());
		form.setPeriodStart(YearMonth.from(report.getPeriodStart()));
		form.setPeriodEnd(YearMonth.from(report.getPeriodEnd()));
		form.setPreparedBy(report.getPreparedBy());
		form.setVersion(report.getVersion());
		return form;
	}

	@AssertTrue(message = "{edit.period.order}")
	public boolean isPeriodInOrder() {
		return this.periodStart == null || this.periodEnd == null || !this.periodEnd.isBefore(this.periodStart);
	}

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
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
		this.preparedBy = clean(preparedBy);
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
