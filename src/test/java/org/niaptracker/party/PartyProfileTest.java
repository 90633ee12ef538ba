package org.niaptracker.party;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.DatabaseState;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Party's profile: names in three languages, category and process status with the
 * meeting that decided them, kept by the Secretariat with its history; refused input is
 * shown beside its field and stores nothing.
 */
@PostgresTest
class PartyProfileTest {

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
	void theAdministratorsListOfPartiesComesTwentyFiveAPage() throws Exception {
		for (int i = 0; i < 26; i++) {
			this.jdbc.update("insert into party (code, name) values (?, ?)", "Q" + (char) ('A' + i),
					"Quuxland " + (char) ('A' + i));
		}
		int parties = this.jdbc.queryForObject("select count(*) from party", Integer.class);
		Document first = html(get("/admin/parties").with(this.accounts.as(Accounts.ADMIN)));
		assertThat(first.select("#parties tbody tr")).hasSize(25);
		assertThat(first.select("[data-pager=previous]")).isEmpty();
		assertThat(first.select("[data-pager=next]").attr("href")).isEqualTo("/admin/parties?page=2");
		Document second = html(get("/admin/parties").param("page", "2").with(this.accounts.as(Accounts.ADMIN)));
		assertThat(second.select("#parties tbody tr")).hasSize(Math.min(parties - 25, 25));
		assertThat(second.select("[data-pager=previous]").attr("href")).isEqualTo("/admin/parties");
		assertThat(second.select("#parties tbody tr").eachAttr("data-party"))
			.doesNotContainAnyElementsOf(first.select("#parties tbody tr").eachAttr("data-party"));
		Document past = html(get("/admin/parties").param("page", "100").with(this.accounts.as(Accounts.ADMIN)));
		assertThat(past.select("#parties tbody tr").eachAttr("data-party"))
			.as("past the last page (an old link): the last page")
			.isEqualTo(html(get("/admin/parties").param("page", String.valueOf((parties + 24) / 25))
				.with(this.accounts.as(Accounts.ADMIN))).select("#parties tbody tr").eachAttr("data-party"))
			.isNotEmpty();
		assertThat(past.select("[data-pager=next]")).isEmpty();
		assertThat(html(get("/admin/parties").param("page", String.valueOf(Integer.MAX_VALUE))
			.with(this.accounts.as(Accounts.ADMIN))).select("#parties tbody tr").eachAttr("data-party"))
			.as("a page beyond what a query can skip: the last page")
			.isEqualTo(past.select("#parties tbody tr").eachAttr("data-party"));
	}

