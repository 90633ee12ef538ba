package org.niaptracker.security;

import java.util.List;
import java.util.UUID;

import org.niaptracker.importing.ReportDocuments;
import org.niaptracker.security.AuthorizationMatrixTest.Fixture;
import org.niaptracker.security.AuthorizationMatrixTest.Row;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.niaptracker.security.AuthorizationMatrixTest.FORBIDDEN;
import static org.niaptracker.security.AuthorizationMatrixTest.LOGIN;
import static org.niaptracker.security.AuthorizationMatrixTest.NOT_FOUND;
import static org.niaptracker.security.AuthorizationMatrixTest.OK;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The authorization matrix of importing a Word report: a Party's own focal points, the
 * Secretariat and administrators upload; another Party's focal point is refused; an
 * upload's preview and confirmation are for whoever uploaded it only (404 for the
 * others). The posts send the full form: the document, or the submission date.
 */
final class ImportMatrixRows {

	private static final String IMPORT = "/parties/KH/reports/import";

	private static final String UPLOAD = "POST /parties/{partyCode}/reports/import";

	private static final String PREVIEW = "GET /parties/{partyCode}/reports/import/{uploadId}";

	private static final String CONFIRM = "POST /parties/{partyCode}/reports/import/{uploadId}";

	static final List<Row> ROWS = List.of(
			row("import form", "GET /parties/{partyCode}/reports/import", (f) -> get(IMPORT), LOGIN, OK, FORBIDDEN, OK,
					OK),
			row("upload a Word report", UPLOAD,
					(f) -> post(IMPORT).contentType(MediaType.MULTIPART_FORM_DATA).with(ImportMatrixRows::file), LOGIN,
					OK, FORBIDDEN, OK, OK),
			row("preview of a focal point's upload", PREVIEW, (f) -> get(IMPORT + "/" + upload(f, "focal.kh", "SC67")),
					LOGIN, OK, FORBIDDEN, NOT_FOUND, NOT_FOUND),
			row("preview of the Secretariat's upload", PREVIEW,
					(f) -> get(IMPORT + "/" + upload(f, "secretariat", "SC66")), LOGIN, NOT_FOUND, FORBIDDEN, OK,
					NOT_FOUND),
			row("confirm a focal point's upload (a draft is open)", CONFIRM,
					(f) -> post(IMPORT + "/" + upload(f, "focal.kh", "SC67")).param("submittedOn", ""), LOGIN, OK,
					FORBIDDEN, NOT_FOUND, NOT_FOUND),
			row("confirm the Secretariat's upload of a past report", CONFIRM,
					(f) -> post(IMPORT + "/" + upload(f.sc65(), "secretariat", "SC65")).param("submittedOn",
							"2015-10-05"),
					LOGIN, NOT_FOUND, FORBIDDEN, OK, NOT_FOUND));

	private ImportMatrixRows() {
	}

	/**
	 * The upload form as its page sends it: the document as the part "file" (a multipart
	 * request that the matrix's request type can carry).
	 */
	private static MockHttpServletRequest file(MockHttpServletRequest request) {
		MockPart part = new MockPart("file", "cambodia-sc66.docx", ReportDocuments.cambodiaSc66());
		part.getHeaders()
			.setContentType(MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
		request.addPart(part);
		return request;
	}

	/**
	 * An upload of Cambodia's report to the meeting by the user, straight in the table.
	 */
	private static String upload(Fixture f, String username, String meeting) {
		UUID id = UUID.randomUUID();
		f.jdbc()
			.update("insert into import_upload (id, party_code, username, file_name, content) values (?, 'KH', ?, ?, ?)",
					id, username, "kh.docx", ReportDocuments.cambodia("CAMBODIA", meeting));
		return id.toString();
	}

	private static Row row(String name, String pattern,
			java.util.function.Function<Fixture, MockHttpServletRequestBuilder> request,
			AuthorizationMatrixTest.Outcome... expected) {
		return new Row(name, pattern, request, List.of(expected));
	}

}
