package org.niaptracker.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.niaptracker.export.ReportDocument;
import org.niaptracker.importing.ImportPreview;
import org.niaptracker.importing.ImportRefusedException;
import org.niaptracker.importing.ReportImportService;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportingPeriod;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A script imports a report written as the app's report JSON: it sends the JSON, reads
 * the preview the import page shows, and confirms it, through the service the page uses
 * ({@link ReportImportService}): the same rights, checks, blockers and limit.
 */
@RestController
@Tag(name = ApiDocumentation.REPORT_IMPORTS)
@SecurityRequirement(name = ApiDocumentation.API_TOKEN)
class ApiImportController {

	/** How much of a refused body is read and dropped. */
	private static final long DRAINED = 64L * 1024 * 1024;

	private final ReportImportService imports;

	private final ReportReader reports;

	private final MessageSource messages;

	ApiImportController(ReportImportService imports, ReportReader reports, MessageSource messages) {
		this.imports = imports;
		this.reports = reports;
		this.messages = messages;
	}

	@PostMapping(ApiReader.BASE + "/parties/{partyCode}/imports")
	@Operation(summary = "Upload a report as JSON and read its preview",
			description = "The body is a report in the app's JSON (schema " + ReportDocument.SCHEMA
					+ ", as GET of a report or its report.json download gives it), at most 5 MB. It is "
					+ "checked, read and kept for a day for its confirmation; nothing else is stored. "
					+ "The answer is the preview: the cover, each action matched to the Party's plan in "
					+ "force with the rating it will have and its flags, and the blockers. A focal point "
					+ "imports its Party's next report (a draft); the Secretariat records a past report.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					description = "The report JSON (" + ReportDocument.SCHEMA + ")",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ReportDocument.class))))
	@ApiResponse(responseCode = "201", description = "Read and kept: its id and its preview")
	@ApiResponse(responseCode = "413", description = "Larger than 5 MB",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "422",
			description = "Not a report that can be imported (not JSON, not the schema, another Party's, "
					+ "no actions): reason says why, reasonKey is its message key",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<ApiImportViews.Upload> upload(@Parameter(example = "KH") @PathVariable String partyCode,
			HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException, HttpMediaTypeNotSupportedException {
		byte[] content = body(request, response);
		String uploadId = this.imports.upload(partyCode, "report.json", content);
		ImportPreview preview = this.imports.preview(partyCode, uploadId);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Cache-Control", "no-store")
			.body(ApiImportViews.Upload.of(preview, this.messages, locale));
	}

	@PostMapping(ApiReader.BASE + "/parties/{partyCode}/imports/{uploadId}/confirm")
	@Operation(summary = "Confirm an import: create the report",
			description = "Creates, in one transaction, the report the upload describes, as the import "
					+ "page's confirmation does: the focal point's draft, or the Secretariat's recorded past "
					+ "report (give submittedOn). Where the preview offers a plan revision, planAdoptedOn "
					+ "accepts it. An upload is confirmed by the account that sent it, once.")
	@ApiResponse(responseCode = "201",
			description = "Created: the report's status and version; Location is " + "the report in the API")
	ResponseEntity<ApiReportWriteResponse> confirm(@Parameter(example = "KH") @PathVariable String partyCode,
			@Parameter(example = "0b8a3c52-3f7e-4c3e-9a55-7d1f2a4b6c10") @PathVariable String uploadId,
			@Valid @RequestBody ApiImportConfirmRequest body) {
		ImportPreview preview = this.imports.preview(partyCode, uploadId);
		if (!preview.confirmable()) {
			throw new ApiImportBlockedException(preview.blockers());
		}
		String meetingCode = this.imports.confirm(partyCode, uploadId, body.submittedOn(), body.planAdoptedOn());
		ReportingPeriod report = this.reports.find(partyCode, meetingCode);
		return ResponseEntity.created(URI.create(ApiReader.LINKS.report(partyCode, meetingCode)))
			.header("Cache-Control", "no-store")
			.body(new ApiReportWriteResponse(partyCode, meetingCode, report.getStatus().name(), report.getVersion()));
	}

	/**
	 * The request's body, refused past the import's limit (as the page's multipart limit
	 * and {@code importing.UploadLimitFilter} refuse a larger upload): at once when its
	 * declared length is over, else as soon as it is. What is left of a refused body is
	 * read and dropped up to {@value #DRAINED} bytes, so that the script reads the answer
	 * rather than a reset connection; past that, the connection is closed.
	 */
	private static byte[] body(HttpServletRequest request, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotSupportedException {
		if (!isJson(request.getContentType())) {
			// Checked here rather than by the mapping, which would leave it to the
			// API's fallback (404).
			throw new HttpMediaTypeNotSupportedException((request.getContentType() != null)
					? "Content-Type " + request.getContentType() : "No Content-Type");
		}
		long length = request.getContentLengthLong();
		try (InputStream in = request.getInputStream()) {
			byte[] content = (length > ReportImportService.MAX_BYTES) ? null
					: in.readNBytes((int) ReportImportService.MAX_BYTES + 1);
			if (content == null || content.length > ReportImportService.MAX_BYTES) {
				long dropped = drain(in);
				if (dropped >= DRAINED) {
					response.setHeader("Connection", "close");
				}
				throw new ImportRefusedException("importing.refused.tooLarge", (length >= 0)
						? "Content-Length " + length : "over " + ReportImportService.MAX_BYTES + " bytes");
			}
			return content;
		}
	}

	private static long drain(InputStream in) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long dropped = 0;
		int read;
		while (dropped < DRAINED && (read = in.read(buffer)) != -1) {
			dropped += read;
		}
		return dropped;
	}

	private static boolean isJson(String contentType) {
		try {
			return contentType != null
					&& MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
