package org.niaptracker.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of Parties comes in pages of 25, each Party with its latest three reports, so
 * it grows neither with the number of Parties nor with the number of meetings; a page
 * number out of range shows the first page, a malformed one a clear 400.
 */
@PostgresTest
class PartyListTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void thePartiesComeTwentyFiveAPage() throws Exception {
		// Cambodia and 29 more, named so that they sort after it.
		this.jdbc.update("""
				insert into party (code, name)
				select chr(65 + n / 26) || chr(65 + n % 26), 'Testland ' || lpad(n::text, 2, '0')
				  from generate_series(0, 28) n""");
		Document first = page("/");
		assertThat(first.select("[data-party]")).hasSize(25);
		assertThat(first.select("[data-party]").first().attr("data-party")).isEqualTo("KH");
		assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/?page=1");
		assertThat(first.select(".pager a[rel=prev]")).isEmpty();

		Document second = page("/?page=1");
		assertThat(second.select("[data-party]")).hasSize(5);
		assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/?page=0");
		assertThat(second.select(".pager a[rel=next]")).isEmpty();

		assertThat(page("/?page=-4").select("[data-party]")).hasSize(25);
		Document past = page("/?page=9");
		assertThat(past.select("[data-party]")).as("past the last page (an old link): the last page")
			.hasSize(5)
			.extracting((party) -> party.attr("data-party"))
			.isEqualTo(second.select("[data-party]").eachAttr("data-party"));
		assertThat(past.select(".pager a[rel=prev]").attr("href")).isEqualTo("/?page=0");
		assertThat(past.select(".pager a[rel=next]")).isEmpty();
		assertThat(page("/?page=" + Integer.MAX_VALUE).select("[data-party]").eachAttr("data-party"))
			.as("a page beyond what a query can skip: the last page")
			.isEqualTo(second.select("[data-party]").eachAttr("data-party"));
		this.mvc.perform(get("/").param("page", "two")).andExpect(status().isBadRequest());
	}

	@Test
	void eachPartyShowsItsLatestThreeReportsWithALinkToAllOfThem() throws Exception {
		for (String meeting : new String[] { "SC69", "SC70", "SC71", "SC72" }) {
			Reports.meeting(this.jdbc, meeting, "SC69");
		}
		Reports.report(this.jdbc, "KH", "SC69", "PUBLISHED");
		Reports.report(this.jdbc, "KH", "SC70", "PUBLISHED");
		// Three reports (SC66 and these two): all shown, no link.
		assertThat(page("/").selectFirst("[data-party=KH]").select("tr[data-meeting]").eachAttr("data-meeting"))
			.containsExactly("SC70", "SC69", "SC66");
		assertThat(page("/").select("[data-party=KH] .all-reports")).isEmpty();

		Reports.report(this.jdbc, "KH", "SC71", "PUBLISHED");
		// A draft: not the public's, so neither shown nor counted for them.
		Reports.report(this.jdbc, "KH", "SC72", "DRAFT");
		Element cambodia = page("/").selectFirst("[data-party=KH]");
		assertThat(cambodia.select("tr[data-meeting]").eachAttr("data-meeting")).containsExactly("SC71", "SC70",
				"SC69");
		assertThat(cambodia.select(".all-reports a").attr("href")).isEqualTo("/parties/KH");
		assertThat(cambodia.select(".all-reports a").text()).isEqualTo("All 4 reports of Cambodia");
		assertThat(page("/?lang=fr").selectFirst("[data-party=KH] .all-reports a").text())
			.isEqualTo("Les 4 rapports de Cambodia");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
