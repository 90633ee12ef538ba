package org.niaptracker.meeting;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.DatabaseState;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators change and delete meetings: the dates always, the number and rating
 * scale only while no report is made to the meeting, deletion only of a meeting nothing
 * uses. Refusals are messages on the page, never a server error, and store nothing.
 */
@PostgresTest
class MeetingAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private Accounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new Accounts(this.userDetailsService);
	}

	@Test
	void aMeetingWithoutReportsChangesItsDatesNumberAndScale() throws Exception {
		addMeeting(93);
		this.mvc.perform(update("SC93", "94", "2031-02-01", "2030-11-01", "SC65", version("SC93")))
			.andExpect(redirectedUrl("/admin/meetings/SC94?saved"));
		assertThat(this.jdbc.queryForMap("""
				select m.number, m.starts_on::text as starts_on, m.report_due_on::text as due, s.code as scale
				  from meeting m join rating_scale s on s.id = m.rating_scale_id where m.code = 'SC94'"""))
			.isEqualTo(Map.of("number", 94, "starts_on", "2031-02-01", "due", "2030-11-01", "scale", "SC65"));
		Document page = html(get("/admin/meetings/SC94"));
		assertThat(page.select("#meeting-number").val()).isEqualTo("94");
		assertThat(page.select("#delete-form")).hasSize(1);
	}

	@Test
	void aReportedMeetingKeepsItsNumberAndScaleAndCannotBeDeleted() throws Exception {
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(status().is3xxRedirection());
		int version = version("SC67");
		Map<String, String> before = DatabaseState.of(this.jdbc);
		Document page = html(get("/admin/meetings/SC67"));
		assertThat(page.select("#meeting-reported").text()).contains("Reports are made");
		assertThat(page.select("#delete-form")).isEmpty();

		assertThat(
				html(update("SC67", "68", "2016-09-23", "2016-06-25", "SC65", version)).select("#meeting-number-error")
					.text())
			.contains("cannot change");
		assertThat(html(update("SC67", "67", "2016-09-23", "2016-06-25", "SC69", version))
			.select("#meeting-ratingScale-error")
			.text()).contains("cannot change");
		assertThat(html(post("/admin/meetings/SC67/delete").param("version", String.valueOf(version)))
			.select("#delete-refused")
			.text()).contains("cannot be deleted");
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void badInputIsShownBesideItsFieldAndStoresNothing() throws Exception {
		addMeeting(93);
		addMeeting(92);
		int version = version("SC93");
		Map<String, String> before = DatabaseState.of(this.jdbc);
		assertThat(html(update("SC93", "92", "2031-02-01", "", "SC69", version)).select("#meeting-number-error").text())
			.contains("exists already");
		assertThat(
				html(update("SC93", "93", "2031-02-01", "2031-03-01", "SC69", version)).select(".alert--error").text())
			.contains("due before the meeting");
		assertThat(html(update("SC93", "93", "2031-02-01", "", "NOPE", version)).select("#meeting-ratingScale-error")
			.text()).contains("Choose one");
		assertThat(html(update("SC93", "0", "2031-02-01", "", "SC69", version)).select("#meeting-number-error").text())
			.contains("1 to 999");
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aStaleFormIsAConflictAndAnUnusedMeetingIsDeleted() throws Exception {
		addMeeting(93);
		int seen = version("SC93");
		this.mvc.perform(update("SC93", "93", "2031-02-01", "", "SC69", seen)).andExpect(status().is3xxRedirection());
		Map<String, String> before = DatabaseState.of(this.jdbc);
		this.mvc.perform(update("SC93", "93", "2031-03-01", "", "SC69", seen)).andExpect(status().isConflict());
		this.mvc
			.perform(post("/admin/meetings/SC93/delete").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("version", String.valueOf(seen)))
			.andExpect(status().isConflict());
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
		this.mvc
			.perform(post("/admin/meetings/SC93/delete").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("version", String.valueOf(version("SC93"))))
			.andExpect(redirectedUrl("/admin/meetings?deleted=SC93"));
		assertThat(this.jdbc.queryForObject("select count(*) from meeting where code = 'SC93'", Integer.class))
			.isZero();
	}

	@Test
	void postgresqlKeepsTheNumberAndScaleOfAReportedMeeting() {
		assertThatThrownBy(() -> this.jdbc.update("update meeting set number = 65, code = 'SC65' where code = 'SC66'"))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("has reports");
		assertThatThrownBy(() -> this.jdbc.update("""
				update meeting set rating_scale_id = (select id from rating_scale where code = 'SC69')
				 where code = 'SC66'""")).isInstanceOf(DataAccessException.class).hasMessageContaining("has reports");
		assertThatThrownBy(() -> this.jdbc.update("update meeting set code = 'SC1' where code = 'SC67'"))
			.isInstanceOf(DataAccessException.class);
	}

	private void addMeeting(int number) throws Exception {
		this.mvc
			.perform(post("/admin/meetings").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("number", String.valueOf(number))
				.param("startsOn", "2031-01-20")
				.param("reportDueOn", "2030-10-20")
				.param("ratingScale", "SC69"))
			.andExpect(status().is3xxRedirection());
	}

	private MockHttpServletRequestBuilder update(String code, String number, String startsOn, String dueOn,
			String scale, int version) {
		return post("/admin/meetings/" + code).with(this.accounts.as(Accounts.ADMIN))
			.with(csrf())
			.param("number", number)
			.param("startsOn", startsOn)
			.param("reportDueOn", dueOn)
			.param("ratingScale", scale)
			.param("version", String.valueOf(version));
	}

	private int version(String code) {
		return this.jdbc.queryForObject("select version from meeting where code = ?", Integer.class, code);
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(this.accounts.as(Accounts.ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
