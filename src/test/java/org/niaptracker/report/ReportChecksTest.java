package org.niaptracker.report;

import org.niaptracker.report.lifecycle.check.Finding;
import org.niaptracker.report.lifecycle.check.ReportChecks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The submission checks on Cambodia's SC66 text, and on copies of it with each kind of
 * leftover put back in; and Part A's sentence generated from the SC66 ratings.
 */
@PostgresTest
class ReportChecksTest {

	@Autowired
	private ReportReader reports;

	@Autowired
	private ReportChecks checks;

	@Autowired
	private RatingSummary summary;

	@Autowired
	private MessageSource messages;

	@Test
	void theSc66TextHasExactlyOneLeftoverTheInstructionLineOf12() {
		List<Finding> findings = this.checks.run(sc66());
		assertThat(findings).extracting(Finding::messageKey, Finding::actionNumber, Finding::anchor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("check.leftover.action", "1.2", "action-1.2"));
		assertThat(text(findings.get(0))).startsWith(
				"Action 1.2 still contains template text: “Progress summary – if required, note significant achievements");
	}

	@Test
	void eachKindOfLeftoverIsCaughtAndNamesWhereItIs() {
		ReportView base = withoutInstructionLine(sc66());
		assertThat(this.checks.run(base)).as("the SC66 text with 1.2's instruction line removed").isEmpty();

		assertThat(keysAndPlaces(withAction(base, "5.2", (a) -> points(a, List.of("[PROGRESS RATING]")))))
			.containsExactly("check.leftover.action@action-5.2");
		// Part A still says nine actions are on track; now eight are: a warning beside
		// the block.
		assertThat(keysAndPlaces(withAction(base, "2.1", (a) -> rated(a, null))))
			.containsExactly("check.unrated@action-2.1", "check.partA.figure@part-a");
		assertThat(keysAndPlaces(withAction(base, "3.2", (a) -> points(a, List.of()))))
			.containsExactly("check.noPoints@action-3.2");
		assertThat(keysAndPlaces(withAction(base, "3.2", (a) -> points(a, List.of("  ")))))
			.containsExactly("check.noPoints@action-3.2");
		assertThat(
				keysAndPlaces(
						withAction(base, "4.1",
								(a) -> new ReportView.ActionView(a.evaluationId(), a.number(), "[Name]", a.marked(),
										a.rating(), a.points(), a.version()))))
			.containsExactly("check.leftover.action@action-4.1");
		assertThat(keysAndPlaces(
				withPartA(base, List.of("CATEGORY 2: [Name] is on track."), base.progressToDate(), List.of())))
			.containsExactly("check.partA.empty@part-a", "check.leftover.partA@part-a");
		assertThat(keysAndPlaces(withCover(base, " ", "[INSERT GROUP]"))).containsExactly("check.leftover.cover@cover",
				"check.cover.missing@cover");
		assertThat(keysAndPlaces(withAction(base, "1.1",
				(a) -> points(a, List
					.of("Progress summary - if required, note significant achievements, any upcoming challenges")))))
			.as("the instruction line, with a plain hyphen")
			.containsExactly("check.leftover.action@action-1.1");
		assertThat(
				keysAndPlaces(withAction(base, "1.1", (a) -> points(a, List.of("Decree [2015] No. 3 [sic] adopted")))))
			.as("ordinary brackets are not placeholders")
			.isEmpty();
	}

	@Test
	void findingsReadInTheThreeLanguages() {
		ReportView unrated = withAction(withoutInstructionLine(sc66()), "2.1", (a) -> rated(a, null));
		Finding finding = this.checks.run(unrated).get(0);
		assertThat(this.messages.getMessage(finding, Locale.ENGLISH)).isEqualTo("Action 2.1 has no rating.");
		assertThat(this.messages.getMessage(finding, Locale.FRENCH)).isEqualTo("L’action 2.1 n’a pas d’évaluation.");
		assertThat(this.messages.getMessage(finding, Locale.forLanguageTag("es")))
			.isEqualTo("La acción 2.1 no tiene evaluación.");
		Finding empty = this.checks
			.run(withPartA(unrated, List.of(), unrated.progressToDate(), unrated.futureOutlook()))
			.get(1);
		assertThat(this.messages.getMessage(empty, Locale.FRENCH))
			.isEqualTo("Partie A\u202f: «\u202fSynthèse\u202f» est vide.");
	}

