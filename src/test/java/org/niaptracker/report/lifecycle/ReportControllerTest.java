package org.niaptracker.report.lifecycle;

import org.niaptracker.test.WebSliceTest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.niaptracker.model.NotFoundException;
import org.niaptracker.model.StaleVersionException;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.ReportValidator;
import org.niaptracker.report.ReportView;
import org.niaptracker.report.lifecycle.check.Finding;
import org.niaptracker.test.ReportViews;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The report page and its life-cycle moves, with the service mocked: what the page shows
 * of a {@link ReportPage}, and how refusals become pages. No database.
 */
@WebSliceTest(ReportController.class)
class ReportControllerTest {

	private static final String SC66 = "/parties/KH/reports/SC66";

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ReportLifecycleService lifecycle;

	/** Signed-in or draft pages carry no validator: the mock's empty answer. */
	@MockitoBean
	private ReportValidator validator;

	/** Nothing kept: the mock's empty answer. */
	@MockitoBean
	private PublicReportPages publicPages;

	@Test
	void theReportPageShowsPartsBAndCFromTheReport() throws Exception {
		given(this.lifecycle.page(eq("KH"), eq("SC66"), any()))
			.willReturn(Optional.of(page(ReportViews.sc66Like().build())));

		Document html = html(this.mvc.perform(get(SC66)).andReturn(), 200);

		assertThat(html.select(".stamp__ref").text()).isEqualTo("SC66 Doc. 29 Annex 19");
		assertThat(html.select("table.part-b tr[data-pillar=1] td[data-rating=CHALLENGING] li[data-action]")
			.eachAttr("data-action")).containsExactly("1.2");
		assertThat(html.select("table.part-b tr[data-pillar=2] td[data-rating=ON_TRACK] li[data-action]")
			.eachAttr("data-action")).containsExactly("2.1", "2.2", "2.3", "2.5");
		assertThat(html.select("table.part-b th[data-rating=UNRATED]")).isEmpty();
		assertThat(html.select("table.part-c tr.part-c__action").eachAttr("data-action")).hasSize(13);
		assertThat(html.select("#action-5\\.2 .rating-badge").attr("data-rating")).isEqualTo("ON_TRACK");
		assertThat(html.select("#action-4\\.1 .points li").text())
			.isEqualTo("The national action plan has been drafted.");
		assertThat(html.select("[data-generated=rating-summary] > span:last-child").text()).isEqualTo(
				"Nine out of the thirteen actions are on track, two substantially achieved and two challenging.");
		assertThat(html.select(".cover__meeting").text()).contains("66th");
		assertThat(html.select("#checks")).as("no checks on a published report").isEmpty();
	}

	@Test
	void theReportPageInFrench() throws Exception {
		given(this.lifecycle.page(eq("KH"), eq("SC66"), any()))
			.willReturn(Optional.of(page(ReportViews.sc66Like().build())));

		Document html = html(this.mvc.perform(get(SC66).param("lang", "fr")).andReturn(), 200);

		assertThat(html.select("html").attr("lang")).isEqualTo("fr");
		assertThat(html.select("[data-generated=rating-summary] > span:last-child").text()).isEqualTo(
				"Neuf des treize actions sont en bonne voie, deux en grande partie réalisées et deux en difficulté.");
		assertThat(html.select(".cover__meeting").text()).contains("66e");
	}

	@Test
	void aDraftShowsItsFindingsAndAnUnratedColumn() throws Exception {
		ReportView draft = ReportViews.sc66Like().status(ReportStatus.DRAFT).unrated("1.2").points("2.3").build();
		ReportPage page = new ReportPage(draft, 7, List.of(), List.of(LifecycleStep.SUBMIT),
				List.of(Finding.ofAction("check.unrated", "1.2"), Finding.ofAction("check.noPoints", "2.3")), null,
				false, Map.of(), false, true, false, null, null);
		given(this.lifecycle.page(eq("KH"), eq("SC66"), any())).willReturn(Optional.of(page));

		Document html = html(this.mvc.perform(get(SC66)).andReturn(), 200);

		assertThat(html.select("[data-status=status]").text()).isEqualTo("Draft");
		assertThat(html.select("#checks li").eachAttr("data-action")).containsExactly("1.2", "2.3");
		assertThat(html.select("#checks li[data-check=check.unrated] a").text()).isEqualTo("Action 1.2 has no rating.");
		assertThat(html.select("#checks li[data-check=check.unrated] a").attr("href")).isEqualTo("#action-1.2");
		assertThat(html.select("table.part-b tr[data-pillar=1] td[data-rating=UNRATED] li").eachAttr("data-action"))
			.containsExactly("1.2");
		assertThat(html.select("#action-2\\.3 .points")).isEmpty();
		assertThat(html.select("form[data-step=submit] input[name=version]").val()).isEqualTo("7");
		assertThat(html.select("[data-generated=rating-summary] > span:last-child").text())
			.endsWith("one challenging and one not yet rated.");
	}

