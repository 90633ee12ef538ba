package org.niaptracker.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cambodia's focal point starts the SC67 report from the SC66 one and edits it: ratings,
 * points, Part A, cover; concurrent saves never overwrite each other; hostile input is
 * stored exactly and shown escaped.
 */
@PostgresTest
class ReportEditingTest {

	private static final String EDITOR = "/parties/KH/reports/SC67/edit";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private Accounts accounts;

	@BeforeEach
	void startSc67Report() throws Exception {
		this.accounts = new Accounts(this.userDetailsService);
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(redirectedUrl(EDITOR));
	}

	@Test
	void newReportStartsFromTheLatestOne() throws Exception {
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		assertThat(Reports.ratingCode(this.jdbc, id)).isEqualTo("CHALLENGING");
		assertThat(Reports.points(this.jdbc, id)).hasSize(4)
			.startsWith(
					"We are currently reviewing the Stop Ivory protocol for planning and conducting ivory inventories");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from evaluation e join reporting_period rp on rp.id = e.reporting_period_id
				 join meeting m on m.id = rp.meeting_id where m.code = 'SC67'""", Integer.class)).isEqualTo(13);
		assertThat(this.jdbc.queryForObject("""
				select status from reporting_period rp join meeting m on m.id = rp.meeting_id where m.code = 'SC67'""",
				String.class))
			.isEqualTo("DRAFT");

		// A second open report is refused with a message, not an error.
		String page = body(this.mvc
			.perform(post("/parties/KH/reports").with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("meetingCode", "SC67")
				.param("periodStart", "2015-10")
				.param("periodEnd", "2016-06"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("already has an open report");
	}

	@Test
	void movingARatingRearrangesPartBAndIsRecorded() throws Exception {
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		saveEvaluation(id, "ON_TRACK", "Consultations with Customs have started.\nA draft is with MAFF.",
				Reports.evaluationVersion(this.jdbc, id))
			.andExpect(redirectedUrl(EDITOR + "?saved=" + id + "#evaluation-" + id));

		Document report = Jsoup
			.parse(body(this.mvc.perform(get("/parties/KH/reports/SC67").with(this.accounts.as(Accounts.FOCAL_KH)))
				.andExpect(status().isOk())
				.andReturn()));
		assertThat(report.select("#part-b td[data-rating=ON_TRACK] li[data-action=1.2]")).hasSize(1);
		assertThat(report.select("#part-b td[data-rating=CHALLENGING] li[data-action=1.2]")).isEmpty();
		assertThat(report.select("#part-c tr[data-action=1.2] .points li").eachText())
			.containsExactly("Consultations with Customs have started.", "A draft is with MAFF.");

		List<String> history = this.jdbc.queryForList(
				"""
						select c.field || ':' || coalesce(c.old_value, '') || '>' || coalesce(c.new_value, '') || ':' || c.changed_by_name
						  from report_change c join niap_action a on a.id = c.action_id
						 where a.number = '1.2' order by c.id""",
				String.class);
		assertThat(history).hasSize(2).first().isEqualTo("RATING:CHALLENGING>ON_TRACK:focal.kh");
		String historyPage = body(this.mvc
			.perform(get("/parties/KH/reports/SC67/history").param("action", "1.2")
				.with(this.accounts.as(Accounts.FOCAL_KH)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(historyPage).contains("Challenging", "On track", "focal.kh", "A draft is with MAFF.")
			.doesNotContain("CHALLENGING", "ON_TRACK");
		assertThat(body(this.mvc
			.perform(get("/parties/KH/reports/SC67/history?lang=fr").with(this.accounts.as(Accounts.FOCAL_KH)))
			.andReturn())).contains("Difficile", "En bonne voie");
	}

	@Test
	void aRatingFromAnotherScaleIsRefusedBesideTheField() throws Exception {
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.1");
		String page = body(saveEvaluation(id, "ACHIEVED", "Done", Reports.evaluationVersion(this.jdbc, id))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("This rating is not on the scale of this report’s meeting.");
		assertThat(Reports.ratingCode(this.jdbc, id)).isEqualTo("ON_TRACK");
		assertThat(Reports.points(this.jdbc, id)).hasSize(3);

		String tooLong = body(
				saveEvaluation(id, "ON_TRACK", "x".repeat(20001), Reports.evaluationVersion(this.jdbc, id))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(tooLong).contains("at most 20,000 characters");
		assertThat(Reports.points(this.jdbc, id)).hasSize(3);
	}

	@Test
	void aStaleSaveGetsTheConflictPageAndOverwritesNothing() throws Exception {
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "2.4");
		int opened = Reports.evaluationVersion(this.jdbc, id);
		saveEvaluation(id, "ON_TRACK", "Saved first by a colleague", opened).andExpect(status().is3xxRedirection());

		String page = body(
				saveEvaluation(id, "UNCLEAR", "My own text, typed meanwhile", opened).andExpect(status().isConflict())
					.andReturn());
		Document conflict = Jsoup.parse(page);
		assertThat(conflict.select("[data-version=mine] .points li").eachText())
			.containsExactly("My own text, typed meanwhile");
		assertThat(conflict.select("[data-version=stored] .points li").eachText())
			.containsExactly("Saved first by a colleague");
		assertThat(Reports.points(this.jdbc, id)).containsExactly("Saved first by a colleague");
		assertThat(Reports.ratingCode(this.jdbc, id)).isEqualTo("ON_TRACK");

		// Re-applying from the conflict page (it carries the current version) wins
		// deliberately.
		int current = Integer.parseInt(conflict.selectFirst("input[name=version]").val());
		saveEvaluation(id, "UNCLEAR", "My own text, typed meanwhile", current).andExpect(status().is3xxRedirection());
		assertThat(Reports.points(this.jdbc, id)).containsExactly("My own text, typed meanwhile");
	}

	@Test
	void twoConcurrentSavesFromTheSameVersionLetExactlyOneWin() throws Exception {
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "3.1");
		int version = Reports.evaluationVersion(this.jdbc, id);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (String text : List.of("Text of session A", "Text of session B")) {
				Callable<Integer> save = () -> {
					start.await();
					return saveEvaluation(id, "ON_TRACK", text, version).andReturn().getResponse().getStatus();
				};
				results.add(pool.submit(save));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(302, 409);
			String winner = (statuses.get(0) == 302) ? "Text of session A" : "Text of session B";
			assertThat(Reports.points(this.jdbc, id)).containsExactly(winner);
			assertThat(Reports.evaluationVersion(this.jdbc, id)).isEqualTo(version + 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void hostileAndUnusualTextIsStoredExactlyAndShownEscaped() throws Exception {
		List<String> hostile = List.of("<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>",
				"{{7*7}} ${7*7} #{7*7} [[${7*7}]]", "ការអនុវត្តផែនការសកម្មភាពជាតិ (ខ្មែរ)", "تم إحراز تقدم في التنفيذ",
				"L".repeat(3900));
		long id = Reports.evaluationId(this.jdbc, "KH", "SC67", "5.2");
		saveEvaluation(id, "ON_TRACK", String.join("\r\n", hostile), Reports.evaluationVersion(this.jdbc, id))
			.andExpect(status().is3xxRedirection());
		assertThat(Reports.points(this.jdbc, id)).containsExactlyElementsOf(hostile);

		String html = body(this.mvc.perform(get("/parties/KH/reports/SC67").with(this.accounts.as(Accounts.FOCAL_KH)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(html).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert(");
		assertThat(Jsoup.parse(html).select("#part-c tr[data-action=5.2] .points li").eachText())
			.containsExactlyElementsOf(hostile);

		// Part A keeps line breaks and markup-like text as typed.
		int version = Reports.reportVersion(this.jdbc, "KH", "SC67");
		this.mvc
			.perform(post("/parties/KH/reports/SC67/part-a").with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("synopsis", "<b>Not bold</b>\r\n\r\nSecond paragraph")
				.param("progressToDate", "")
				.param("futureOutlook", "ផែនការ")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(
				"""
						select synopsis from reporting_period rp join meeting m on m.id = rp.meeting_id where m.code = 'SC67'""",
				String.class))
			.isEqualTo("<b>Not bold</b>\n\nSecond paragraph");
	}

	@Test
	void coverEditsAreValidatedAndRecorded() throws Exception {
		int version = Reports.reportVersion(this.jdbc, "KH", "SC67");
		String page = body(postCover("2016-06", "2015-10", version).andExpect(status().isOk()).andReturn());
		assertThat(page).contains("must end on or after");
		page = body(postCover("June 2016", "2016-07", version).andExpect(status().isOk()).andReturn());
		assertThat(page).contains("Enter a month as YYYY-MM.");
		Element typed = Jsoup.parse(page).getElementById("cover-periodStart");
		assertThat(typed.attr("value")).as("what the user typed, kept").isEqualTo("June 2016");
		assertThat(typed.attr("aria-invalid")).isEqualTo("true");
		assertThat(typed.attr("aria-describedby")).isEqualTo("cover-periodStart-error");
		assertThat(Jsoup.parse(page).getElementById("cover-periodEnd").hasAttr("aria-invalid"))
			.as("the field without an error")
			.isFalse();
		postCover("2015-10", "2016-07", version).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("""
				select field || ':' || old_value || '>' || new_value from report_change c
				  join reporting_period rp on rp.id = c.reporting_period_id join meeting m on m.id = rp.meeting_id
				 where m.code = 'SC67' and c.action_id is null and c.field <> 'CREATED'""", String.class))
			.containsExactly("PERIOD_END:2016-06>2016-07");
		assertThat(this.jdbc.queryForObject("""
				select document_ref from reporting_period rp join meeting m on m.id = rp.meeting_id
				 where m.code = 'SC67'""", String.class))
			.as("the document number is the Secretariat's: the cover form does not set it")
			.isNull();
		postCover("2015-10", "2016-08", version).andExpect(status().isConflict());
	}

	@Test
	void malformedAndForgedRequestsAreRefusedCleanly() throws Exception {
		this.mvc
			.perform(post("/parties/KH/reports/SC67/evaluations/not-a-number").with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("rating", "ON_TRACK")
				.param("version", "0"))
			.andExpect(status().isBadRequest());
		long sc66 = Reports.evaluationId(this.jdbc, "KH", "SC66", "1.2");
		saveEvaluation(sc66, "ON_TRACK", "Forged into another report", 0).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/parties/KH/reports/SC66/evaluations/" + sc66).with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("rating", "ON_TRACK")
				.param("points", "Editing a published report")
				.param("version", String.valueOf(Reports.evaluationVersion(this.jdbc, sc66))))
			.andExpect(status().isForbidden());
		assertThat(Reports.ratingCode(this.jdbc, sc66)).isEqualTo("CHALLENGING");
		this.mvc
			.perform(post("/parties/KH/reports/SC67/evaluations/999999").with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("rating", "ON_TRACK")
				.param("points", "")
				.param("version", "0"))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions saveEvaluation(long id, String rating, String points,
			int version) throws Exception {
		return this.mvc
			.perform(post("/parties/KH/reports/SC67/evaluations/" + id).with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("rating", rating)
				.param("points", points)
				.param("version", String.valueOf(version)));
	}

	private org.springframework.test.web.servlet.ResultActions postCover(String start, String end, int version)
			throws Exception {
		return this.mvc.perform(post("/parties/KH/reports/SC67/cover").with(this.accounts.as(Accounts.FOCAL_KH))
			.with(csrf())
			.param("documentRef", "SC67 Doc. 99")
			.param("languageLine", "(English only / únicamente en inglés / seulement en anglais)")
			.param("groupHeading", "Parties of ‘secondary concern’ and ‘importance to watch’")
			.param("periodStart", start)
			.param("periodEnd", end)
			.param("preparedBy", "Heng Kimchhay, National Ivory Action Plan focal point for Cambodia")
			.param("version", String.valueOf(version)));
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
