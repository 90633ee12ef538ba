package org.niaptracker.report.editing;

import org.niaptracker.test.WebSliceTest;

import java.time.YearMonth;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.model.RejectedValueException;
import org.niaptracker.model.StaleVersionException;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.ReportView;
import org.niaptracker.test.ReportViews;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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
 * The focal point's editor with the service mocked: a value the domain rejects is shown
 * beside its field, a tampered hidden field is a 400. No database.
 */
@WebSliceTest(ReportEditController.class)
class ReportEditControllerTest {

	private static final String SC67 = "/parties/KH/reports/SC67";

	/** The evaluation id the builder gives action 1.2 (the second action added). */
	private static final long ACTION_1_2 = 102;

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private ReportEditingService editing;

	@BeforeEach
	void draft() {
		ReportView report = ReportViews.sc66Like()
			.meeting("SC67", 67)
			.status(ReportStatus.DRAFT)
			.documentRef(null)
			.annexRef(null)
			.version("1.2", 5)
			.build();
		given(this.editing.getEditor("KH", "SC67"))
			.willReturn(new EditorView(report, partA(), cover(), List.of(), null, java.util.Map.of(), null));
	}

	@Test
	void theEditorHasAFormPerAction() throws Exception {
		Document html = html(this.mvc.perform(get(SC67 + "/edit")).andReturn(), 200);

		assertThat(html.select("form.action-editor").eachAttr("data-action")).hasSize(13).startsWith("1.1", "1.2");
		Element form = html.selectFirst("form#evaluation-" + ACTION_1_2);
		assertThat(form.attr("action")).isEqualTo(SC67 + "/evaluations/" + ACTION_1_2);
		assertThat(form.select("select[name=rating] option[selected]").val()).isEqualTo("CHALLENGING");
		assertThat(form.select("input[name=version]").val()).isEqualTo("5");
		assertThat(form.select(".field-error")).isEmpty();
		assertThat(html.select("#part-a-form textarea[name=synopsis]").text()).isEqualTo("Largely on track.");
		assertThat(html.select("#cover-form input[name=periodEnd]").val()).isEqualTo("2016-09");
	}

	@Test
	void aRejectedValueIsShownBesideItsFieldWithWhatWasTyped() throws Exception {
		willThrow(new RejectedValueException("points", "edit.point.tooLong")).given(this.editing)
			.saveEvaluation(eq("KH"), eq("SC67"), eq(ACTION_1_2), any(EvaluationForm.class));

		Document html = html(this.mvc.perform(saveAction12("ON_TRACK", "A very long point", "5")).andReturn(), 200);

		Element form = html.selectFirst("form#evaluation-" + ACTION_1_2);
		assertThat(form.select(".alert--error").text()).isEqualTo("Not saved: please correct the fields marked below.");
		assertThat(form.select("#evaluation-" + ACTION_1_2 + "-points-error").text())
			.isEqualTo("A point is too long: at most 4,000 characters each.");
		assertThat(form.select("textarea[name=points]").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("textarea[name=points]").text()).isEqualTo("A very long point");
		assertThat(form.select("select[name=rating] option[selected]").val()).isEqualTo("ON_TRACK");
		assertThat(form.select(".field--error select[name=rating]")).isEmpty();
		assertThat(html.select("form.action-editor .field-error")).as("only the failed form shows errors").hasSize(1);
	}

	@Test
	void aRatingThatIsNotACodeIsRefusedBeforeTheService() throws Exception {
		Document html = html(this.mvc.perform(saveAction12("on track", "A point", "5")).andReturn(), 200);

		assertThat(html.select("#evaluation-" + ACTION_1_2 + "-rating-error").text())
			.isEqualTo("Choose a rating from the list.");
		then(this.editing).should(never()).saveEvaluation(any(), any(), anyLong(), any());
	}

	@Test
	void aMalformedVersionIs400AndSavesNothing() throws Exception {
		MvcResult result = this.mvc.perform(saveAction12("ON_TRACK", "A point", "five")).andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		then(this.editing).should(never()).saveEvaluation(any(), any(), anyLong(), any());
	}

	@Test
	void aMissingVersionIs400() throws Exception {
		MvcResult result = this.mvc
			.perform(post(SC67 + "/cover").param("preparedBy", "Someone")
				.with(user("focal.kh").roles("FOCAL_POINT"))
				.with(csrf()))
			.andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		then(this.editing).should(never()).saveCover(any(), any(), any());
	}

	@Test
	void aSaveRedirectsToTheSavedAction() throws Exception {
		MvcResult result = this.mvc.perform(saveAction12("ON_TRACK", "Done.", "5")).andReturn();

		assertThat(result.getResponse().getRedirectedUrl())
			.isEqualTo(SC67 + "/edit?saved=" + ACTION_1_2 + "#evaluation-" + ACTION_1_2);
		then(this.editing).should()
			.saveEvaluation(eq("KH"), eq("SC67"), eq(ACTION_1_2),
					org.mockito.ArgumentMatchers.argThat((form) -> form.getVersion() == 5
							&& form.getRating().equals("ON_TRACK") && form.pointList().equals(List.of("Done."))));
	}

	@Test
	void aStaleSaveIsThe409PageLinkingToTheEditor() throws Exception {
		willThrow(new StaleVersionException("evaluation: form version 4, stored 5")).given(this.editing)
			.saveEvaluation(eq("KH"), eq("SC67"), eq(ACTION_1_2), any(EvaluationForm.class));

		Document html = html(this.mvc.perform(saveAction12("ON_TRACK", "Done.", "4")).andReturn(), 409);

		assertThat(html.select("[data-error=409] a").eachAttr("href")).contains(SC67 + "/edit");
	}

	private static MockHttpServletRequestBuilder saveAction12(String rating, String points, String version) {
		return post(SC67 + "/evaluations/" + ACTION_1_2).param("rating", rating)
			.param("points", points)
			.param("version", version)
			.with(user("focal.kh").roles("FOCAL_POINT"))
			.with(csrf());
	}

	private static PartAForm partA() {
		PartAForm form = new PartAForm();
		form.setSynopsis("Largely on track.");
		form.setVersion(3);
		return form;
	}

	private static CoverForm cover() {
		CoverForm form = new CoverForm();
		form.setPeriodStart(YearMonth.of(2015, 10));
		form.setPeriodEnd(YearMonth.of(2016, 9));
		form.setPreparedBy("Heng Kimchhay");
		form.setVersion(3);
		return form;
	}

	private static Document html(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
