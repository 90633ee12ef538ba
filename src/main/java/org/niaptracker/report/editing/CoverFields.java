package org.niaptracker.report.editing;

import org.niaptracker.web.Sent;

import java.time.YearMonth;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The cover fields a report's writer fills in, shared by the forms that start, record and
 * edit a report: reporting period (months, start not after end), prepared by. (The
 * document and annex numbers are the Secretariat's.)
 */
public abstract class CoverFields {

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
