package org.niaptracker.report.editing;

import org.niaptracker.web.Sent;

import org.niaptracker.report.ReportingPeriod;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Part A of a report: its three sections, paragraphs separated by a blank line.
 */
public class PartAForm {

	@Size(max = 20000, message = "{edit.text.tooLong}")
	@Sent
	private String synopsis;

	@Size(max = 20000, message = "{edit.text.tooLong}")
	@Sent
	private String progressToDate;

	@Size(max = 20000, message = "{edit.text.tooLong}")
	@Sent
	private String futureOutlook;

	@NotNull
	private Integer version;

	static PartAForm of(ReportingPeriod report) {
		PartAForm form = new PartAForm();
		form.setSynopsis(report.getSynopsis());
		form.setProgressToDate(report.getProgressToDate());
		form.setFutureOutlook(report.getFutureOutlook());
		form.setVersion(report.getVersion());
		return form;
	}

	/** A form of its own with the same values. */
	PartAForm copy() {
		PartAForm form = new PartAForm();
		form.setSynopsis(this.synopsis);
		form.setProgressToDate(this.progressToDate);
		form.setFutureOutlook(this.futureOutlook);
		form.setVersion(this.version);
		return form;
	}

	/** Text as bound (line breaks already LF by the text input binding). */
	static String normalise(String text) {
		return text;
	}

	public String getSynopsis() {
		return this.synopsis;
	}

	public void setSynopsis(String synopsis) {
		this.synopsis = normalise(synopsis);
	}

	public String getProgressToDate() {
		return this.progressToDate;
	}

	public void setProgressToDate(String progressToDate) {
		this.progressToDate = normalise(progressToDate);
	}

	public String getFutureOutlook() {
		return this.futureOutlook;
	}

	public void setFutureOutlook(String futureOutlook) {
		this.futureOutlook = normalise(futureOutlook);
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
