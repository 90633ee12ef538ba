package org.niaptracker.export;

import java.time.format.DateTimeFormatter;

import org.niaptracker.report.ReportStatus;
import org.niaptracker.review.PublishedOverview;
import org.niaptracker.report.ReportView;
import org.niaptracker.web.Ordinals;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annex's fixed wording, from the same message keys as the report page, in the
 * annex's language: what the Word export writes around the Party's text.
 */
@Component
class AnnexText {

	private final MessageSource messages;

	private final Ordinals ordinals;

	AnnexText(MessageSource messages, Ordinals ordinals) {
		this.messages = messages;
		this.ordinals = ordinals;
	}

	String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, AnnexRenderer.ANNEX_LANGUAGE);
	}

	/**
	 * The document's title (PDF metadata, Word properties): "SC66 Doc. 29 Annex 19:
	 * Cambodia, report to SC66", or without a document number yet "Cambodia, report to
	 * SC70".
	 */
	String documentTitle(ReportView report) {
		if (report.stamp().isBlank()) {
			return get("export.title.noStamp", report.partyName(), report.meetingCode());
		}
		return get("export.title", report.stamp(), report.partyName(), report.meetingCode());
	}

	/**
	 * A meeting overview's title: "SC70 Doc. 27.4 Annex 1: Overview of the NIAP progress
	 * reports to SC70", or without a document only the latter.
	 */
	String overviewTitle(PublishedOverview overview) {
		String title = get("publicOverview.document.title", overview.meetingCode());
		return (overview.documentRef() != null) ? overview.documentRef() + ": " + title : title;
	}

	String overviewSubject(PublishedOverview overview) {
		return get("publicOverview.document.subject",
				this.ordinals.of(overview.meetingNumber(), AnnexRenderer.ANNEX_LANGUAGE));
	}

	String subject(ReportView report) {
		return get("export.subject", report.partyName(),
				this.ordinals.of(report.meetingNumber(), AnnexRenderer.ANNEX_LANGUAGE));
	}

	/**
	 * What every page of a report not yet published says, e.g. "Draft – not published";
	 * null once published.
	 */
	String unpublishedMark(ReportView report) {
		if (report.status() == ReportStatus.PUBLISHED) {
			return null;
		}
		return get("export.unpublished", get("status." + report.status().name()));
	}

	String title(ReportView report) {
		return get("report.cover.title", report.meetingCode()).toUpperCase(AnnexRenderer.ANNEX_LANGUAGE);
	}

	String preparedFor(ReportView report) {
		return get("report.cover.preparedFor", this.ordinals.of(report.meetingNumber(), AnnexRenderer.ANNEX_LANGUAGE));
	}

	String period(ReportView report) {
		DateTimeFormatter month = DateTimeFormatter.ofPattern(get("format.month"), AnnexRenderer.ANNEX_LANGUAGE);
		return get("report.cover.periodValue", month.format(report.periodStart()), month.format(report.periodEnd()));
	}

	String rating(ReportView.RatingView rating) {
		if (rating == null) {
			return get("rating.unrated");
		}
		return this.messages.getMessage("rating." + rating.code(), null, rating.label(), AnnexRenderer.ANNEX_LANGUAGE);
	}

	static String action(ReportView.ActionView action) {
		return action.number() + " " + action.title() + (action.marked() ? "*" : "");
	}

}
