package org.niaptracker.review;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Secretariat's review: its own ratings beside the Party's (private until published),
 * comments answered by the Party, notices, and the meeting overview's figures.
 */
@PostgresTest
class ReviewTest {

	private static final String REPORT = "/parties/KH/reports/SC67";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	private ObjectProvider<JavaMailSender> mailSender;

	private Accounts accounts;

	@BeforeEach
	void submitSc67Report() throws Exception {
		this.accounts = new Accounts(this.userDetailsService);
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(status().is3xxRedirection());
		Reports.removeTemplateInstruction(this.jdbc, "SC67");
		this.mvc.perform(move(Accounts.FOCAL_KH, "submit", "")).andExpect(status().is3xxRedirection());
		this.jdbc.update("update app_user set notices_seen_at = null");
	}

	@Test
	void theSecretariatRatesBesideTheParty() throws Exception {
		long e52 = Reports.evaluationId(this.jdbc, "KH", "SC67", "5.2");
		long e21 = Reports.evaluationId(this.jdbc, "KH", "SC67", "2.1");
		assess(e52, "CHALLENGING", "");
		assess(e21, "ON_TRACK", "");

		Document review = html(get(REPORT + "/review").with(this.accounts.as(Accounts.SECRETARIAT)));
		Element action52 = review.selectFirst("#review-5\\.2");
		assertThat(action52.select(".review-action__party [data-rating]").attr("data-rating")).isEqualTo("ON_TRACK");
		assertThat(action52.select(".review-action__secretariat").attr("data-assessment")).isEqualTo("CHALLENGING");
		assertThat(Reports.ratingCode(this.jdbc, e52)).as("the Party's rating is untouched").isEqualTo("ON_TRACK");

		// A second save from the same (now stale) version is a conflict.
		this.mvc
			.perform(post(REPORT + "/review/assessments/" + e52).with(this.accounts.as(Accounts.SECRETARIAT))
				.with(csrf())
				.param("rating", "UNCLEAR")
				.param("version", ""))
			.andExpect(status().isConflict());
		// A rating of another scale is refused beside the field.
		Document refused = html(post(REPORT + "/review/assessments/" + e52).with(this.accounts.as(Accounts.SECRETARIAT))
			.with(csrf())
			.param("rating", "NOT_COMMENCED")
			.param("version", "0"));
		assertThat(refused.select("#evaluation-" + e52 + " .field-error").text()).isNotBlank();

		// The Secretariat's ratings are private to it...
		assertThat(html(get(REPORT).with(this.accounts.as(Accounts.FOCAL_KH))).select("[data-assessment]")).isEmpty();
		assertThat(html(get(REPORT).with(this.accounts.as(Accounts.SECRETARIAT))).select("p[data-assessment]"))
			.extracting((p) -> p.attr("data-assessment"))
			.containsExactly("ON_TRACK", "CHALLENGING");

		// ...until the report is published with them.
		this.mvc.perform(move(Accounts.SECRETARIAT, "accept", "")).andExpect(status().is3xxRedirection());
		this.mvc.perform(move(Accounts.SECRETARIAT, "publish", "")).andExpect(status().is3xxRedirection());
		assertThat(html(get(REPORT)).select("p[data-assessment]")).isEmpty();
		this.mvc
			.perform(post(REPORT + "/review/assessment-publication").with(this.accounts.as(Accounts.SECRETARIAT))
				.with(csrf())
				.param("published", "true")
				.param("version", String.valueOf(Reports.reportVersion(this.jdbc, "KH", "SC67"))))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get(REPORT)).select("p[data-assessment]")).extracting((p) -> p.attr("data-assessment"))
			.containsExactly("ON_TRACK", "CHALLENGING");
	}

	@Test
	void commentsGoBackAndForthWithNotices() throws Exception {
		comment(Accounts.SECRETARIAT, "5.2", "Part C reads [PROGRESS RATING] for 5.2 in your SC66 report.");
		comment(Accounts.SECRETARIAT, "", "Thank you for the timely report.");
		assertThat(noticeCount(Accounts.SECRETARIAT)).as("the submitted report only").isEqualTo(1);

		this.mvc.perform(move(Accounts.SECRETARIAT, "return", "See the comments."))
			.andExpect(status().is3xxRedirection());
		assertThat(noticeCount(Accounts.FOCAL_KH)).as("the returned report and two comments").isEqualTo(3);
		Document notices = html(get("/notices").with(this.accounts.as(Accounts.FOCAL_KH)));
		assertThat(notices.select(".notices li a").eachText()).anyMatch((text) -> text.contains("returned"))
			.anyMatch((text) -> text.contains("commented on action 5.2"));

		comment(Accounts.FOCAL_KH, "5.2", "It was on track; the template line was left by mistake.");
		this.mvc.perform(post("/notices/seen").with(this.accounts.as(Accounts.FOCAL_KH)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(noticeCount(Accounts.FOCAL_KH)).as("the returned report remains").isEqualTo(1);
		assertThat(noticeCount(Accounts.SECRETARIAT)).as("the Party's answer").isEqualTo(1);

		Document review = html(get(REPORT + "/review").with(this.accounts.as(Accounts.FOCAL_KH)));
		assertThat(review.select("#review-5\\.2 .comment__body").eachText()).containsExactly(
				"Part C reads [PROGRESS RATING] for 5.2 in your SC66 report.",
				"It was on track; the template line was left by mistake.");
		assertThat(review.select("#general-comments .comment__body").eachText())
			.containsExactly("Thank you for the timely report.");
		assertThat(review.select(".assessment-form")).as("focal points do not rate for the Secretariat").isEmpty();

		// The focal point reads the reason and the comments where it works: in the
		// editor.
		Document editor = html(get(REPORT + "/edit").with(this.accounts.as(Accounts.FOCAL_KH)));
		assertThat(editor.select("[data-returned] .returned__message").text()).isEqualTo("See the comments.");
		assertThat(editor.select("[data-returned] .note__body").eachText())
			.containsExactly("Thank you for the timely report.");
		assertThat(editor.select("form.action-editor[data-action='5.2'] .note__body").eachText()).containsExactly(
				"Part C reads [PROGRESS RATING] for 5.2 in your SC66 report.",
				"It was on track; the template line was left by mistake.");

		Document empty = html(post(REPORT + "/review/comments").with(this.accounts.as(Accounts.FOCAL_KH))
			.with(csrf())
			.param("action", "1.1")
			.param("body", "   "));
		assertThat(empty.select("#review-1\\.1 .field-error").text()).isEqualTo("Write a comment first.");
	}

	@Test
	void theOverviewCountsEachPartysRatingsWithTheSecretariatsInBrackets() throws Exception {
		Document sc66 = html(get("/meetings/SC66/reports").with(this.accounts.as(Accounts.SECRETARIAT)));
		Element cambodia = sc66.selectFirst("#overview-shares tr[data-party=KH]");
		assertThat(cells(cambodia)).containsExactly("13", "15%", "69%", "15%", "0%");

		assess(Reports.evaluationId(this.jdbc, "KH", "SC67", "5.2"), "CHALLENGING", "");
		Document sc67 = html(get("/meetings/SC67/reports").with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(sc67.select("[data-summary=statuses] strong").first().text()).as("one Party, in the singular")
			.isEqualTo("1 Party:");
		assertThat(cells(sc67.selectFirst("#overview-shares tr[data-party=KH]"))).containsExactly("13", "15%",
				"69% (62%)", "15% (23%)", "0%");
		Element status = sc67.selectFirst("#overview-status tr[data-party=KH]");
		assertThat(status.select(".status-badge").text()).isEqualTo("Submitted");
		assertThat(status.select("td[data-rating=ON_TRACK]").text()).isEqualTo("9 (8)");
		// SC66 is published: its one-PDF download is offered; SC67 has nothing published:
		// none is.
		assertThat(sc66.select("[data-export=meeting-pdf]")).hasSize(1);
		assertThat(sc67.select("[data-export=meeting-pdf]")).isEmpty();
		assertThat(sc67.select("[data-export=none]").text()).contains("No report to SC67 is published yet");
	}

	@Test
	void aMeetingWithoutFiguresSaysSoInsteadOfAnEmptyTable() throws Exception {
		this.jdbc.update("""
				insert into meeting (code, number, starts_on, rating_scale_id)
				select 'SC96', 96, date '2030-06-01', rating_scale_id from meeting where code = 'SC67'""");
		Document sc96 = html(get("/meetings/SC96/reports").with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(sc96.select("#overview-shares")).isEmpty();
		assertThat(sc96.select("[data-shares=none]")).hasSize(1);
		assertThat(sc96.select("a[href$='annexes.pdf']")).isEmpty();
	}

	@Test
	void withoutAMailServerNoticesStayInTheApplication() {
		assertThat(this.mailSender.getIfAvailable()).as("no spring.mail.host, no sender").isNull();
	}

	private static List<String> cells(Element row) {
		return row.select("td").eachText();
	}

	private void assess(long evaluationId, String rating, String version) throws Exception {
		this.mvc
			.perform(post(REPORT + "/review/assessments/" + evaluationId).with(this.accounts.as(Accounts.SECRETARIAT))
				.with(csrf())
				.param("rating", rating)
				.param("version", version))
			.andExpect(status().is3xxRedirection());
	}

	private void comment(String who, String action, String body) throws Exception {
		this.mvc
			.perform(post(REPORT + "/review/comments").with(this.accounts.as(who))
				.with(csrf())
				.param("action", action)
				.param("body", body))
			.andExpect(status().is3xxRedirection());
	}

	/**
	 * The notices listed on the notices page, which the count in its header (counted, not
	 * listed) must agree with.
	 */
	private int noticeCount(String who) throws Exception {
		Document page = html(get("/notices").with(this.accounts.as(who)));
		int listed = page.select(".notices li").size();
		assertThat(page.select("[data-notices]").text()).as("the header's count")
			.isEqualTo((listed > 0) ? "Notices (" + listed + ")" : "Notices");
		return listed;
	}

	/**
	 * A move as its form sends it: the message (empty when none is typed) and the
	 * version.
	 */
	private MockHttpServletRequestBuilder move(String who, String step, String message) {
		return post(REPORT + "/lifecycle/" + step).with(this.accounts.as(who))
			.with(csrf())
			.param("message", message)
			.param("version", String.valueOf(Reports.reportVersion(this.jdbc, "KH", "SC67")));
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
