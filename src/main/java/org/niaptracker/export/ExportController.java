package org.niaptracker.export;

import java.nio.charset.StandardCharsets;

import org.niaptracker.review.PublishedOverview;
import org.niaptracker.web.ConditionalAnswers;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The printable annex and the downloads of a report: print view, PDF, Word, JSON, CSV.
 * Each one reads the report through the same permissions as its page.
 */
@Controller
class ExportController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final ExportService exports;

	ExportController(ExportService exports) {
		this.exports = exports;
	}

	/**
	 * The annex to print from the browser: HTML without the application around it. A
	 * published report's carries a validator and is kept, as its PDF is.
	 */
	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/print")
	ResponseEntity<byte[]> print(@PathVariable String partyCode, @PathVariable String meetingCode,
			ServletWebRequest request) {
		Download print = export(partyCode, meetingCode, ReportFile.PRINT, request);
		return answer(print,
				ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)));
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/annex.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String partyCode, @PathVariable String meetingCode,
			ServletWebRequest request) {
		return download(partyCode, meetingCode, ReportFile.PDF, MediaType.APPLICATION_PDF, request);
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/annex.docx")
	ResponseEntity<byte[]> docx(@PathVariable String partyCode, @PathVariable String meetingCode,
			ServletWebRequest request) {
		return download(partyCode, meetingCode, ReportFile.DOCX, DOCX, request);
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/report.json")
	ResponseEntity<byte[]> json(@PathVariable String partyCode, @PathVariable String meetingCode,
			ServletWebRequest request) {
		return download(partyCode, meetingCode, ReportFile.JSON, MediaType.APPLICATION_JSON, request);
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/evaluations.csv")
	ResponseEntity<byte[]> csv(@PathVariable String partyCode, @PathVariable String meetingCode,
			ServletWebRequest request) {
		return download(partyCode, meetingCode, ReportFile.CSV, CSV, request);
	}

	/** Every published report of a meeting, one annex after the other. */
	@GetMapping("/meetings/{meetingCode}/annexes.pdf")
	ResponseEntity<byte[]> meetingPdf(@PathVariable String meetingCode) {
		return download(meetingCode + "-NIAP-progress-reports.pdf", MediaType.APPLICATION_PDF,
				this.exports.meetingPdf(meetingCode));
	}

	/**
	 * A meeting's public overview (published reports, published ratings) as PDF with its
	 * chart; 404 for a meeting with nothing published.
	 */
	@GetMapping("/meetings/{meetingCode}/overview.pdf")
	ResponseEntity<byte[]> overviewPdf(@PathVariable String meetingCode) {
		PublishedOverview overview = this.exports.overview(meetingCode);
		return download(OverviewFiles.name(overview, "pdf"), MediaType.APPLICATION_PDF,
				this.exports.overviewPdf(overview));
	}

	/** The same as Word: the table of shares (no chart). */
	@GetMapping("/meetings/{meetingCode}/overview.docx")
	ResponseEntity<byte[]> overviewDocx(@PathVariable String meetingCode) {
		PublishedOverview overview = this.exports.overview(meetingCode);
		return download(OverviewFiles.name(overview, "docx"), DOCX, this.exports.overviewDocx(overview));
	}

	/** The same as CSV: one row per Party and rating. */
	@GetMapping("/meetings/{meetingCode}/overview.csv")
	ResponseEntity<byte[]> overviewCsv(@PathVariable String meetingCode) {
		PublishedOverview overview = this.exports.overview(meetingCode);
		return download(OverviewFiles.name(overview, "csv"), CSV,
				this.exports.overviewCsv(overview).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A report's download. A published report's carries a validator from its versions: a
	 * request that has the same file already answers 304 after one statement, without
	 * reading the report (see {@link ExportService#download}).
	 */
	private ResponseEntity<byte[]> download(String partyCode, String meetingCode, ReportFile file, MediaType type,
			ServletWebRequest request) {
		Download download = export(partyCode, meetingCode, file, request);
		return answer(download, download.isNotModified() ? null : attachment(download.fileName(), type));
	}

	private Download export(String partyCode, String meetingCode, ReportFile file, ServletWebRequest request) {
		return this.exports.download(partyCode, meetingCode, file, ConditionalAnswers.isConditional(request),
				(etag) -> ConditionalAnswers.revalidate(request, etag));
	}

	/**
	 * A 304 for a reader whose copy is current; otherwise the content, with its validator
	 * if any.
	 */
	private static ResponseEntity<byte[]> answer(Download download, ResponseEntity.BodyBuilder answer) {
		if (download.isNotModified()) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(download.etag()).build();
		}
		if (download.etag() != null) {
			answer.eTag(download.etag());
		}
		return answer.body(download.content());
	}

	private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] body) {
		return attachment(fileName, type).body(body);
	}

	private static ResponseEntity.BodyBuilder attachment(String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

}
