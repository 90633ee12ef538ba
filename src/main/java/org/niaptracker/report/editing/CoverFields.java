package org.niaptracker.report.editing;

import org.niaptracker.web.Sent;

import java.time.YearMonth;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The cover fields a Party fills in, shared by the form that starts a report and the form
 * that edits its cover: document and annex reference, reporting period (months, start not
 * after end), prepared by.
 */
public abstract class CoverFields {

	@Size(max = 60, message = "{edit.text.tooLong}")
	@Sent
	private String documentRef;

	@Size(max = 60, message = "{edit.text.tooLong}")
	@Sent
	private String annexRef;

	@NotNull(message = "{edit.month.required}")
	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth periodStart;

	@NotNull(message = "{edit.month.required}")
	@DateTimeFormat(pattern = "yyyy-MM")
	private YearMonth periodEnd;

	@Size(max = 300, message = "{edit.text.tooLong}")
	@Sent
	private String preparedBy;

	@AssertTrue(message = "{edit.period.order}")
	public boolean isPeriodInOrder() {
		return this.periodStart == null || this.periodEnd == null || !this.periodEnd.isBefore(this.periodStart);
	}

	/** Text as bound (trimmed by the text input binding). */
	static String clean(String value) {
		return value;
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

}
