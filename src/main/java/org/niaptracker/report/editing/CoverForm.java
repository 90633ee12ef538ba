package org.niaptracker.report.editing;

import org.niaptracker.web.Sent;

import org.niaptracker.report.ReportingPeriod;

import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The cover of a report: the fields a Party fills in, the language line and the group
 * heading, and the version of the report the user saw.
 */
public class CoverForm extends CoverFields {

	@Size(max = 200, message = "{edit.text.tooLong}")
	@Sent
	private String languageLine;

	@Size(max = 300, message = "{edit.text.tooLong}")
	@Sent
	private String groupHeading;

	@NotNull
	private Integer version;

	static CoverForm of(ReportingPeriod report) {
		CoverForm form = new CoverForm();
		form.setLanguageLine(report.getLanguageLine());
		form.setGroupHeading(report.getGroupHeading());
		form.setPeriodStart(YearMonth.from(report.getPeriodStart()));
		form.setPeriodEnd(YearMonth.from(report.getPeriodEnd()));
		form.setPreparedBy(report.getPreparedBy());
		form.setVersion(report.getVersion());
		return form;
	}

	/** A form of its own with the same values. */
	CoverForm copy() {
		CoverForm form = new CoverForm();
		form.setLanguageLine(this.languageLine);
		form.setGroupHeading(this.groupHeading);
		form.setPeriodStart(getPeriodStart());
		form.setPeriodEnd(getPeriodEnd());
		form.setPreparedBy(getPreparedBy());
		form.setVersion(this.version);
		return form;
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

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
