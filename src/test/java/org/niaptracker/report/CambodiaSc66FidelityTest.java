package org.niaptracker.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seeded report reads exactly as the published annex "SC66 Doc. 29 Annex 19": every
 * action, rating and point of Part C in order, Part A, the cover, and Part B placing each
 * action in its rating's column.
 */
@PostgresTest
class CambodiaSc66FidelityTest {

	@Autowired
	private MockMvc mvc;

	private Document page;

	@BeforeEach
	void openReport() throws Exception {
		String html = this.mvc.perform(get("/parties/KH/reports/SC66"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		this.page = Jsoup.parse(html);
	}

	@Test
	void fixtureIsVerbatimFromThePublishedAnnex() throws IOException {
		String source = normalise(resource("sc66-doc29-annex19-source.txt"));
		List<String> texts = new ArrayList<>();
		for (String line : fixtureLines("cambodia-sc66-part-c.txt")) {
			if (line.startsWith("action ")) {
				String title = line.substring(line.indexOf(' ', 7) + 1);
				texts.add(title.endsWith("*") ? title.substring(0, title.length() - 1) : title);
			}
			else if (line.startsWith("point ")) {
				texts.add(line.substring(6));
			}
		}
		for (String line : fixtureLines("cambodia-sc66-part-a.txt")) {
			if (line.startsWith("paragraph ")) {
				texts.add(line.substring(10));
			}
		}
		assertThat(texts).hasSize(13 + 27 + 9).allSatisfy((text) -> assertThat(source).contains(text));
	}

	@Test
	void partCShowsEveryActionRatingAndPointInOrder() throws IOException {
		List<String> rendered = new ArrayList<>();
		for (Element pillar : this.page.select("#part-c tbody[data-pillar]")) {
			rendered.add("pillar " + pillar.attr("data-pillar") + " " + pillar.attr("data-pillar-name"));
			assertThat(pillar.selectFirst("th[scope=rowgroup]").text())
				.isEqualTo("Category " + pillar.attr("data-pillar") + ": " + pillar.attr("data-pillar-name"));
			for (Element action : pillar.select("tr[data-action]")) {
				rendered.add("action " + action.attr("data-action") + " " + action.selectFirst(".action-title").text()
						+ (action.selectFirst(".action-mark") != null ? "*" : ""));
				rendered.add("rating " + action.selectFirst(".rating-badge").text());
				action.select(".points li").forEach((point) -> rendered.add("point " + point.text()));
			}
		}
		assertThat(rendered).containsExactlyElementsOf(fixtureLines("cambodia-sc66-part-c.txt"));
		assertThat(this.page.select("#part-c").text()).doesNotContain("[Name]", "[PROGRESS RATING]");
	}

	@Test
	void partBPlacesEachActionInItsRatingsColumn() {
		Map<String, String> expected = new LinkedHashMap<>();
		for (String number : List.of("1.1", "2.1", "2.2", "2.3", "2.5", "3.1", "3.2", "5.1", "5.2")) {
			expected.put(number, "ON_TRACK");
		}
		expected.put("1.2", "CHALLENGING");
		expected.put("2.4", "CHALLENGING");
		expected.put("4.1", "SUBSTANTIALLY_ACHIEVED");
		expected.put("6.1", "SUBSTANTIALLY_ACHIEVED");

		Map<String, String> placed = new LinkedHashMap<>();
		for (Element cell : this.page.select("#part-b tbody td[data-rating]")) {
			cell.select("li[data-action]")
				.forEach((action) -> placed.put(action.attr("data-action"), cell.attr("data-rating")));
		}
		assertThat(placed).containsExactlyInAnyOrderEntriesOf(expected);
		assertThat(this.page.select("#part-b thead th[data-rating]").eachText())
			.containsExactly("Substantially achieved", "On track", "Challenging", "Unclear");
		assertThat(countIn("SUBSTANTIALLY_ACHIEVED")).isEqualTo(2);
		assertThat(countIn("ON_TRACK")).isEqualTo(9);
		assertThat(countIn("CHALLENGING")).isEqualTo(2);
		assertThat(countIn("UNCLEAR")).isZero();
		assertThat(this.page.select("#part-b tbody th[scope=row]").eachText()).containsExactly("1. Legislation",
				"2. Enforcement", "3. Judiciary and prosecutions", "4. Drivers and Prevention",
				"5. Data reporting and analysis", "6. Other");
		assertThat(this.page.select("#part-b li[data-action=1.2] .action-title").text())
			.isEqualTo("Issue a Ministerial proclamation on the management of ivory seizures");
		assertThat(this.page.select("#part-b li[data-action] .action-mark")).hasSize(9);
	}

	@Test
	void partAHasItsThreeSectionsVerbatim() throws IOException {
		List<String> rendered = new ArrayList<>();
		for (String section : List.of("synopsis", "progress-to-date", "future-outlook")) {
			rendered.add("section " + section);
			this.page.select("[data-part-a=" + section + "] p").forEach((p) -> rendered.add("paragraph " + p.text()));
		}
		assertThat(rendered).containsExactlyElementsOf(fixtureLines("cambodia-sc66-part-a.txt"));
	}

	@Test
	void coverCarriesTheStampAndTheCoverFields() {
		assertThat(this.page.selectFirst(".stamp__ref").text()).isEqualTo("SC66 Doc. 29 Annex 19");
		assertThat(this.page.selectFirst(".stamp__language").text())
			.isEqualTo("(English only / únicamente en inglés / seulement en anglais)");
		assertThat(this.page.selectFirst(".cover__title").text())
			.isEqualToIgnoringCase("CITES SC66 National Ivory Action Plan progress report");
		assertThat(this.page.selectFirst(".cover__group").text())
			.isEqualTo("Parties of ‘secondary concern’ and ‘importance to watch’");
		assertThat(this.page.selectFirst(".cover__meeting").text())
			.isEqualTo("Prepared for the 66th meeting of the CITES Standing Committee");
		assertThat(this.page.selectFirst("[data-cover=party]").text()).isEqualToIgnoringCase("CAMBODIA");
		assertThat(this.page.selectFirst("[data-cover=period]").text()).isEqualTo("November 2014 – September 2015");
		assertThat(this.page.selectFirst("[data-cover=prepared-by]").text())
			.isEqualTo("Heng Kimchhay, National Ivory Action Plan focal point for Cambodia");
	}

	private long countIn(String rating) {
		return this.page.select("#part-b tbody td[data-rating=" + rating + "] li[data-action]").size();
	}

	private static List<String> fixtureLines(String name) throws IOException {
		return resource(name).lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).toList();
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = CambodiaSc66FidelityTest.class.getResourceAsStream("/fixtures/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The PDF text with its line breaks and hyphenated line ends joined again. */
	private static String normalise(String pdfText) {
		return pdfText.replaceAll("\\s+", " ").replaceAll("(?<=[a-z])- (?=[a-z])", "-");
	}

}
