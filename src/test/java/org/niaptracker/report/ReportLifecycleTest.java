package org.niaptracker.report;

import java.nio.charset.StandardCharsets;

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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A report's life cycle through its pages: the checks block a submission until the
 * template's leftover is gone; what was submitted is frozen and is what the Secretariat
 * reads while the Party revises; the second submission shows what changed; accepted and
 * published, it is public.
 */
@PostgresTest
class ReportLifecycleTest {

	private static final String REPORT = "/parties/KH/reports/SC67";

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
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(status().is3xxRedirection());
	}

	@Test
	void roundTripFromDraftToPublished() throws Exception {
		// The draft shows its one leftover, and submitting is refused because of it.
		Document draft = page(Accounts.FOCAL_KH);
		assertThat(draft.select("#checks li[data-check]")).hasSize(1);
		assertThat(draft.select("#checks li[data-check]").attr("data-action")).isEqualTo("1.2");
		assertThat(draft.select("#checks li a").attr("href")).isEqualTo("/parties/KH/reports/SC67/edit#action-1.2");
		Document refused = html(move(Accounts.FOCAL_KH, "submit", "Here it is"));
		assertThat(refused.select("[data-refusal]").text()).contains("cannot be submitted yet");
		assertThat(statusOfSc67()).isEqualTo("DRAFT");

		// Fixed, it goes through; the draft is frozen for the Secretariat.
		Reports.removeTemplateInstruction(this.jdbc, "SC67");
		this.mvc.perform(move(Accounts.FOCAL_KH, "submit", "")).andExpect(redirectedUrl(REPORT + "?moved=submit"));
		assertThat(statusOfSc67()).isEqualTo("SUBMITTED");
		this.mvc.perform(get(REPORT + "/edit").with(this.accounts.as(Accounts.FOCAL_KH)))
			.andExpect(status().isForbidden());

		// Returning needs reasons.
		Document noReason = html(move(Accounts.SECRETARIAT, "return", ""));
		assertThat(noReason.select("form[data-step=return] .field-error").text()).contains("required");
		assertThat(statusOfSc67()).isEqualTo("SUBMITTED");
		this.mvc.perform(move(Accounts.SECRETARIAT, "return", "Please explain the delay in 1.2."))
			.andExpect(redirectedUrl(REPORT + "?moved=return"));
		assertThat(statusOfSc67()).isEqualTo("RETURNED");

		// The Party revises 1.2; the Secretariat still reads what was submitted.
		long e12 = Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2");
		this.mvc
			.perform(post(REPORT + "/evaluations/" + e12).with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("rating", "ON_TRACK")
				.param("points", "Customs agreed to a joint inventory in March 2016.")
				.param("version", String.valueOf(Reports.evaluationVersion(this.jdbc, e12))))
			.andExpect(status().is3xxRedirection());
		Document secretariatView = page(Accounts.SECRETARIAT);
		assertThat(secretariatView.select("[data-frozen]").text()).contains("submission 1");
		assertThat(secretariatView.select("#part-b td[data-rating=CHALLENGING] li[data-action='1.2']")).hasSize(1);
		assertThat(secretariatView.select("#timeline blockquote").text()).isEqualTo("Please explain the delay in 1.2.");
		Document partyView = page(Accounts.FOCAL_KH);
		assertThat(partyView.select("[data-frozen]")).isEmpty();
		assertThat(partyView.select("#part-b td[data-rating=ON_TRACK] li[data-action='1.2']")).hasSize(1);

		// Resubmitted: submission 2 shows what changed since submission 1.
		this.mvc.perform(move(Accounts.FOCAL_KH, "submit", "")).andExpect(redirectedUrl(REPORT + "?moved=submit"));
		Document second = html(get(REPORT + "/submissions/2").with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(second.select("#changes tr[data-action]")).extracting((row) -> row.attr("data-action"))
			.containsExactly("1.2");
		assertThat(second.select("#changes tr[data-action] ins").text())
			.contains("Customs agreed to a joint inventory in March 2016.");
		assertThat(second.select("#changes tr[data-action] del").text())
			.contains("We are currently reviewing the Stop Ivory protocol");
		Document first = html(get(REPORT + "/submissions/1").with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(first.select("#part-b td[data-rating=CHALLENGING] li[data-action='1.2']")).hasSize(1);
		assertThat(first.select("[data-generated=rating-summary]").text()).as("the frozen submission's own figures")
			.contains("Nine out of the thirteen actions are on track");
		assertThat(first.select("#changes")).isEmpty();

		// Accepted, then published: public.
		this.mvc.perform(get(REPORT)).andExpect(status().is3xxRedirection());
		this.mvc.perform(move(Accounts.SECRETARIAT, "accept", "")).andExpect(redirectedUrl(REPORT + "?moved=accept"));
		this.mvc.perform(move(Accounts.SECRETARIAT, "publish", "")).andExpect(redirectedUrl(REPORT + "?moved=publish"));
		Document published = html(get(REPORT));
		assertThat(published.select("#part-b td[data-rating=ON_TRACK] li[data-action='1.2']")).hasSize(1);
		assertThat(published.select(".lifecycle-form")).as("no moves for an anonymous reader").isEmpty();
		// Publishing makes the report public, not how it was written.
		assertThat(published.select("#timeline")).isEmpty();
		assertThat(published.text()).doesNotContain("Please explain the delay in 1.2.");
		assertThat(published.select("a[href$='/history']")).isEmpty();
		this.mvc.perform(get(REPORT + "/history")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(REPORT + "/submissions/1")).andExpect(status().is3xxRedirection());
		Document forTheSecretariat = html(get(REPORT).with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(forTheSecretariat.select("#timeline li")).extracting((li) -> li.attr("data-to"))
			.containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED", "PUBLISHED");
		assertThat(forTheSecretariat.select("#timeline li a").eachAttr("href"))
			.containsExactly(REPORT + "/submissions/1", REPORT + "/submissions/2");
		assertThat(forTheSecretariat.text()).contains("Please explain the delay in 1.2.");
	}

	@Test
	void aMoveFromAStaleVersionIsAConflictAndChangesNothing() throws Exception {
		Reports.removeTemplateInstruction(this.jdbc, "SC67");
		int seen = Reports.reportVersion(this.jdbc, "KH", "SC67");
		this.mvc
			.perform(post(REPORT + "/part-a").with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("synopsis", "Rewritten meanwhile.")
				.param("progressToDate", "Progress.")
				.param("futureOutlook", "Outlook.")
				.param("version", String.valueOf(seen)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(REPORT + "/lifecycle/submit").with(this.accounts.as(Accounts.FOCAL_KH))
				.with(csrf())
				.param("message", "")
				.param("version", String.valueOf(seen)))
			.andExpect(status().isConflict());
		assertThat(statusOfSc67()).isEqualTo("DRAFT");
		assertThat(this.jdbc.queryForObject("select count(*) from report_submission", Integer.class)).isZero();
	}

	@Test
	void theSc66SummarySentenceStandsInPartA() throws Exception {
		Document sc66 = html(get("/parties/KH/reports/SC66"));
		assertThat(sc66.select("[data-generated=rating-summary]").text())
			.endsWith("Nine out of the thirteen actions are on track, two substantially achieved and two challenging.");
		Document fr = html(get("/parties/KH/reports/SC66?lang=fr"));
		assertThat(fr.select("[data-generated=rating-summary]").text()).endsWith(
				"Neuf des treize actions sont en bonne voie, deux en grande partie réalisées et deux en difficulté.");
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

	private Document page(String who) throws Exception {
		return html(get(REPORT).with(this.accounts.as(who)));
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		ResultActions result = this.mvc.perform(request).andExpect(status().isOk());
		return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String statusOfSc67() {
		return this.jdbc.queryForObject("""
				select status from reporting_period where meeting_id = (select id from meeting where code = 'SC67')
				and party_id = (select id from party where code = 'KH')""", String.class);
	}

}
