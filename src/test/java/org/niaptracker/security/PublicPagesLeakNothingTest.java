package org.niaptracker.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.MeetingReports;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No unpublished rating, draft figure or comment reaches a public page, chart, table or
 * download. A draft, a submitted, a returned and a published report, all with the
 * Secretariat's unpublished ratings and comments, carry texts and figures found nowhere
 * else; then every GET endpoint of the application, whatever it is (new ones included),
 * is fetched signed out for every Party and meeting of the test, and every answer served
 * (pages, PDF read with PDFBox, Word read with POI, CSV, JSON) must contain none of them.
 */
@PostgresTest
class PublicPagesLeakNothingTest {

	/**
	 * Texts only unpublished data carries: Part A and points of unpublished reports,
	 * comments, life-cycle messages.
	 */
	static final List<String> SECRET_TEXTS = List.of("LEAK-DRAFT-SYNOPSIS", "LEAK-DRAFT-POINT",
			"LEAK-SUBMITTED-SYNOPSIS", "LEAK-SUBMITTED-POINT", "LEAK-RETURNED-SYNOPSIS", "LEAK-RETURNED-POINT",
			"LEAK-COMMENT-SUBMITTED", "LEAK-COMMENT-RETURNED", "LEAK-COMMENT-PUBLISHED", "LEAK-COMMENT-CAMBODIA",
			"LEAK-RETURN-REASON", "LEAK-PUBLISH-MESSAGE", "LEAK-UPLOAD");

	/**
	 * Figures only unpublished data gives: the draft's shares (14%, 86%), the submitted
	 * report's (29%, 71%), the returned one's (22%, 78%) and the Secretariat's
	 * unpublished shares of the published report (43%, 57%).
	 */
	static final List<String> SECRET_FIGURES = List.of("14%", "86%", "29%", "71%", "22%", "78%", "43%", "57%");

