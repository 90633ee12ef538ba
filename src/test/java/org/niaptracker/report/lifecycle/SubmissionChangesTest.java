package org.niaptracker.report.lifecycle;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.report.ReportView;
import org.niaptracker.report.lifecycle.SubmissionChanges.ActionChange;
import org.niaptracker.report.lifecycle.SubmissionChanges.TextChange;
import org.niaptracker.test.ReportViews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SubmissionChangesTest {

	private final ReportView before = ReportViews.sc66Like().build();

	@Test
	void noChanges() {
		SubmissionChanges changes = SubmissionChanges.between(this.before, ReportViews.sc66Like().build());

		assertThat(changes.isEmpty()).isTrue();
		assertThat(changes.actions()).isEmpty();
		assertThat(changes.texts()).isEmpty();
	}

	@Test
	void aChangedRating() {
		ReportView after = ReportViews.sc66Like().rating("1.2", ReportViews.ON_TRACK).build();

		SubmissionChanges changes = SubmissionChanges.between(this.before, after);

		assertThat(changes.isEmpty()).isFalse();
		assertThat(changes.texts()).isEmpty();
		assertThat(changes.actions()).singleElement().satisfies((change) -> {
			assertThat(change.number()).isEqualTo("1.2");
			assertThat(change.title()).isEqualTo("Issue a Ministerial proclamation on ivory seizures");
			assertThat(change.ratingChanged()).isTrue();
			assertThat(change.ratingBefore()).isEqualTo(ReportViews.CHALLENGING);
			assertThat(change.ratingAfter()).isEqualTo(ReportViews.ON_TRACK);
			assertThat(change.pointsAdded()).isEmpty();
			assertThat(change.pointsRemoved()).isEmpty();
		});
	}

	@Test
	void aRatingTakenAwayIsAChange() {
		ReportView after = ReportViews.sc66Like().unrated("4.1").build();

		assertThat(SubmissionChanges.between(this.before, after).actions())
			.extracting(ActionChange::number, ActionChange::ratingChanged, ActionChange::ratingAfter)
			.containsExactly(tuple("4.1", true, null));
	}

	@Test
	void pointsAddedAndRemovedWithoutARatingChange() {
		ReportView after = ReportViews.sc66Like()
			.points("2.3", "We are seeking funding.", "Funding found for 2016.")
			.points("3.2", "Training planned for January 2016.")
			.build();

		SubmissionChanges changes = SubmissionChanges.between(this.before, after);

		assertThat(changes.actions())
			.extracting(ActionChange::number, ActionChange::ratingChanged, ActionChange::pointsRemoved,
					ActionChange::pointsAdded)
			.containsExactly(tuple("2.3", false, List.of(), List.of("Funding found for 2016.")), tuple("3.2", false,
					List.of("No progress to date."), List.of("Training planned for January 2016.")));
	}

	@Test
	void reorderedPointsAreNoChange() {
		ReportView was = ReportViews.sc66Like().points("1.1", "First.", "Second.").build();
		ReportView now = ReportViews.sc66Like().points("1.1", "Second.", "First.").build();

		assertThat(SubmissionChanges.between(was, now).isEmpty()).isTrue();
	}

	@Test
	void anActionNewInTheLaterSubmissionHasAllItsPointsAdded() {
		ReportView after = ReportViews.sc66Like()
			.action("6.2", "A new action", ReportViews.UNCLEAR, "Just started.")
			.build();

		assertThat(SubmissionChanges.between(this.before, after).actions()).singleElement().satisfies((change) -> {
			assertThat(change.number()).isEqualTo("6.2");
			assertThat(change.ratingBefore()).isNull();
			assertThat(change.ratingChanged()).isTrue();
			assertThat(change.pointsAdded()).containsExactly("Just started.");
		});
	}

	@Test
	void partAChangesByParagraph() {
		ReportView after = ReportViews.sc66Like()
			.progressToDate("Nine out of the thirteen actions are rated as on track.")
			.futureOutlook()
			.build();

		assertThat(SubmissionChanges.between(this.before, after).texts())
			.extracting(TextChange::labelKey, TextChange::before, TextChange::after)
			.containsExactly(
					tuple("report.partA.progressToDate",
							"Nine out of the thirteen actions are rated as on track.\n\n"
									+ "A key achievement has been the national conservation action plan.",
							"Nine out of the thirteen actions are rated as on track."),
					tuple("report.partA.futureOutlook",
							"Implementation of activity 1.1, 1.2, 2.4, 2.5 has been initiated.", ""));
	}

	@Test
	void coverFieldChanges() {
		ReportView after = ReportViews.sc66Like()
			.preparedBy("Another focal point")
			.period(LocalDate.of(2014, 11, 1), LocalDate.of(2015, 10, 1))
			.build();

		assertThat(SubmissionChanges.between(this.before, after).texts())
			.extracting(TextChange::labelKey, TextChange::before, TextChange::after)
			.containsExactly(tuple("report.cover.preparedBy",
					"Heng Kimchhay, National Ivory Action Plan focal point for Cambodia", "Another focal point"),
					tuple("edit.cover.periodEnd", "2015-09-01", "2015-10-01"));
	}

	@Test
	void aFieldFilledInForTheFirstTimeIsAChangeButNullAndEmptyAreTheSame() {
		ReportView empty = ReportViews.sc66Like().preparedBy(null).period(null, null).build();
		ReportView blank = ReportViews.sc66Like().preparedBy("").period(null, null).build();

		assertThat(SubmissionChanges.between(empty, blank).isEmpty()).isTrue();
		assertThat(SubmissionChanges.between(empty, this.before).texts()).extracting(TextChange::labelKey)
			.containsExactly("report.cover.preparedBy", "edit.cover.periodStart", "edit.cover.periodEnd");
	}

	@Test
	void fieldsThatAreNotTheFocalPointsAreNotCompared() {
		ReportView after = ReportViews.sc66Like()
			.documentRef("SC67 Doc. 1")
			.groupHeading("Another group")
			.status(ReportStatus.SUBMITTED)
			.build();

		assertThat(SubmissionChanges.between(this.before, after).isEmpty()).isTrue();
	}

}
