package org.niaptracker.export;

import org.niaptracker.report.RatingSummary;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportValidator;
import org.niaptracker.report.VisibleReport;
import org.niaptracker.review.OverviewService;
import org.niaptracker.review.PublishedOverview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.niaptracker.model.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a report for export through the core's read API, with the same read permissions
 * as its page (a draft only for its Party's focal points, the Secretariat and
 * administrators), and loads only what the annex prints: the report, its scale, its
 * evaluations and, where visible, the Secretariat's ratings. A meeting's public overview
 * comes from the review's {@code OverviewService}, published figures only. The PDF and
 * Word files of a published report are rendered once and kept ({@link KeptFiles}).
 */
@Service
@Transactional(readOnly = true)
public class ExportService {

	private final ReportReader reports;

	private final RatingSummary ratingSummary;

	private final MeterRegistry registry;

	private final AnnexRenderer annex;

	private final PdfExporter pdf;

	private final DocxExporter docx;

	private final DataExporter data;

	private final AnnexText text;

	private final OverviewService overviews;

	private final ReportValidator validator;

	private final KeptFiles kept;

	private final RenderingSlots slots;

	ExportService(ReportReader reports, RatingSummary ratingSummary, MeterRegistry registry, AnnexRenderer annex,
			PdfExporter pdf, DocxExporter docx, DataExporter data, AnnexText text, OverviewService overviews,
			ReportValidator validator, KeptFiles kept, RenderingSlots slots) {
		this.slots = slots;
		this.validator = validator;
		this.kept = kept;
		this.text = text;
		this.overviews = overviews;
		this.reports = reports;
		this.ratingSummary = ratingSummary;
		this.registry = registry;
		this.annex = annex;
		this.pdf = pdf;
		this.docx = docx;
		this.data = data;
	}

	public ExportedReport load(String partyCode, String meetingCode) {
		VisibleReport report = this.reports.read(partyCode, meetingCode);
		return new ExportedReport(report.report(), report.assessments(),
				this.ratingSummary.of(report.report(), AnnexRenderer.ANNEX_LANGUAGE));
	}

	/**
	 * Every published report of a meeting as one PDF, one annex after the other (each
	 * keeps its own page numbers), by Party name, with the meeting's own title; 404 when
	 * none is published.
	 */
	public byte[] meetingPdf(String meetingCode) {
		List<String> parties = this.reports.publishedPartyCodes(meetingCode);
		if (parties.isEmpty()) {
			throw new NotFoundException("No published report to " + meetingCode);
		}
		List<byte[]> annexes = new ArrayList<>();
		for (String party : parties) {
			annexes.add(pdf(load(party, meetingCode)));
		}
		return this.pdf.merge(annexes, this.text.get("export.meetingTitle", meetingCode));
	}

	/**
	 * A meeting's public overview, as its downloads print it (in the annexes' language):
	 * 404 for a meeting without a published report, whose overview has nothing to
	 * download.
	 */
	public PublishedOverview overview(String meetingCode) {
		PublishedOverview overview = this.overviews.published(meetingCode, AnnexRenderer.ANNEX_LANGUAGE);
		if (!overview.hasPublished()) {
			throw new NotFoundException("No published report to " + meetingCode);
		}
		return overview;
	}

	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public byte[] overviewPdf(PublishedOverview overview) {
		return this.slots.render(() -> timed("overview-pdf", () -> this.pdf.render(this.annex.overviewHtml(overview))));
	}

	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public byte[] overviewDocx(PublishedOverview overview) {
		return this.slots.render(() -> timed("overview-docx", () -> this.docx.overview(overview)));
	}

	public String overviewCsv(PublishedOverview overview) {
		return timed("overview-csv", () -> this.data.overviewCsv(overview));
	}

	public String printView(ExportedReport report, String stylesheet) {
		return timed("print", () -> this.annex.html(report, stylesheet));
	}

	/**
	 * The validator of a report's download ({@code pdf}, {@code docx}, {@code json},
	 * {@code csv}), from what it prints, the annex's language and the build; empty for a
	 * report not published. A kept file is kept under it.
	 */
	public Optional<String> validator(ExportedReport report, String extension) {
		return this.validator.ofContent(report.report().status(), extension, AnnexRenderer.ANNEX_LANGUAGE,
				report.report(), report.assessments(), report.ratingSummary());
	}

	/**
	 * The annex as PDF, rendered in one of the few {@link RenderingSlots}: a published
	 * report's file is rendered once and kept; without a transaction while it renders (a
	 * kept file is read, or a new one stored, in one statement).
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public byte[] pdf(ExportedReport report) {
		return keptOrRendered(report, "pdf", () -> timed("pdf", () -> this.pdf.render(this.annex.html(report))));
	}

	/** The annex as Word, kept as the PDF is. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public byte[] docx(ExportedReport report) {
		return keptOrRendered(report, "docx", () -> timed("docx", () -> this.docx.render(report)));
	}

	public String json(ExportedReport report) {
		return timed("json", () -> this.data.json(report));
	}

	public String csv(ExportedReport report) {
		return timed("csv", () -> this.data.csv(report));
	}

	private byte[] keptOrRendered(ExportedReport report, String kind, Supplier<byte[]> render) {
		return validator(report, kind)
			.map((key) -> this.kept.get(report, kind, AnnexRenderer.ANNEX_LANGUAGE.toLanguageTag(), key, render))
			.orElseGet(() -> this.slots.render(render));
	}

	/** How long each kind of export takes: {@code niap_exports_seconds{format="pdf"}}. */
	private <T> T timed(String format, Supplier<T> export) {
		return Timer.builder("niap.exports").tag("format", format).register(this.registry).record(export);
	}

}