	/** Where a public answer would carry the Secretariat's ratings. */
	static final List<String> SECRET_MARKS = List.of("data-assessment", "\"secretariatRating\" : \"CHALLENGING\"",
			"\"secretariatRating\":\"CHALLENGING\"", "On track,CHALLENGING,", "Substantially achieved,CHALLENGING,");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Test
	void noPublicAnswerCarriesAnUnpublishedRatingFigureOrComment() throws Exception {
		MeetingReports.meeting(this.jdbc, 93, "SC93 Doc. 27.4 Annex 1");
		// A draft: 1 of 7 substantially achieved (14%), 6 unclear (86%).
		report("LA", "Leakland Draft", 7, "DRAFT", "LEAK-DRAFT", "SUBSTANTIALLY_ACHIEVED", "UNCLEAR", "UNCLEAR",
				"UNCLEAR", "UNCLEAR", "UNCLEAR", "UNCLEAR");
		// Submitted: 2 of 7 challenging (29%), 5 on track (71%); rated by the
		// Secretariat.
		report("LB", "Leakland Submitted", 7, "SUBMITTED", "LEAK-SUBMITTED", "CHALLENGING", "CHALLENGING", "ON_TRACK",
				"ON_TRACK", "ON_TRACK", "ON_TRACK", "ON_TRACK");
		MeetingReports.assess(this.jdbc, "LB", "SC93", "UNCLEAR");
		MeetingReports.comment(this.jdbc, "LB", "SC93", "LEAK-COMMENT-SUBMITTED");
		// Returned: 2 of 9 unclear (22%), 7 on track (78%), with the reason.
		report("LC", "Leakland Returned", 9, "RETURNED", "LEAK-RETURNED", "UNCLEAR", "UNCLEAR", "ON_TRACK", "ON_TRACK",
				"ON_TRACK", "ON_TRACK", "ON_TRACK", "ON_TRACK", "ON_TRACK");
		MeetingReports.comment(this.jdbc, "LC", "SC93", "LEAK-COMMENT-RETURNED");
		transition("LC", "SUBMITTED", "RETURNED", "LEAK-RETURN-REASON");
		// Published, all 7 on track; the Secretariat's unpublished ratings: 3 challenging
		// (43%), 4 on track (57%).
		report("LD", "Leakland Published", 7, "PUBLISHED", "Published", "ON_TRACK", "ON_TRACK", "ON_TRACK", "ON_TRACK",
				"ON_TRACK", "ON_TRACK", "ON_TRACK");
		MeetingReports.assess(this.jdbc, "LD", "SC93", "CHALLENGING", "CHALLENGING", "CHALLENGING", "ON_TRACK");
		MeetingReports.comment(this.jdbc, "LD", "SC93", "LEAK-COMMENT-PUBLISHED");
		transition("LD", "ACCEPTED", "PUBLISHED", "LEAK-PUBLISH-MESSAGE");
		// Cambodia's published SC66 report: the Secretariat's unpublished ratings of it
		// and a comment (rows of their own; the seeded report is not changed).
		this.jdbc.update("""
				insert into secretariat_assessment (evaluation_id, progress_rating_id, assessed_by, assessed_at)
				select e.id, (select pr.id from progress_rating pr join rating_scale s on s.id = pr.rating_scale_id
				               where s.code = 'SC65' and pr.code = 'CHALLENGING'), 'secretariat', now()
				  from evaluation e where e.id = ?""", Reports.evaluationId(this.jdbc, "KH", "SC66", "4.1"));
		MeetingReports.comment(this.jdbc, "KH", "SC66", "LEAK-COMMENT-CAMBODIA");

		Map<String, List<String>> values = new LinkedHashMap<>();
		values.put("partyCode", List.of("KH", "LA", "LB", "LC", "LD"));
		values.put("meetingCode", List.of("SC66", "SC67", "SC93"));
		values.put("lineageId", this.jdbc.queryForList("""
				select min(a.lineage_id)::text from niap_action a join pillar pl on pl.id = a.pillar_id
				  join party p on p.id = pl.party_id where p.code in ('KH', 'LA', 'LB', 'LC', 'LD')
				 group by p.code order by p.code""", String.class));
		values.put("number", List.of("1"));
		values.put("scaleCode", List.of("SC65"));
		values.put("toScaleCode", List.of("SC69"));
		values.put("id", List.of("1"));
		// A focal point's upload waiting for its confirmation: only its uploader sees it.
		String upload = UUID.randomUUID().toString();
		this.jdbc.update("""
				insert into import_upload (id, party_code, username, file_name, content)
				values (cast(? as uuid), 'KH', 'focal.kh', 'LEAK-UPLOAD.docx', ?)""", upload,
				"LEAK-UPLOAD".getBytes(StandardCharsets.UTF_8));
		values.put("uploadId", List.of(upload));

		Set<String> served = new TreeSet<>();
		for (String pattern : getPatterns()) {
			for (String path : expand(pattern, values)) {
				MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
				if (response.getStatus() != 200) {
					continue;
				}
				served.add(path);
				String text = text(path, response);
				assertThat(text).as(path).doesNotContain(SECRET_TEXTS).doesNotContain(SECRET_MARKS);
				if (path.startsWith("/api/v1/") && !path.startsWith("/api/v1/openapi")) {
					assertThat(text).as(path + ": no Secretariat's rating or figure, none is published here")
						.doesNotContainPattern("\"secretariat(Rating|Count|Percent)\"\\s*:\\s*[^n\\s]");
				}
				if (path.endsWith("overview.csv")) {
					assertThat(text.lines().filter((line) -> line.contains(",LD,") || line.contains(",KH,")))
						.as(path + ": no Secretariat's figure where it is not published")
						.allMatch((line) -> line.endsWith(",,"));
				}
				for (String figure : SECRET_FIGURES) {
					assertThat(text).as(path + " carries the unpublished figure " + figure)
						.doesNotContainPattern("(?<![0-9])" + Pattern.quote(figure));
				}
			}
		}
		// What must be public was served, so the checks above did run on it.
		assertThat(served).contains("/", "/parties/KH", "/parties/LD", "/parties/LA", "/parties/LD/reports/SC93",
				"/parties/LD/reports/SC93/annex.pdf", "/parties/LD/reports/SC93/annex.docx",
				"/parties/LD/reports/SC93/evaluations.csv", "/parties/LD/reports/SC93/report.json",
				"/parties/LD/reports/SC93/print", "/parties/KH/reports/SC66", "/parties/KH/plan",
				"/meetings/SC93/overview", "/meetings/SC93/overview.pdf", "/meetings/SC93/overview.docx",
				"/meetings/SC93/overview.csv", "/meetings/SC93/annexes.pdf", "/meetings/SC66/overview",
				"/meetings/SC66/annexes.pdf", "/meetings/SC67/overview", "/api/v1/parties/LD/reports/SC93",
				"/api/v1/parties/KH/reports/SC66", "/api/v1/parties/KH", "/api/v1/parties/LA",
				"/api/v1/parties/KH/plan", "/api/v1/meetings/SC93/overview", "/api/v1/meetings/SC66/overview");
		assertThat(served).anyMatch((path) -> path.startsWith("/parties/LD/actions/"))
			.anyMatch((path) -> path.startsWith("/parties/KH/actions/"))
			.anyMatch((path) -> path.startsWith("/parties/KH/plan/revisions/1"))
			.anyMatch((path) -> path.startsWith("/api/v1/parties/LD/actions/"))
			.anyMatch((path) -> path.startsWith("/api/v1/parties/KH/actions/"));
		if (getPatterns().contains("/dashboard")) {
			assertThat(served).contains("/dashboard");
		}
		assertThat(served).as("unpublished reports are not served")
			.noneMatch((path) -> path.matches("(/api/v1)?/parties/L[ABC]/reports/SC93.*"));
	}

