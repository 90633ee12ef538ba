package org.niaptracker.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;

import org.niaptracker.report.AssessmentView;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.ReportView;

/**
 * A report as every export shows it: the report (for the Secretariat, while its Party
 * revises it, what was last submitted) and the Secretariat's ratings where the reader may
 * see them.
 */
public record ExportedReport(ReportView report, Map<String, AssessmentView> assessments, String ratingSummary) {

	/** Compiled once: every download's file name is made from its parts. */
	private static final Pattern BLANKS = Pattern.compile("\\s+");

	private static final Pattern NOT_ASCII_LETTER_OR_DIGIT = Pattern.compile("[^A-Za-z0-9]");

	/** A report without the sentence generated from its ratings. */
	public ExportedReport(ReportView report, Map<String, AssessmentView> assessments) {
		this(report, assessments, null);
	}

	/**
	 * A file name from the stamp and the Party, e.g.
	 * {@code SC66-Doc29-Annex19-Cambodia.pdf}; reports not yet published say their
	 * status.
	 */
	public String fileName(String extension) {
		return fileName(this.report.stamp(), this.report.meetingCode(), this.report.partyName(), this.report.status(),
				extension);
	}

	/**
	 * {@link #fileName(String)} from the report's stamp ({@link ReportView#stamp}),
	 * meeting code, Party name and status, without reading the report itself.
	 */
	static String fileName(String stamp, String meetingCode, String partyName, ReportStatus status, String extension) {
		List<String> parts = new ArrayList<>();
		String shown = stamp.isBlank() ? meetingCode : stamp;
		if (!shown.startsWith(meetingCode)) {
			parts.add(meetingCode);
		}
		StringBuilder word = new StringBuilder();
		for (String token : BLANKS.split(shown.replace(".", " ").trim())) {
			word.append(ascii(token));
			if (token.chars().anyMatch(Character::isDigit)) {
				parts.add(word.toString());
				word.setLength(0);
			}
		}
		if (!word.isEmpty()) {
			parts.add(word.toString());
		}
		parts.add(ascii(partyName));
		if (status != ReportStatus.PUBLISHED) {
			parts.add(status.name().toLowerCase(Locale.ROOT));
		}
		return String.join("-", parts.stream().filter((part) -> !part.isEmpty()).toList()) + "." + extension;
	}

	private static String ascii(String text) {
		return NOT_ASCII_LETTER_OR_DIGIT.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
	}

}
