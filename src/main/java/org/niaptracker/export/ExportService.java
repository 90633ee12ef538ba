package org.niaptracker.export;

import org.niaptracker.report.RatingSummary;
import org.niaptracker.report.ReportReader;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.ReportValidator;
import org.niaptracker.report.ReportValidator.PublishedFile;
import org.niaptracker.report.ReportingPeriod;
import org.niaptracker.report.VisibleReport;
import org.niaptracker.review.OverviewService;
import org.niaptracker.review.PublishedOverview;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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
 * comes from the review's {@code OverviewService}, published figures only. The annex of a
 * published report (PDF, Word, print view) is rendered once and kept ({@link KeptFiles});
 * a published report's downloads carry a validator from its versions, so that a reader
 * who has the file already, or a kept file, is answered without reading the report
 * ({@link #download}).
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

	/** The report as its exports print it, for the current reader. */
	public ExportedReport load(String partyCode, String meetingCode) {
		return exported(this.reports.read(partyCode, meetingCode));
	}

	/**
	 * A report's download for the current reader, with the read permissions of its page.
	 * A published report's file carries a validator ({@link ReportValidator#ofDownload}).
	 * When it may answer the request ({@code conditional}, or the annex, which is kept),
	 * it is read first with one plain statement: a reader whose copy is {@code current}
	 * gets no content after that statement, and a kept annex is sent from this instance's
	 * memory or after one statement more, without loading the report. Otherwise the
	 * report is loaded and the file made: a PDF or Word file in one of the few
	 * {@link RenderingSlots}, once for all who ask for it at the same moment, and kept
	 * when the report is published. Without a transaction of its own, so that a render
	 * holds no connection: each read is one (in a caller's transaction, they all join
	 * it).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Download download(String partyCode, String meetingCode, ReportFile file, boolean conditional,
			Predicate<String> current) {
		Optional<PublishedFile> looked = Optional.empty();
		if (conditional || file.isAnnex()) {
			looked = this.validator.ofPublishedDownload(partyCode, meetingCode, file.extension(), file.isAnnex(),
					AnnexRenderer.ANNEX_LANGUAGE);
			Optional<Download> answer = looked.flatMap((published) -> answered(published, file, current));
			if (answer.isPresent()) {
				return answer.get();
			}
		}
		ReportingPeriod report = this.reports.findReadable(partyCode, meetingCode);
		Optional<PublishedFile> published = this.validator.ofDownload(report, file.extension(), file.isAnnex(),
				AnnexRenderer.ANNEX_LANGUAGE, looked);
		if (published.isPresent()) {
			PublishedFile download = published.get();
			if (current.test(download.etag())) {
				return new Download(fileName(download, file), download.etag(), null);
			}
			// The kept file was looked for under this key already, and not found.
			boolean keptLooked = looked.map(PublishedFile::etag).filter(download.etag()::equals).isPresent();
			return new Download(fileName(download, file), download.etag(),
					published(report, file, download, !keptLooked));
		}
		// Not published: its file name and content follow what the reader is shown (for
		// the Secretariat, while the Party revises it, the last submission).
		ExportedReport exported = exported(report);
		return new Download(exported.fileName(file.extension()), null, render(exported, file));
	}

	/**
	 * The answer to a download from its validator alone: none for a reader whose copy is
	 * current, or a kept annex; empty when the file is to be made.
	 */
	private Optional<Download> answered(PublishedFile published, ReportFile file, Predicate<String> current) {
		if (current.test(published.etag())) {
			return Optional.of(new Download(fileName(published, file), published.etag(), null));
		}
		if (!file.isAnnex()) {
			return Optional.empty();
		}
		return this.kept.find(variant(published, file), published.etag())
			.map((content) -> new Download(fileName(published, file), published.etag(), content));
	}

	private static String fileName(PublishedFile published, ReportFile file) {
		return ExportedReport.fileName(published.stamp(), published.meetingCode(), published.partyName(),
				ReportStatus.PUBLISHED, file.extension());
	}

	private static KeptFiles.Variant variant(PublishedFile published, ReportFile file) {
		return new KeptFiles.Variant(published.reportId(), file.extension(),
				AnnexRenderer.ANNEX_LANGUAGE.toLanguageTag(), published.secretariatRatings());
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
			ReportingPeriod report = this.reports.findReadable(party, meetingCode);
			Optional<PublishedFile> published = this.validator.ofDownload(report, ReportFile.PDF.extension(), true,
					AnnexRenderer.ANNEX_LANGUAGE, Optional.empty());
			annexes.add(published.isPresent() ? published(report, ReportFile.PDF, published.get(), true)
					: render(exported(report), ReportFile.PDF));
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

	/**
	 * A published report's file: the annex kept under its validator (looked for in
	 * memory, then with one statement, unless {@code look} is false: looked for already),
	 * or else rendered and kept; JSON and CSV made now.
	 */
	private byte[] published(ReportingPeriod report, ReportFile file, PublishedFile published, boolean look) {
		if (!file.isAnnex()) {
			return render(exported(report), file);
		}
		KeptFiles.Variant variant = variant(published, file);
		Optional<byte[]> kept = look ? this.kept.find(variant, published.etag()) : Optional.empty();
		return kept.orElseGet(() -> this.kept.render(variant, published.etag(), () -> render(exported(report), file)));
	}

	/**
	 * The file made from the report: the annex as PDF or Word in one of the few
	 * {@link RenderingSlots} (for {@link #download}, without a transaction); the print
	 * view, JSON and CSV at once.
	 */
	private byte[] render(ExportedReport report, ReportFile file) {
		return switch (file) {
			case PDF -> this.slots.render(() -> timed("pdf", () -> this.pdf.render(this.annex.html(report))));
			case DOCX -> this.slots.render(() -> timed("docx", () -> this.docx.render(report)));
			case PRINT -> timed("print", () -> this.annex.printHtml(report)).getBytes(StandardCharsets.UTF_8);
			case JSON -> timed("json", () -> this.data.json(report)).getBytes(StandardCharsets.UTF_8);
			case CSV -> timed("csv", () -> this.data.csv(report)).getBytes(StandardCharsets.UTF_8);
		};
	}

	/** The report read for the reader (Secretariat's ratings included where visible). */
	private ExportedReport exported(ReportingPeriod report) {
		return exported(this.reports.read(report));
	}

	private ExportedReport exported(VisibleReport report) {
		return new ExportedReport(report.report(), report.assessments(),
				this.ratingSummary.of(report.report(), AnnexRenderer.ANNEX_LANGUAGE));
	}

	/** How long each kind of export takes: {@code niap_exports_seconds{format="pdf"}}. */
	private <T> T timed(String format, Supplier<T> export) {
		return Timer.builder("niap.exports").tag("format", format).register(this.registry).record(export);
	}

}
