package org.niaptracker.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletContext;
import org.niaptracker.review.PublishedOverview;
import org.niaptracker.web.TemplatesOutsideRequests;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The annex as the Standing Committee publishes it, in HTML: the one template behind the
 * print view and the PDF. In English, the language of the report, whatever the reader's
 * language (the annex's own language line says so).
 */
@Component
public class AnnexRenderer {

	static final Locale ANNEX_LANGUAGE = Locale.ENGLISH;

	private static final String STYLESHEET = "/css/annex.css";

	private final TemplatesOutsideRequests templates;

	private final AnnexText text;

	private final String css;

	private final ObjectProvider<ResourceUrlProvider> resources;

	private final ObjectProvider<ServletContext> servlet;

	AnnexRenderer(TemplatesOutsideRequests templates, AnnexText text, ObjectProvider<ResourceUrlProvider> resources,
			ObjectProvider<ServletContext> servlet) {
		this.templates = templates;
		this.text = text;
		this.resources = resources;
		this.servlet = servlet;
		this.css = resource("/static" + STYLESHEET);
	}

	/** The annex for the PDF renderer, its stylesheet inline. */
	public String html(ExportedReport report) {
		return html(report, null);
	}

	/**
	 * The annex for the print view: it links the stylesheet (a browser's
	 * Content-Security-Policy allows no inline style) at its address with its content
	 * hash, which browsers may keep for a year and which changes only with the build.
	 */
	String printHtml(ExportedReport report) {
		ResourceUrlProvider resources = this.resources.getIfAvailable();
		String versioned = (resources != null) ? resources.getForLookupPath(STYLESHEET) : null;
		ServletContext servlet = this.servlet.getIfAvailable();
		return html(report,
				((servlet != null) ? servlet.getContextPath() : "") + ((versioned != null) ? versioned : STYLESHEET));
	}

	private String html(ExportedReport report, String stylesheet) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("stylesheet", stylesheet);
		variables.put("report", report.report());
		variables.put("assessments", report.assessments());
		variables.put("ratingSummary", report.ratingSummary());
		variables.put("title", this.text.documentTitle(report.report()));
		variables.put("subject", this.text.subject(report.report()));
		variables.put("unpublished", this.text.unpublishedMark(report.report()));
		variables.put("partB", PartBLayout.of(report.report()));
		variables.put("annexCss", this.css);
		return this.templates.render("export/annex", Set.of(), ANNEX_LANGUAGE, variables);
	}

	/**
	 * A meeting's public overview for the PDF renderer, in the annex's language: its
	 * document stamp, the table of shares and the chart.
	 */
	public String overviewHtml(PublishedOverview overview) {
		return this.templates.render("export/overview", Set.of(), ANNEX_LANGUAGE,
				Map.of("overview", overview, "title", this.text.overviewTitle(overview)));
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
