package org.niaptracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.ReportViews;
import org.niaptracker.test.TestMessages;

import static org.assertj.core.api.Assertions.assertThat;

class RatingSummaryTest {

	private static final Locale FRENCH = Locale.FRENCH;

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final RatingSummary summary = new RatingSummary(TestMessages.messageSource());

	@Test
	void theSc66SentenceInEnglish() {
		assertThat(this.summary.of(ReportViews.sc66Like().build(), Locale.ENGLISH)).isEqualTo(
				"Nine out of the thirteen actions are on track, two substantially achieved and two challenging.");
	}

	@Test
	void theSc66SentenceInFrench() {
		assertThat(this.summary.of(ReportViews.sc66Like().build(), FRENCH)).isEqualTo(
				"Neuf des treize actions sont en bonne voie, deux en grande partie réalisées et deux en difficulté.");
	}

	@Test
	void theSc66SentenceInSpanish() {
		assertThat(this.summary.of(ReportViews.sc66Like().build(), SPANISH)).isEqualTo(
				"Nueve de las trece acciones están en curso, dos sustancialmente logradas y dos con dificultades.");
	}

	@Test
	void anUnratedActionIsCountedLastAmongEqualCounts() {
		ReportView report = ReportViews.sc66Like().unrated("1.2").build();

		assertThat(this.summary.of(report, Locale.ENGLISH)).isEqualTo(
				"Nine out of the thirteen actions are on track, two substantially achieved, one challenging and one not yet rated.");
		assertThat(this.summary.of(report, FRENCH)).isEqualTo(
				"Neuf des treize actions sont en bonne voie, deux en grande partie réalisées, une en difficulté et une pas encore évaluée.");
		assertThat(this.summary.of(report, SPANISH)).isEqualTo(
				"Nueve de las trece acciones están en curso, dos sustancialmente logradas, una con dificultades y una sin evaluar.");
	}

	/**
	 * The spell-out formats are kept per locale and shared by all requests: readers in
	 * three languages at once each get their own sentence, never a mixed one.
	 */
	@Test
	void readersInThreeLanguagesAtOnceEachGetTheirSentence() throws Exception {
		ReportView report = ReportViews.sc66Like().build();
		Map<Locale, String> expected = Map.of(Locale.ENGLISH, this.summary.of(report, Locale.ENGLISH), FRENCH,
				this.summary.of(report, FRENCH), SPANISH, this.summary.of(report, SPANISH));
		List<Locale> locales = List.of(Locale.ENGLISH, FRENCH, SPANISH);
		ExecutorService readers = Executors.newFixedThreadPool(6);
		try {
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < 600; i++) {
				Locale locale = locales.get(i % 3);
				answers.add(readers.submit(() -> expected.get(locale).equals(this.summary.of(report, locale))));
			}
			for (Future<Boolean> answer : answers) {
				assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
			}
		}
		finally {
			readers.shutdownNow();
		}
	}

	@Test
	void aSingleAction() {
		ReportView report = ReportViews.report().action("1.1", "Revise the Prakas", ReportViews.ON_TRACK).build();

		assertThat(this.summary.of(report, Locale.ENGLISH)).isEqualTo("The only action is on track.");
		assertThat(this.summary.of(report, FRENCH)).isEqualTo("La seule action est en bonne voie.");
		assertThat(this.summary.of(report, SPANISH)).isEqualTo("La única acción está en curso.");
	}

	@Test
	void aSingleUnratedAction() {
		ReportView report = ReportViews.report().action("1.1", "Revise the Prakas", null).build();

		assertThat(this.summary.of(report, Locale.ENGLISH)).isEqualTo("The only action is not yet rated.");
	}

	@Test
	void allActionsWithTheSameRating() {
		ReportView report = ReportViews.report()
			.action("1.1", "One", ReportViews.CHALLENGING)
			.action("1.2", "Two", ReportViews.CHALLENGING)
			.action("1.3", "Three", ReportViews.CHALLENGING)
			.build();

		assertThat(this.summary.of(report, Locale.ENGLISH)).isEqualTo("All three actions are challenging.");
		assertThat(this.summary.of(report, FRENCH)).isEqualTo("Les trois actions sont toutes en difficulté.");
		assertThat(this.summary.of(report, SPANISH)).isEqualTo("Las tres acciones están con dificultades.");
	}

	@Test
	void aTieIsOrderedByTheScaleAndOneTakesTheSingular() {
		ReportView report = ReportViews.report()
			.action("1.1", "One", ReportViews.CHALLENGING)
			.action("1.2", "Two", ReportViews.ON_TRACK)
			.build();

		assertThat(this.summary.of(report, Locale.ENGLISH))
			.isEqualTo("One out of the two actions is on track and one challenging.");
		assertThat(this.summary.of(report, FRENCH))
			.isEqualTo("Une des deux actions est en bonne voie et une en difficulté.");
		assertThat(this.summary.of(report, SPANISH))
			.isEqualTo("Una de las dos acciones está en curso y una con dificultades.");
	}

	@Test
	void noSentenceForAReportWithoutActions() {
		assertThat(this.summary.of(ReportViews.report().build(), Locale.ENGLISH)).isNull();
	}

}