	@Test
	void anUnknownReportIsThe404Page() throws Exception {
		given(this.lifecycle.page(eq("XX"), eq("SC66"), any())).willThrow(new NotFoundException("No Party XX"));

		Document html = html(this.mvc.perform(get("/parties/XX/reports/SC66")).andReturn(), 404);

		assertThat(html.select("[data-error=404] h1").text()).isEqualTo("Page not found");
	}

	@Test
	void aStaleVersionIsThe409PageLinkingToTheLatestReport() throws Exception {
		willThrow(new StaleVersionException("report: form version 3, stored 4")).given(this.lifecycle)
			.move(eq("KH"), eq("SC66"), eq(LifecycleStep.ACCEPT), any(TransitionForm.class));

		Document html = html(this.mvc
			.perform(post(SC66 + "/lifecycle/accept").param("message", "")
				.param("version", "3")
				.with(user("secretariat").roles("SECRETARIAT"))
				.with(csrf()))
			.andReturn(), 409);

		assertThat(html.select("[data-error=409] .lead").text())
			.isEqualTo("The record was changed by someone else after you opened it. Nothing was overwritten.");
		assertThat(html.select("[data-error=409] a").eachAttr("href")).contains(SC66);
	}

	@Test
	void anUnknownStepIs404AndMovesNothing() throws Exception {
		Document html = html(this.mvc.perform(
				post(SC66 + "/lifecycle/delete").param("version", "3").with(user("admin").roles("ADMIN")).with(csrf()))
			.andReturn(), 404);

		assertThat(html.select("[data-error=404]")).hasSize(1);
		then(this.lifecycle).should(never()).move(any(), any(), any(), any());
	}

	@Test
	void aMalformedVersionIs400AndMovesNothing() throws Exception {
		MvcResult result = this.mvc
			.perform(post(SC66 + "/lifecycle/accept").param("version", "abc")
				.with(user("secretariat").roles("SECRETARIAT"))
				.with(csrf()))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		then(this.lifecycle).should(never()).move(any(), any(), any(), any());
	}

	@Test
	void aMoveRedirectsToTheReportSayingWhatMoved() throws Exception {
		MvcResult result = this.mvc
			.perform(post(SC66 + "/lifecycle/accept").param("message", "")
				.param("version", "3")
				.with(user("secretariat").roles("SECRETARIAT"))
				.with(csrf()))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(SC66 + "?moved=accept");
		then(this.lifecycle).should()
			.move(eq("KH"), eq("SC66"), eq(LifecycleStep.ACCEPT),
					org.mockito.ArgumentMatchers.argThat((form) -> form.getVersion() == 3));
	}

	@Test
	void aMoveNeedsASignedInUser() throws Exception {
		MvcResult result = this.mvc
			.perform(post(SC66 + "/lifecycle/accept").param("message", "").param("version", "3").with(csrf()))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
		then(this.lifecycle).should(never()).move(any(), any(), any(), any());
	}

	@Test
	void aMoveWithoutCsrfTokenIsForbidden() throws Exception {
		MvcResult result = this.mvc
			.perform(post(SC66 + "/lifecycle/accept").param("message", "")
				.param("version", "3")
				.with(user("secretariat").roles("SECRETARIAT")))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		then(this.lifecycle).should(never()).move(any(), any(), any(), any());
	}

	private static ReportPage page(ReportView report) {
		return new ReportPage(report, 1, List.of(), List.of(), List.of(), null, false, Map.of(), false, false, false,
				null, null);
	}

	private static Document html(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
