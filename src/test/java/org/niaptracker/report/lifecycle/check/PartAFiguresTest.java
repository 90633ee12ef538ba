package org.niaptracker.report.lifecycle.check;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.ReportViews;
import org.niaptracker.test.TestMessages;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures in the Party's Part A text that contradict its ratings, in three languages. */
class PartAFiguresTest {

	private static final String SC66_TEXT = "Nine out of the thirteen actions are rated as on track and two are "
			+ "substantially achieved, with two rated as challenging. Much of the actions are due to commence.";

	private final PartAFigures check = new PartAFigures();

	private final MessageSource messages = TestMessages.messageSource();

	@Test
	void theSc66TextAgreesWithTheSc66Ratings() {
		assertThat(this.check.check(ReportViews.sc66Like().progressToDate(SC66_TEXT).build())).isEmpty();
	}

	@Test
	void carriedOverTextThatNoLongerAgreesIsAWarningNotABlock() {
		// SC67 moved 1.2 from challenging to on track: ten on track, one challenging.
		var report = ReportViews.sc66Like().progressToDate(SC66_TEXT).rating("1.2", ReportViews.ON_TRACK).build();
		assertThat(this.check.check(report).toList()).allMatch(Finding::warning)
			.extracting((finding) -> this.messages.getMessage(finding, Locale.ENGLISH))
			.containsExactlyInAnyOrder("Part A says 9 actions are “On track”; Part B has 10.",
					"Part A says 2 actions are “Challenging”; Part B has 1.");
	}

	@Test
	void frenchAndSpanishFiguresAreReadToo() {
		var french = ReportViews.sc66Like()
			.progressToDate("Neuf des treize actions sont en bonne voie, deux en grande partie réalisées et trois "
					+ "en difficulté.")
			.build();
		assertThat(this.check.check(french).toList()).singleElement()
			.satisfies((finding) -> assertThat(finding.getArguments()[0]).isEqualTo(3));
		var spanish = ReportViews.sc66Like()
			.progressToDate("Diez de las catorce acciones están en curso y dos con dificultades.")
			.build();
		assertThat(this.check.check(spanish).toList())
			.extracting((finding) -> this.messages.getMessage(finding, Locale.forLanguageTag("es")))
			.containsExactlyInAnyOrder("La parte A habla de 14 acciones; el informe tiene 13.",
					"La parte A dice que hay 10 acciones «En curso»; la parte B tiene 9.");
	}

	@Test
	void textWithoutFiguresIsLeftAlone() {
		var report = ReportViews.sc66Like()
			.progressToDate("Overall the implementation is largely on track, with some activities delayed.")
			.build();
		assertThat(this.check.check(report)).isEmpty();
	}

}
