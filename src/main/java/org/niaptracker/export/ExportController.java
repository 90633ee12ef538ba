package org.niaptracker.export;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.servlet.resource.ResourceUrlProvider;

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

	private final ResourceUrlProvider resources;

	ExportController(ExportService exports, ResourceUrlProvider resources) {
		this.exports = exports;
		this.resources = resources;
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/print")
	ResponseEntity<String> print(@PathVariable String partyCode, @PathVariable String meetingCode,
			HttpServletRequest request) {
		ExportedReport report = this.exports.load(partyCode, meetingCode);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.exports.printView(report, request.getContextPath() + stylesheet("/css/annex.css")));
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/annex.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String partyCode, @PathVariable String meetingCode,
			ServletWebRequest request) {
		ExportedReport report = this.exports.load(partyCode, meetingCode);
		return download(report, "pdf", request, MediaType.APPLICATION_PDF, () -> this.exports.pdf(report));
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/annex.docx")
	ResponseEntity<byte[]> docx(@PathVariable String partyCode, @PathVariable String meetingCode,
			ServletWebRequest request) {
		ExportedReport report = this.exports.load(partyCode, meetingCode);
		return download(report, "docx", request, DOCX, () -> this.exports.docx(report));
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/report.json")
	ResponseEntity<byte[]> json(@PathVariable String partyCode, @PathVariable String meetingCode,
			ServletWebRequest request) {
		ExportedReport report = this.exports.load(partyCode, meetingCode);
		return download(report, "json", request, MediaType.APPLICATION_JSON,
				() -> this.exports.json(report).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/parties/{partyCode}/reports/{meetingCode}/evaluations.csv")
	ResponseEntity<byte[]> csv(@PathVariable String partyCode, @PathVariable String meetingCode,
			ServletWebRequest request) {
		ExportedReport report = this.exports.load(partyCode, meetingCode);
		return download(report, "csv", request, CSV, () -> this.exports.csv(report).getBytes(StandardCharsets.UTF_8));
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
	 * The stylesheet's address with its content hash, which browsers may keep for a year.
	 */
	private String stylesheet(String path) {
		String versioned = this.resources.getForLookupPath(path);
		return (versioned != null) ? versioned : path;
	}

	/**
	 * A report's download. A published report's carries a validator from its content: a
	 * request that has the same file already answers 304 without rendering it again (and
	 * a published report's PDF and Word files, kept under that validator, are rendered
	 * only once).
	 */
	private ResponseEntity<byte[]> download(ExportedReport report, String extension, ServletWebRequest request,
			MediaType type, Supplier<byte[]> render) {
		Optional<String> etag = this.exports.validator(report, extension);
		if (etag.isPresent() && ConditionalAnswers.revalidate(request, etag.get())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag.get()).build();
		}
		ResponseEntity<byte[]> response = download(report.fileName(extension), type, render.get());
		return etag
			.map((value) -> ResponseEntity.status(response.getStatusCode())
				.headers(response.getHeaders())
				.eTag(value)
				.body(response.getBody()))
			.orElse(response);
	}

	private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
