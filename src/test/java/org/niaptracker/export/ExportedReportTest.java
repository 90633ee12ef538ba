package org.niaptracker.export;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.test.ReportViews;

import static org.assertj.core.api.Assertions.assertThat;

class ExportedReportTest {

	@ParameterizedTest
	@ValueSource(strings = { "pdf", "docx", "json", "csv" })
	void aPublishedReportIsNamedAfterItsStampAndParty(String extension) {
		assertThat(exported(ReportViews.sc66Like()).fileName(extension))
			.isEqualTo("SC66-Doc29-Annex19-Cambodia." + extension);
	}

	@ParameterizedTest
	@CsvSource({ "DRAFT, SC66-Doc29-Annex19-Cambodia-draft.pdf", "SUBMITTED, SC66-Doc29-Annex19-Cambodia-submitted.pdf",
			"RETURNED, SC66-Doc29-Annex19-Cambodia-returned.pdf",
			"ACCEPTED, SC66-Doc29-Annex19-Cambodia-accepted.pdf" })
	void anUnpublishedReportSaysItsStatus(ReportStatus status, String name) {
		assertThat(exported(ReportViews.sc66Like().status(status)).fileName("pdf")).isEqualTo(name);
	}

	@Test
	void aReportWithoutDocumentNumberIsNamedAfterItsMeeting() {
		var draft = ReportViews.sc66Like().documentRef(null).annexRef(null).status(ReportStatus.DRAFT);

		assertThat(exported(draft).fileName("docx")).isEqualTo("SC66-Cambodia-draft.docx");
	}

	@Test
	void aStampWithoutTheMeetingCodeGetsItInFront() {
		var report = ReportViews.sc66Like().meeting("SC67", 67).documentRef("Doc. 31").annexRef("Annex 4");

		assertThat(exported(report).fileName("pdf")).isEqualTo("SC67-Doc31-Annex4-Cambodia.pdf");
	}

	@Test
	void aTrailingWordWithoutNumberIsKept() {
		var report = ReportViews.sc66Like().annexRef("Annex");

		assertThat(exported(report).fileName("csv")).isEqualTo("SC66-Doc29-Annex-Cambodia.csv");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Côte d’Ivoire|SC66-Doc29-Annex19-CotedIvoire.pdf", "Türkiye|SC66-Doc29-Annex19-Turkiye.pdf",
					"Viet Nam|SC66-Doc29-Annex19-VietNam.pdf",
					"République démocratique du Congo|SC66-Doc29-Annex19-RepubliquedemocratiqueduCongo.pdf",
					"中国|SC66-Doc29-Annex19.pdf" })
	void partyNamesBecomeAscii(String partyName, String fileName) {
		assertThat(exported(ReportViews.sc66Like().partyName(partyName)).fileName("pdf")).isEqualTo(fileName);
	}

	private static ExportedReport exported(ReportViews.Builder report) {
		return new ExportedReport(report.build(), Map.of());
	}

}
