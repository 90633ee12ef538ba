package org.niaptracker.meeting;

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
 * Rating scales and the mappings between them: created, relabelled, reordered, extended;
 * a scale in use keeps its ratings (in PostgreSQL too); a mapping maps ratings of its own
 * scales only. Bad input is shown beside its field and stores nothing.
 */
@PostgresTest
class RatingScaleAdminTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	@Autowired
	private MeetingCalendar calendar;

	private Accounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new Accounts(this.userDetailsService);
	}

	@Test
	void theSeededRatingsHaveTheirTranslationsAndTheDefaultMapping() throws Exception {
		assertThat(this.jdbc.queryForList("""
				select r.code || ':' || r.label_fr || ':' || r.label_es from progress_rating r
				  join rating_scale s on s.id = r.rating_scale_id where s.code = 'SC65' order by r.position""",
				String.class))
			.containsExactly("SUBSTANTIALLY_ACHIEVED:En grande partie réalisé:Logrado en gran medida",
					"ON_TRACK:En bonne voie:En curso", "CHALLENGING:Difficile:Con dificultades",
					"UNCLEAR:Incertain:Incierto");
		Document page = html(get("/admin/scales/SC65/mappings/SC69"));
		assertThat(page.select("#mapping-CHALLENGING option[selected]").val()).isEqualTo("PARTIAL_PROGRESS");
		assertThat(page.select("#mapping-UNCLEAR option[selected]").val()).isEmpty();
		assertThat(html(get("/admin/scales")).select("tr[data-scale=SC65]").text()).contains("SC66");

		long sc65 = scaleId("SC65");
		long sc69 = scaleId("SC69");
		RatingMapping mapping = this.calendar.mapping(sc65, sc69);
		assertThat(mapping.defined()).isTrue();
		assertThat(mapping.target(rating("SC65", "CHALLENGING")).map(ProgressRating::getCode))
			.contains("PARTIAL_PROGRESS");
		assertThat(mapping.target(rating("SC65", "ON_TRACK")).map(ProgressRating::getCode)).contains("ON_TRACK");
		assertThat(mapping.target(rating("SC65", "UNCLEAR"))).isEmpty();
		ProgressRating achieved = rating("SC69", "ACHIEVED");
		assertThat(this.calendar.mapping(sc69, sc69).target(achieved)).contains(achieved);
		RatingMapping backwards = this.calendar.mapping(sc69, sc65);
		assertThat(backwards.defined()).isFalse();
		assertThat(backwards.target(achieved)).isEmpty();
	}

	@Test
	void aScaleIsCreatedRelabelledReorderedAndExtended() throws Exception {
		this.mvc.perform(createScale("SC74", "Done", "DONE", "Fait", "Hecho", "NOT_DONE"))
			.andExpect(redirectedUrl("/admin/scales/SC74?created"));
		assertThat(ratings("SC74")).containsExactly("1:DONE:Done:Fait:Hecho", "2:NOT_DONE:Not done:Pas fait:No hecho");

		long done = rating("SC74", "DONE").getId();
		long notDone = rating("SC74", "NOT_DONE").getId();
		this.mvc
			.perform(post("/admin/scales/SC74").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("code", "SC74")
				.param("description", "Three ratings")
				.params(row(0, done, "DONE", "Completed", "Achevé", "Completado", "2"))
				.params(row(1, notDone, "NOT_DONE", "Not done", "Pas fait", "No hecho", "1"))
				.params(row(2, null, "STALLED", "Stalled", "Bloqué", "Estancado", "3"))
				.params(row(3, null, "", "", "", "", ""))
				.param("version", String.valueOf(scaleVersion("SC74"))))
			.andExpect(redirectedUrl("/admin/scales/SC74?saved"));
		assertThat(ratings("SC74")).containsExactly("1:NOT_DONE:Not done:Pas fait:No hecho",
				"2:DONE:Completed:Achevé:Completado", "3:STALLED:Stalled:Bloqué:Estancado");

		// Not in use: a rating can go.
		this.mvc
			.perform(post("/admin/scales/SC74").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("code", "SC74")
				.param("description", "Two ratings")
				.params(row(0, notDone, "NOT_DONE", "Not done", "Pas fait", "No hecho", "1"))
				.params(row(1, done, "DONE", "Completed", "Achevé", "Completado", "2"))
				.params(row(2, rating("SC74", "STALLED").getId(), "STALLED", "Stalled", "Bloqué", "Estancado", "3"))
				.param("ratings[2].remove", "true")
				.param("version", String.valueOf(scaleVersion("SC74"))))
			.andExpect(status().is3xxRedirection());
		assertThat(ratings("SC74")).hasSize(2);
	}

	@Test
	void badInputIsShownBesideItsFieldAndStoresNothing() throws Exception {
		Map<String, String> before = DatabaseState.of(this.jdbc);
		assertThat(
				html(createScale("SC74", "Done", "DONE", "Fait", "Hecho", "DONE")).select("#scale-ratings-1-code-error")
					.text())
			.contains("Another rating");
		assertThat(html(createScale("SC74", "Done", "DONE", "", "Hecho", "NOT_DONE"))
			.select("#scale-ratings-0-labelFr-error")
			.text()).contains("required");
		assertThat(html(createScale("SC74", "Done", "ON TRACK", "Fait", "Hecho", "NOT_DONE"))
			.select("#scale-ratings-0-code-error")
			.text()).contains("capital letters");
		assertThat(html(createScale("SC65", "Done", "DONE", "Fait", "Hecho", "NOT_DONE")).select("#scale-code-error")
			.text()).contains("exists already");
		assertThat(html(post("/admin/scales").param("code", "SC74")
			.param("description", "Empty")
			.params(row(0, null, "", "", "", "", ""))
			.param("version", "")).select("#scale-ratings-error").text()).contains("at least one rating");
		assertThat(html(post("/admin/scales/SC69").param("code", "SC69")
			.param("description", "Six ratings")
			.params(row(0, rating("SC65", "UNCLEAR").getId(), "UNCLEAR", "Unclear", "Incertain", "Incierto", "1"))
			.param("version", String.valueOf(scaleVersion("SC69")))).select("#scale-ratings-0-code-error").text())
			.contains("not on this scale");
		assertThat(this.mvc
			.perform(post("/admin/scales").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("code", "SC74")
				.param("description", "Far row")
				.param("ratings[5000].code", "FAR"))
			.andReturn()
			.getResponse()
			.getStatus()).isLessThan(500);
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aScaleInUseKeepsEveryRating() throws Exception {
		this.mvc.perform(createScale("SC74", "Done", "DONE", "Fait", "Hecho", "NOT_DONE"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/admin/meetings").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("number", "91")
				.param("startsOn", "2031-01-20")
				.param("reportDueOn", "")
				.param("ratingScale", "SC74"))
			.andExpect(status().is3xxRedirection());
		Map<String, String> before = DatabaseState.of(this.jdbc);
		Document refused = html(post("/admin/scales/SC74").param("code", "SC74")
			.param("description", "Two ratings")
			.params(row(0, rating("SC74", "DONE").getId(), "DONE", "Done", "Fait", "Hecho", "1"))
			.params(row(1, rating("SC74", "NOT_DONE").getId(), "NOT_DONE", "Not done", "Pas fait", "No hecho", "2"))
			.param("ratings[1].remove", "true")
			.param("version", String.valueOf(scaleVersion("SC74"))));
		assertThat(refused.select("#scale-ratings-1-remove-error").text()).contains("A meeting uses this scale");
		assertThat(refused.select("#scale-in-use").text()).contains("SC91");
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);

		long notDone = rating("SC74", "NOT_DONE").getId();
		assertThatThrownBy(() -> this.jdbc.update("delete from progress_rating where id = ?", notDone))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("which a meeting uses");
		assertThatThrownBy(() -> this.jdbc.update(
				"update progress_rating set rating_scale_id = (select id from rating_scale where code = 'SC65') where id = ?",
				notDone))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("cannot move");
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aMappingIsSavedAndARatingOfTheWrongScaleIsRefusedBesideItsField() throws Exception {
		this.mvc.perform(createScale("SC74", "Done", "DONE", "Fait", "Hecho", "NOT_DONE"))
			.andExpect(status().is3xxRedirection());
		assertThat(html(get("/admin/scales/SC74/mappings/SC69")).select("#mapping-undefined")).hasSize(1);
		Map<String, String> before = DatabaseState.of(this.jdbc);
		Document wrong = html(post("/admin/scales/SC74/mappings/SC69").param("targets[DONE]", "CHALLENGING")
			.param("targets[NOT_DONE]", "")
			.param("version", ""));
		assertThat(wrong.select("#mapping-DONE-error").text()).contains("not on the scale mapped to");
		Document missing = html(
				post("/admin/scales/SC74/mappings/SC69").param("targets[DONE]", "ACHIEVED").param("version", ""));
		assertThat(missing.select("#mapping-NOT_DONE-error").text()).contains("Choose a rating");
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);

		this.mvc
			.perform(post("/admin/scales/SC74/mappings/SC69").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("targets[DONE]", "ACHIEVED")
				.param("targets[NOT_DONE]", "")
				.param("version", ""))
			.andExpect(redirectedUrl("/admin/scales/SC74/mappings/SC69?saved"));
		RatingMapping mapping = this.calendar.mapping(scaleId("SC74"), scaleId("SC69"));
		assertThat(mapping.target(rating("SC74", "DONE")).map(ProgressRating::getCode)).contains("ACHIEVED");
		assertThat(mapping.target(rating("SC74", "NOT_DONE"))).isEmpty();

		// Someone saved it first: a form opened before it was created is stale.
		this.mvc
			.perform(post("/admin/scales/SC74/mappings/SC69").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("targets[DONE]", "NOT_COMMENCED")
				.param("targets[NOT_DONE]", "")
				.param("version", ""))
			.andExpect(status().isConflict());
		assertThat(this.calendar.mapping(scaleId("SC74"), scaleId("SC69")).target(rating("SC74", "DONE")))
			.map(ProgressRating::getCode)
			.contains("ACHIEVED");
	}

	@Test
	void postgresqlRefusesAMappingEntryOffItsScales() {
		long mapping = this.jdbc.queryForObject("""
				select m.id from rating_mapping m join rating_scale f on f.id = m.from_scale_id
				 where f.code = 'SC65'""", Long.class);
		long sc69Rating = rating("SC69", "ACHIEVED").getId();
		long sc65Rating = rating("SC65", "ON_TRACK").getId();
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into rating_mapping_entry (mapping_id, from_rating_id, to_rating_id) values (?, ?, null)",
				mapping, sc69Rating))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("not on the from-scale");
		assertThatThrownBy(() -> this.jdbc.update(
				"update rating_mapping_entry set to_rating_id = ? where mapping_id = ? and from_rating_id = ?",
				sc65Rating, mapping, sc65Rating))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("not on the to-scale");
	}

	@Test
	void aStaleScaleIsAConflict() throws Exception {
		this.mvc.perform(createScale("SC74", "Done", "DONE", "Fait", "Hecho", "NOT_DONE"))
			.andExpect(status().is3xxRedirection());
		Map<String, String> before = DatabaseState.of(this.jdbc);
		this.mvc
			.perform(post("/admin/scales/SC74").with(this.accounts.as(Accounts.ADMIN))
				.with(csrf())
				.param("code", "SC74")
				.param("description", "Changed")
				.params(row(0, rating("SC74", "DONE").getId(), "DONE", "Done", "Fait", "Hecho", "1"))
				.params(row(1, rating("SC74", "NOT_DONE").getId(), "NOT_DONE", "Not done", "Pas fait", "No hecho", "2"))
				.param("version", String.valueOf(scaleVersion("SC74") + 1)))
			.andExpect(status().isConflict());
		assertThat(DatabaseState.of(this.jdbc)).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder createScale(String code, String firstLabel, String firstCode, String firstFr,
			String firstEs, String secondCode) {
		return post("/admin/scales").with(this.accounts.as(Accounts.ADMIN))
			.with(csrf())
			.param("code", code)
			.param("description", "Two ratings")
			.params(row(0, null, firstCode, firstLabel, firstFr, firstEs, "1"))
			.params(row(1, null, secondCode, "Not done", "Pas fait", "No hecho", "2"))
			.params(row(2, null, "", "", "", "", ""))
			.param("version", "");
	}

	private static org.springframework.util.MultiValueMap<String, String> row(int index, Long id, String code,
			String label, String labelFr, String labelEs, String position) {
		org.springframework.util.MultiValueMap<String, String> row = new org.springframework.util.LinkedMultiValueMap<>();
		String prefix = "ratings[" + index + "].";
		if (id != null) {
			row.add(prefix + "id", String.valueOf(id));
		}
		row.add(prefix + "code", code);
		row.add(prefix + "label", label);
		row.add(prefix + "labelFr", labelFr);
		row.add(prefix + "labelEs", labelEs);
		row.add(prefix + "position", position);
		return row;
	}

	private List<String> ratings(String scale) {
		return this.jdbc.queryForList("""
				select r.position || ':' || r.code || ':' || r.label || ':' || r.label_fr || ':' || r.label_es
				  from progress_rating r join rating_scale s on s.id = r.rating_scale_id
				 where s.code = ? order by r.position""", String.class, scale);
	}

	private ProgressRating rating(String scale, String code) {
		return this.calendar
			.rating(this.calendar.scales().stream().filter((s) -> s.getCode().equals(scale)).findFirst().orElseThrow(),
					code)
			.orElseThrow();
	}

	private long scaleId(String code) {
		return this.jdbc.queryForObject("select id from rating_scale where code = ?", Long.class, code);
	}

	private int scaleVersion(String code) {
		return this.jdbc.queryForObject("select version from rating_scale where code = ?", Integer.class, code);
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request.with(this.accounts.as(Accounts.ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
