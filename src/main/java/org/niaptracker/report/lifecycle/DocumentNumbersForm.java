package org.niaptracker.report.lifecycle;

import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.web.Sent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The meeting document and annex a report is published as ("SC66 Doc. 29", "Annex 19"):
 * the Secretariat's to give, with the version of the report the user saw.
 */
public class DocumentNumbersForm {

	@Size(max = 60, message = "{edit.text.tooLong}")
	@Sent
	private String documentRef;

	@Size(max = 60, message = "{edit.text.tooLong}")
	@Sent
	private String annexRef;

	@NotNull
	private Integer version;

	static DocumentNumbersForm of(ReportingPeriod report) {
		DocumentNumbersForm form = new DocumentNumbersForm();
		form.setDocumentRef(report.getDocumentRef());
		form.setAnnexRef(report.getAnnexRef());
		form.setVersion(report.getVersion());
		return form;
	}

	public String getDocumentRef() {
		return this.documentRef;
	}

	public void setDocumentRef(String documentRef) {
		this.documentRef = documentRef;
	}

	public String getAnnexRef() {
		return this.annexRef;
	}

	public void setAnnexRef(String annexRef) {
		this.annexRef = annexRef;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