	@Test
	void partASummaryOfTheSc66Ratings() {
		ReportView sc66 = sc66();
		assertThat(this.summary.of(sc66, Locale.ENGLISH)).isEqualTo(
				"Nine out of the thirteen actions are on track, two substantially achieved and two challenging.");
		assertThat(this.summary.of(sc66, Locale.FRENCH)).isEqualTo(
				"Neuf des treize actions sont en bonne voie, deux en grande partie réalisées et deux en difficulté.");
		assertThat(this.summary.of(sc66, Locale.forLanguageTag("es"))).isEqualTo(
				"Nueve de las trece acciones están en curso, dos sustancialmente logradas y dos con dificultades.");
	}

	@Test
	void partASummaryCountsUnratedActionsAndAgreesInNumber() {
		ReportView sc66 = sc66();
		ReportView.RatingView onTrack = sc66.ratings().get(1);
		ReportView allOnTrack = sc66;
		for (ReportView.ActionView action : sc66.actions()) {
			allOnTrack = withAction(allOnTrack, action.number(), (a) -> rated(a, onTrack));
		}
		assertThat(this.summary.of(allOnTrack, Locale.ENGLISH)).isEqualTo("All thirteen actions are on track.");
		ReportView oneUnrated = withAction(allOnTrack, "6.1", (a) -> rated(a, null));
		assertThat(this.summary.of(oneUnrated, Locale.ENGLISH))
			.isEqualTo("Twelve out of the thirteen actions are on track and one not yet rated.");
		assertThat(this.summary.of(oneUnrated, Locale.FRENCH))
			.isEqualTo("Douze des treize actions sont en bonne voie et une pas encore évaluée.");
	}

	private ReportView sc66() {
		return this.reports.read("KH", "SC66").report();
	}

	private String text(Finding finding) {
		return this.messages.getMessage(finding, Locale.ENGLISH);
	}

	private List<String> keysAndPlaces(ReportView report) {
		return this.checks.run(report).stream().map((f) -> f.messageKey() + "@" + f.anchor()).toList();
	}

	private static ReportView withoutInstructionLine(ReportView report) {
		return withAction(report, "1.2",
				(a) -> points(a, a.points().stream().filter((p) -> !p.startsWith("Progress summary")).toList()));
	}

	private static ReportView.ActionView points(ReportView.ActionView a, List<String> points) {
		return new ReportView.ActionView(a.evaluationId(), a.number(), a.title(), a.marked(), a.rating(), points,
				a.version());
	}

	private static ReportView.ActionView rated(ReportView.ActionView a, ReportView.RatingView rating) {
		return new ReportView.ActionView(a.evaluationId(), a.number(), a.title(), a.marked(), rating, a.points(),
				a.version());
	}

	static ReportView withAction(ReportView r, String number, UnaryOperator<ReportView.ActionView> change) {
		List<ReportView.PillarView> pillars = new ArrayList<>();
		for (ReportView.PillarView pillar : r.pillars()) {
			pillars.add(new ReportView.PillarView(pillar.number(), pillar.name(),
					pillar.actions().stream().map((a) -> a.number().equals(number) ? change.apply(a) : a).toList()));
		}
		return new ReportView(r.id(), r.partyCode(), r.partyName(), r.meetingCode(), r.meetingNumber(), r.status(),
				r.documentRef(), r.annexRef(), r.languageLine(), r.groupHeading(), r.periodStart(), r.periodEnd(),
				r.preparedBy(), r.synopsis(), r.progressToDate(), r.futureOutlook(), r.ratings(), pillars);
	}

	private static ReportView withPartA(ReportView r, List<String> synopsis, List<String> progress,
			List<String> outlook) {
		return new ReportView(r.id(), r.partyCode(), r.partyName(), r.meetingCode(), r.meetingNumber(), r.status(),
				r.documentRef(), r.annexRef(), r.languageLine(), r.groupHeading(), r.periodStart(), r.periodEnd(),
				r.preparedBy(), synopsis, progress, outlook, r.ratings(), r.pillars());
	}

	private static ReportView withCover(ReportView r, String preparedBy, String groupHeading) {
		return new ReportView(r.id(), r.partyCode(), r.partyName(), r.meetingCode(), r.meetingNumber(), r.status(),
				r.documentRef(), r.annexRef(), r.languageLine(), groupHeading, r.periodStart(), r.periodEnd(),
				preparedBy, r.synopsis(), r.progressToDate(), r.futureOutlook(), r.ratings(), r.pillars());
	}

}
