package org.niaptracker.report.lifecycle.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.niaptracker.test.ReportViews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TemplateLeftoversTest {

	/** What Cambodia's SC66 report still carries under action 1.2, verbatim. */
	private static final String INSTRUCTION = "Progress summary – if required, note significant achievements, "
			+ "any upcoming challenges or concerns and/or important next steps to complete.";

	private final TemplateLeftovers check = new TemplateLeftovers();

	@Test
	void aCleanReportHasNoFinding() {
		assertThat(this.check.check(ReportViews.sc66Like().build())).isEmpty();
	}

	@Test
	void anUnfilledRatingPlaceholderInAPointIsFoundOnItsAction() {
		var report = ReportViews.sc66Like().points("5.2", "No progress to date.", "[PROGRESS RATING]").build();

		assertThat(this.check.check(report).toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.messageKey()).isEqualTo("check.leftover.action");
			assertThat(finding.actionNumber()).isEqualTo("5.2");
			assertThat(finding.anchor()).isEqualTo("action-5.2");
			assertThat(finding.getArguments()).containsExactly("5.2", "[PROGRESS RATING]");
		});
	}

	@Test
	void theTemplateInstructionLineIsFoundAndShortened() {
		var report = ReportViews.sc66Like()
			.points("1.2", "We are reviewing the Stop Ivory protocol.", INSTRUCTION, "Progress has been delayed.")
			.build();

		assertThat(this.check.check(report).toList()).singleElement().satisfies((finding) -> {
			assertThat(finding.actionNumber()).isEqualTo("1.2");
			String shown = (String) finding.getArguments()[1];
			assertThat(shown).hasSize(80).startsWith("Progress summary – if required").endsWith("…");
			assertThat(INSTRUCTION).startsWith(shown.substring(0, 79));
		});
	}

	@Test
	void oneFindingPerActionTheTitleFirst() {
		var report = ReportViews.sc66Like()
			.title("2.1", "[Action]")
			.points("2.1", "[Insert progress]", "[Describe next steps]")
			.build();

		assertThat(this.check.check(report).toList()).extracting(Finding::actionNumber, (f) -> f.getArguments()[1])
			.containsExactly(tuple("2.1", "[Action]"));
	}

	@Test
	void partAAndCoverLeftoversPointThere() {
		var report = ReportViews.sc66Like()
			.synopsis("[Insert a synopsis of NIAP implementation]")
			.futureOutlook("Some outlook.", "Insert progress rating here")
			.preparedBy("[Name]")
			.points("3.2", "[Enter the points]")
			.build();

		assertThat(this.check.check(report).toList())
			.extracting(Finding::messageKey, Finding::anchor, Finding::actionNumber, (f) -> f.getArguments()[0])
			.containsExactly(tuple("check.leftover.action", "action-3.2", "3.2", "3.2"),
					tuple("check.leftover.partA", "part-a", null, "[Insert a synopsis of NIAP implementation]"),
					tuple("check.leftover.partA", "part-a", null, "Insert progress rating here"),
					tuple("check.leftover.cover", "cover", null, "[Name]"));
	}

	@Test
	void theGroupHeadingAndLanguageLineAreCoverTexts() {
		var report = ReportViews.sc66Like().groupHeading("[GROUP HEADING]").languageLine("[LANGUAGE]").build();

		assertThat(this.check.check(report).toList()).extracting(Finding::anchor, (f) -> f.getArguments()[0])
			.containsExactly(tuple("cover", "[GROUP HEADING]"), tuple("cover", "[LANGUAGE]"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[PROGRESS RATING]", "Rated [ON TRACK] by us", "[Name]", "[Title]", "[Insert date]",
			"[Enter text here]", "[Describe progress]", "PROGRESS SUMMARY - IF REQUIRED, note",
			"Summarize progress made since the last report", "Note significant achievements, any upcoming challenges" })
	void templateTextIsALeftover(String text) {
		assertThat(TemplateLeftovers.leftover(text)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "The Minister [sic] signed it.", "Adopted in [2015].", "The [UN] agencies", "[name]",
			"We summarised the progress.", "   ", "" })
	void ordinaryTextIsNot(String text) {
		assertThat(TemplateLeftovers.leftover(text)).isEmpty();
	}

	@Test
	void noTextIsNoLeftover() {
		assertThat(TemplateLeftovers.leftover(null)).isEmpty();
	}

	@Test
	void aPlaceholderIsShownAsWrittenWithoutTheSentenceAroundIt() {
		assertThat(TemplateLeftovers.leftover("Prepared by [Name], focal point")).contains("[Name]");
	}

}
