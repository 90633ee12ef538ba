package org.niaptracker.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.niaptracker.review.PublishedOverview;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The annex as the Standing Committee publishes it, in HTML: the one template behind the
 * print view and the PDF. In English, the language of the report, whatever the reader's
 * language (the annex's own language line says so).
 */
@Component
public class AnnexRenderer {

	static final Locale ANNEX_LANGUAGE = Locale.ENGLISH;

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final AnnexText text;

	private final String css;

	AnnexRenderer(ITemplateEngine templates, ApplicationContext applicationContext, AnnexText text) {
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.text = text;
		this.css = resource("/static/css/annex.css");
	}

	/** The annex for the PDF renderer, its stylesheet inline. */
	public String html(ExportedReport report) {
		return html(report, null);
	}

	/**
	 * The annex; with a stylesheet address it links the stylesheet instead of inlining it
	 * (a browser's Content-Security-Policy allows no inline style).
	 */
	public String html(ExportedReport report, String stylesheet) {
		Context context = new Context(ANNEX_LANGUAGE);
		context.setVariable("stylesheet", stylesheet);
		context.setVariable("report", report.report());
		context.setVariable("assessments", report.assessments());
		context.setVariable("ratingSummary", report.ratingSummary());
		context.setVariable("title", this.text.documentTitle(report.report()));
		context.setVariable("subject", this.text.subject(report.report()));
		context.setVariable("unpublished", this.text.unpublishedMark(report.report()));
		context.setVariable("partB", PartBLayout.of(report.report()));
		context.setVariable("annexCss", this.css);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		return this.templates.process("export/annex", context);
	}

	/**
	 * A meeting's public overview for the PDF renderer, in the annex's language: its
	 * document stamp, the table of shares and the chart.
	 */
	public String overviewHtml(PublishedOverview overview) {
		Context context = new Context(ANNEX_LANGUAGE);
		context.setVariable("overview", overview);
		context.setVariable("title", this.text.overviewTitle(overview));
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		return this.templates.process("export/overview", context);
	}

	private static String resource(String path) {
		try (InputStream in = AnnexRenderer.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