	@Test
	void cambodiasProfileIsSeededAndShownOnItsPublicPage() throws Exception {
		Document page = html(get("/parties/KH"));
		assertThat(page.select("#party-profile [data-field=iso-code]").text()).isEqualTo("KH");
		assertThat(page.select("#party-profile [data-field=names]").text()).contains("Cambodia", "Cambodge", "Camboya");
		assertThat(page.select("#party-profile [data-field=category]").text())
			.isEqualTo("Category C ('importance to watch') since SC65");
		assertThat(page.select("#party-profile [data-field=status]").text())
			.isEqualTo("NIAP being implemented since SC65");
		assertThat(page.select("a[href='/admin/parties/KH']")).isEmpty();

		Document french = html(get("/parties/KH").param("lang", "fr"));
		assertThat(french.select("#party-profile [data-field=category]").text()).startsWith("Catégorie C");

		Document secretariat = html(get("/parties/KH").with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(secretariat.select("a[href='/admin/parties/KH']")).hasSize(1);
		assertThat(secretariat.select("header a[href='/overview']")).hasSize(1);
		Document admin = html(get("/parties/KH").with(this.accounts.as(Accounts.ADMIN)));
		assertThat(admin.select("a[href='/admin/parties/KH']")).hasSize(1);
		assertThat(admin.select("header a[href='/overview']")).hasSize(1);
		Document focalPoint = html(get("/parties/KH").with(this.accounts.as(Accounts.FOCAL_KH)));
		assertThat(focalPoint.select("a[href='/admin/parties/KH']")).isEmpty();
		assertThat(focalPoint.select("a[href='/overview']")).isEmpty();
		Document profile = html(get("/admin/parties/KH").with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(profile.select("#party-history tr[data-field=CATEGORY]").text()).contains("Category C", "SC65");
	}

	@Test
	void anAdministratorAddsUgandaInCategoryAFromCoP17() throws Exception {
		this.mvc.perform(addParty("UG", "Uganda", "A", "cop17")).andExpect(redirectedUrl("/admin/parties?added=UG"));
		assertThat(this.jdbc.queryForMap("select category, category_since from party where code = 'UG'"))
			.isEqualTo(Map.of("category", "A", "category_since", "CoP17"));
		assertThat(fields("UG")).containsExactly("CREATED", "CATEGORY");
		Document list = html(get("/admin/parties").with(this.accounts.as(Accounts.ADMIN)));
		assertThat(list.select("tr[data-party=UG] [data-column=category]").text())
			.isEqualTo("Category A ('primary concern') since CoP17");
	}

	@Test
	void aNewPartyWithAMalformedMeetingIsRefusedBesideTheField() throws Exception {
		Map<String, String> before = DatabaseState.of(this.jdbc);
		assertThat(html(addParty("UG", "Uganda", "A", "CoP 17")).select("#party-categorySince-error").text())
			.contains("CoP17 or SC69");
		assertThat(html(addParty("UG", "Uganda", "A", "")).select("#party-categorySince-error").text())
			.contains("at which meeting");
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void theSecretariatChangesAProfileAndEachChangeIsRecordedWithItsMeeting() throws Exception {
		this.mvc.perform(addParty("UG", "Uganda", "A", "CoP17")).andExpect(status().is3xxRedirection());
		this.mvc.perform(saveProfile("UG", "Uganda", "Ouganda", "", "B", "SC69", "IMPLEMENTING", "SC70", version("UG")))
			.andExpect(redirectedUrl("/admin/parties/UG?saved"));
		assertThat(this.jdbc.queryForMap("""
				select name_fr, name_es, category, category_since, process_status, process_status_since
				  from party where code = 'UG'""")).containsEntry("name_fr", "Ouganda")
			.containsEntry("name_es", null)
			.containsEntry("category", "B")
			.containsEntry("category_since", "SC69")
			.containsEntry("process_status", "IMPLEMENTING")
			.containsEntry("process_status_since", "SC70");
		assertThat(this.jdbc.queryForList("""
				select c.field || ':' || coalesce(c.old_value, '-') || ':' || coalesce(c.new_value, '-') || ':'
				       || coalesce(c.decided_at, '-') || ':' || c.changed_by_name
				  from party_change c join party p on p.id = c.party_id where p.code = 'UG' order by c.id""",
				String.class))
			.containsExactly("CREATED:-:Uganda:-:admin", "CATEGORY:-:A:CoP17:admin", "NAME_FR:-:Ouganda:-:secretariat",
					"CATEGORY:A:B:SC69:secretariat", "PROCESS_STATUS:-:IMPLEMENTING:SC70:secretariat");

		Document page = html(get("/admin/parties/UG").with(this.accounts.as(Accounts.SECRETARIAT)));
		assertThat(page.select("#party-history tr[data-field=CATEGORY]").first().text())
			.contains("Category A ('primary concern')", "Category B ('secondary concern')", "SC69", "secretariat");
		assertThat(page.select("#profile-category option[selected]").val()).isEqualTo("B");

		// Saving the same values records nothing.
		this.mvc.perform(saveProfile("UG", "Uganda", "Ouganda", "", "B", "SC69", "IMPLEMENTING", "SC70", version("UG")))
			.andExpect(status().is3xxRedirection());
		assertThat(fields("UG")).hasSize(5);
	}

	@Test
	void badProfileInputIsShownBesideItsFieldAndStoresNothing() throws Exception {
		this.mvc.perform(addParty("UG", "Uganda", "A", "CoP17")).andExpect(status().is3xxRedirection());
		int version = version("UG");
		Map<String, String> before = DatabaseState.of(this.jdbc);
		assertThat(
				html(saveProfile("UG", "", "", "", "A", "CoP17", "", "", version)).select("#profile-name-error").text())
			.contains("required");
		assertThat(html(saveProfile("UG", "Uganda", "", "", "A", "COP", "", "", version))
			.select("#profile-categorySince-error")
			.text()).contains("CoP17 or SC69");
		assertThat(html(saveProfile("UG", "Uganda", "", "", "B", "", "", "", version))
			.select("#profile-categorySince-error")
			.text()).contains("at which meeting");
		assertThat(html(saveProfile("UG", "Uganda", "", "", "A", "CoP17", "", "SC70", version))
			.select("#profile-processStatusSince-error")
			.text()).contains("goes with a value");
		assertThat(html(saveProfile("UG", "Uganda", "", "", "D", "CoP17", "", "", version))
			.select("#profile-category-error")
			.text()).isNotBlank();
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aStaleProfileIsAConflictAndChangesNothing() throws Exception {
		this.mvc.perform(addParty("UG", "Uganda", "A", "CoP17")).andExpect(status().is3xxRedirection());
		int seen = version("UG");
		this.mvc.perform(saveProfile("UG", "Uganda", "", "", "B", "SC69", "", "", seen))
			.andExpect(status().is3xxRedirection());
		Map<String, String> before = DatabaseState.of(this.jdbc);
		this.mvc.perform(saveProfile("UG", "Uganda", "", "", "C", "SC70", "", "", seen))
			.andExpect(status().isConflict());
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void focalPointsCannotOpenAProfileAndTheSecretariatCannotOpenTheRestOfAdministration() throws Exception {
		this.mvc.perform(get("/admin/parties/KH").with(this.accounts.as(Accounts.FOCAL_KH)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/parties").with(this.accounts.as(Accounts.SECRETARIAT)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/parties/KH/").with(this.accounts.as(Accounts.SECRETARIAT)))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isNotEqualTo(500));
	}

	private MockHttpServletRequestBuilder addParty(String code, String name, String category, String since) {
		return post("/admin/parties").with(this.accounts.as(Accounts.ADMIN))
			.with(csrf())
			.param("code", code)
			.param("name", name)
			.param("category", category)
			.param("categorySince", since);
	}

	private MockHttpServletRequestBuilder saveProfile(String code, String name, String nameFr, String nameEs,
			String category, String categorySince, String status, String statusSince, int version) {
		return post("/admin/parties/" + code).with(this.accounts.as(Accounts.SECRETARIAT))
			.with(csrf())
			.param("name", name)
			.param("nameFr", nameFr)
			.param("nameEs", nameEs)
			.param("category", category)
			.param("categorySince", categorySince)
			.param("processStatus", status)
			.param("processStatusSince", statusSince)
			.param("version", String.valueOf(version));
	}

	private List<String> fields(String code) {
		return this.jdbc.queryForList(
				"select c.field from party_change c join party p on p.id = c.party_id where p.code = ? order by c.id",
				String.class, code);
	}

	private int version(String code) {
		return this.jdbc.queryForObject("select version from party where code = ?", Integer.class, code);
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
