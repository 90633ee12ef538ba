package org.niaptracker.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.niaptracker.review.PublishedOverview;

/**
 * File names of a meeting's public overview, from its document like the annexes': "SC70
 * Doc. 27.4 Annex 1" gives {@code SC70-Doc27.4-Annex1.pdf}; without a document,
 * {@code SC70-overview.pdf}.
 */
final class OverviewFiles {

	private OverviewFiles() {
	}

	static String name(PublishedOverview overview, String extension) {
		return name(overview.meetingCode(), overview.documentRef(), extension);
	}

	static String name(String meetingCode, String documentRef, String extension) {
		if (documentRef == null || documentRef.isBlank()) {
			return meetingCode + "-overview." + extension;
		}
		List<String> parts = new ArrayList<>();
		if (!documentRef.strip().startsWith(meetingCode)) {
			parts.add(meetingCode);
		}
		StringBuilder word = new StringBuilder();
		for (String token : documentRef.strip().split("\\s+")) {
			// Letters, digits and the dots inside a number (27.4); "Doc." loses its dot.
			String ascii = Normalizer.normalize(token, Normalizer.Form.NFD)
				.replaceAll("[^A-Za-z0-9.]", "")
				.replaceAll("^\\.+|\\.+$", "");
			word.append(ascii);
			if (ascii.chars().anyMatch(Character::isDigit)) {
				parts.add(word.toString());
				word.setLength(0);
			}
		}
		if (!word.isEmpty()) {
			parts.add(word.toString());
		}
		return String.join("-", parts.stream().filter((part) -> !part.isEmpty()).toList()) + "." + extension;
	}

}
