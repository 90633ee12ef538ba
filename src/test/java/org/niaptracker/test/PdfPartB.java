package org.niaptracker.test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads Part B of an annex PDF (SC65/SC66 scale) as a reader sees it: which rating column
 * each action number stands in.
 */
public final class PdfPartB {

	private static final Pattern ACTION_NUMBER = Pattern.compile("\\d+\\.\\d+");

	private PdfPartB() {
	}

	/**
	 * Part B of the PDF: between its heading and Part C's, each action number mapped to
	 * the rating whose column header stands nearest to its left. Works on the words and
	 * their positions as PDFBox extracts them.
	 */
	public static Map<String, String> columns(PDDocument document) throws IOException {
		record Word(String text, float x) {
		}
		List<Word> words = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				StringBuilder word = new StringBuilder();
				float x = 0;
				for (TextPosition position : positions) {
					String character = position.getUnicode();
					if (character.isBlank()) {
						if (!word.isEmpty()) {
							words.add(new Word(word.toString(), x));
							word.setLength(0);
						}
						continue;
					}
					if (word.isEmpty()) {
						x = position.getXDirAdj();
					}
					word.append(character);
				}
				if (!word.isEmpty()) {
					words.add(new Word(word.toString(), x));
				}
			}
		};
		stripper.setSortByPosition(true);
		stripper.getText(document);
		List<String> labels = List.of("Substantially achieved", "On track", "Challenging", "Unclear");
		List<String> firstWords = List.of("Substantially", "On", "Challenging", "Unclear");
		float[] headerX = new float[labels.size()];
		Map<String, String> columns = new TreeMap<>();
		boolean inPartB = false;
		for (int w = 0; w + 1 < words.size(); w++) {
			String text = words.get(w).text();
			if (text.equals("PART")) {
				inPartB = words.get(w + 1).text().startsWith("B");
				continue;
			}
			if (!inPartB) {
				continue;
			}
			int header = firstWords.indexOf(text);
			if (header >= 0 && headerX[header] == 0 && (header != 1 || words.get(w + 1).text().equals("track"))) {
				headerX[header] = words.get(w).x();
			}
			if (ACTION_NUMBER.matcher(text).matches() && headerX[0] > 0) {
				int column = -1;
				for (int i = 0; i < headerX.length; i++) {
					if (headerX[i] > 0 && words.get(w).x() >= headerX[i] - 2) {
						column = i;
					}
				}
				columns.put(text, (column >= 0) ? labels.get(column) : "left of the ratings");
			}
		}
		return columns;
	}

}
