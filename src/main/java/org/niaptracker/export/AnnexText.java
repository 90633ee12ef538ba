package org.niaptracker.export;

import java.time.format.DateTimeFormatter;

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
