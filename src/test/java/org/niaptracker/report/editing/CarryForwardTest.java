package org.niaptracker.report.editing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Carrying a report forward to a meeting on another rating scale applies the mapping
 * between the scales (SC65 four ratings to SC69 six by default), and the draft says which
 * ratings were mapped and which actions need a new rating.
 */
@PostgresTest
class CarryForwardTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private Accounts accounts;

	@BeforeEach
	void sixRatingMeeting() {
		this.accounts = new Accounts(this.userDetailsService);
		this.jdbc.update("""
				insert into meeting (code, number, starts_on, report_due_on, rating_scale_id)
				select 'SC69', 69, date '2017-11-27', date '2017-08-29', id from rating_scale where code = 'SC69'""");
	}

	@Test
	void cambodiaFromSc66ToASixRatingMeetingKeepsEveryRatingThroughTheMapping() throws Exception {
		start("KH", Accounts.FOCAL_KH);
		assertThat(rating("KH", "1.2")).isEqualTo("PARTIAL_PROGRESS");
		assertThat(rating("KH", "2.4")).isEqualTo("PARTIAL_PROGRESS");
		assertThat(rating("KH", "4.1")).isEqualTo("SUBSTANTIALLY_ACHIEVED");
		assertThat(rating("KH", "5.2")).isEqualTo("ON_TRACK");

		Document editor = editor("KH", Accounts.FOCAL_KH);
		assertThat(editor.select("[data-carried] h2").text()).isEqualTo("Ratings carried from SC66");
		assertThat(editor.select("[data-carried-mapped]").text()).isEqualTo(
				"2 ratings were mapped: 1.2 (Challenging → Partial progress), 2.4 (Challenging → Partial progress)");
		assertThat(editor.select("[data-carried-kept]").text())
			.startsWith("11 ratings are the same on both scales: 1.1")
			.contains("4.1", "5.2");
		assertThat(editor.select("[data-carried-needs]").text()).contains("no action needs a new rating");
		assertThat(
				editor.select("#evaluation-" + Reports.evaluationId(this.jdbc, "KH", "SC69", "1.2") + " .carried-note")
					.text())
			.isEqualTo("At SC66: Challenging, mapped to Partial progress.");
	}

	@Test
	void anUnclearRatingHasNoEquivalentAndTheDraftSaysSo() throws Exception {
		// Actions 1.1 to 1.4 rated On track, Challenging, Unclear, Substantially
		// achieved.
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 4);
		Accounts.createOtherParty(this.jdbc);
		start("ZZ", Accounts.FOCAL_OTHER);
		assertThat(rating("ZZ", "1.3")).isNull();
		assertThat(rating("ZZ", "1.2")).isEqualTo("PARTIAL_PROGRESS");

		Document editor = editor("ZZ", Accounts.FOCAL_OTHER);
		assertThat(editor.select("[data-carried-mapped]").text()).startsWith("1 rating was mapped: 1.2");
		assertThat(editor.select("[data-carried-kept]").text()).startsWith("2 ratings are the same on both scales:");
		assertThat(editor.select("[data-carried-needs]").text())
			.isEqualTo("1 action needs a new rating: 1.3 (was Unclear)");
		assertThat(editor.select("[data-carried=needs-rating]").text())
			.isEqualTo("At SC66: Unclear. This rating has no equivalent on this scale: rate the action again.");
	}

	@Test
	void aMeetingOnTheSameScaleCarriesRatingsAsTheyAreAndSaysNothing() throws Exception {
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(status().is3xxRedirection());
		assertThat(Reports.ratingCode(this.jdbc, Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2")))
			.isEqualTo("CHALLENGING");
		Document editor = Jsoup
			.parse(this.mvc.perform(get("/parties/KH/reports/SC67/edit").with(this.accounts.as(Accounts.FOCAL_KH)))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(editor.select("[data-carried]")).isEmpty();
	}

	private void start(String party, String focalPoint) throws Exception {
		this.mvc
			.perform(post("/parties/" + party + "/reports").with(this.accounts.as(focalPoint))
				.with(csrf())
				.param("meetingCode", "SC69")
				.param("periodStart", "2015-10")
				.param("periodEnd", "2017-07")
				.param("preparedBy", "Focal point"))
			.andExpect(redirectedUrl("/parties/" + party + "/reports/SC69/edit"));
	}

	private String rating(String party, String action) {
		return Reports.ratingCode(this.jdbc, Reports.evaluationId(this.jdbc, party, "SC69", action));
	}

	private Document editor(String party, String focalPoint) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(get("/parties/" + party + "/reports/SC69/edit").with(this.accounts.as(focalPoint)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
	}

}