	private void report(String code, String name, int actions, String status, String texts, String... ratings) {
		MeetingReports.party(this.jdbc, code, name, actions, "Action of " + name);
		MeetingReports.report(this.jdbc, code, "SC93", status, texts + "-SYNOPSIS", texts + "-POINT", ratings);
	}

	private void transition(String party, String from, String to, String message) {
		this.jdbc.update("""
				insert into report_transition (reporting_period_id, from_status, to_status, actor_name, message)
				select rp.id, ?, ?, 'secretariat', ? from reporting_period rp
				  join party p on p.id = rp.party_id join meeting m on m.id = rp.meeting_id
				 where p.code = ? and m.code = 'SC93'""", from, to, message, party);
	}

	/** Every GET endpoint of the application, whatever feature adds it. */
	private Set<String> getPatterns() {
		Set<String> patterns = new TreeSet<>();
		for (RequestMappingInfo info : this.handlerMapping.getHandlerMethods().keySet()) {
			boolean get = info.getMethodsCondition().getMethods().isEmpty() || info.getMethodsCondition()
				.getMethods()
				.stream()
				.anyMatch((method) -> method.name().equals("GET"));
			if (get) {
				patterns.addAll(info.getPatternValues());
			}
		}
		patterns.remove("/error");
		return patterns;
	}

	/** The pattern with each of its variables replaced by each of its test values. */
	private static List<String> expand(String pattern, Map<String, List<String>> values) {
		Matcher variable = Pattern.compile("\\{([^}:]+)[^}]*}").matcher(pattern);
		if (!variable.find()) {
			return List.of(pattern);
		}
		List<String> expanded = new ArrayList<>();
		List<String> candidates = values.get(variable.group(1));
		assertThat(candidates).as("test values for {%s} in %s", variable.group(1), pattern).isNotNull();
		for (String value : candidates) {
			String once = pattern.substring(0, variable.start()) + value + pattern.substring(variable.end());
			expanded.addAll(expand(once, values));
		}
		return expanded;
	}

	/** What a reader finds in the answer: PDF and Word as their text, others as sent. */
	private static String text(String path, MockHttpServletResponse response) throws Exception {
		byte[] body = response.getContentAsByteArray();
		if (path.endsWith(".pdf")) {
			try (PDDocument pdf = Loader.loadPDF(body)) {
				return new PDFTextStripper().getText(pdf);
			}
		}
		if (path.endsWith(".docx")) {
			try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(body));
					XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
				return extractor.getText();
			}
		}
		return new String(body, StandardCharsets.UTF_8);
	}

}
