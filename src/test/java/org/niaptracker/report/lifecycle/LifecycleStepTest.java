package org.niaptracker.report.lifecycle;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.niaptracker.report.ReportStatus;
import org.niaptracker.security.NiapUser;
import org.niaptracker.security.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.niaptracker.report.ReportStatus.ACCEPTED;
import static org.niaptracker.report.ReportStatus.DRAFT;
import static org.niaptracker.report.ReportStatus.PUBLISHED;
import static org.niaptracker.report.ReportStatus.RETURNED;
import static org.niaptracker.report.ReportStatus.SUBMITTED;
import static org.niaptracker.report.lifecycle.LifecycleStep.ACCEPT;
import static org.niaptracker.report.lifecycle.LifecycleStep.PUBLISH;
import static org.niaptracker.report.lifecycle.LifecycleStep.RECORD;
import static org.niaptracker.report.lifecycle.LifecycleStep.REOPEN;
import static org.niaptracker.report.lifecycle.LifecycleStep.RETURN;
import static org.niaptracker.report.lifecycle.LifecycleStep.SUBMIT;

class LifecycleStepTest {

	@Test
	void eachStepStartsFromItsStatusesOnly() {
		assertThat(from(SUBMIT)).containsExactlyInAnyOrder(DRAFT, RETURNED);
		assertThat(from(RETURN)).containsExactly(SUBMITTED);
		assertThat(from(ACCEPT)).containsExactly(SUBMITTED);
		assertThat(from(PUBLISH)).containsExactly(ACCEPTED);
		assertThat(from(REOPEN)).containsExactlyInAnyOrder(SUBMITTED, ACCEPTED, PUBLISHED);
		assertThat(from(RECORD)).containsExactlyInAnyOrder(DRAFT, RETURNED);
	}

	@Test
	void whereEachStepLeadsAndWhichNeedAMessage() {
		assertThat(Arrays.stream(LifecycleStep.values()).map(LifecycleStep::to)).containsExactly(SUBMITTED, RETURNED,
				ACCEPTED, PUBLISHED, RETURNED, PUBLISHED);
		assertThat(Arrays.stream(LifecycleStep.values()).filter(LifecycleStep::isMessageRequired))
			.containsExactly(RETURN, REOPEN);
	}

	@Test
	void noStepStartsFromADraftExceptSubmitAndRecordingAsPublished() {
		assertThat(Arrays.stream(LifecycleStep.values()).filter((step) -> step.startsFrom(DRAFT)))
			.containsExactly(SUBMIT, RECORD);
	}

	@ParameterizedTest
	@EnumSource(LifecycleStep.class)
	void aStepIsFoundFromItsPath(LifecycleStep step) {
		assertThat(step.path()).isEqualTo(step.name().toLowerCase());
		assertThat(LifecycleStep.fromPath(step.path())).contains(step);
	}

	@ParameterizedTest
	@ValueSource(strings = { "SUBMIT", "delete", "", "submit/", " submit" })
	void anUnknownPathIsNoStep(String path) {
		assertThat(LifecycleStep.fromPath(path)).isEmpty();
	}

	@Test
	void onlyTheFocalPointOfTheReportsPartySubmits() {
		assertThat(SUBMIT.isAllowedFor(TestUsers.focalPoint("KH"), "KH", false)).isTrue();
		assertThat(SUBMIT.isAllowedFor(TestUsers.focalPoint("VN"), "KH", false)).isFalse();
		assertThat(SUBMIT.isAllowedFor(TestUsers.secretariat(), "KH", false)).isFalse();
		assertThat(SUBMIT.isAllowedFor(TestUsers.admin(), "KH", false)).isFalse();
	}

	@Test
	void aRecordedReportIsPublishedByTheSecretariatOrAnAdministratorNotSubmittedByItsParty() {
		assertThat(SUBMIT.isAllowedFor(TestUsers.focalPoint("KH"), "KH", true)).isFalse();
		assertThat(RECORD.isAllowedFor(TestUsers.focalPoint("KH"), "KH", true)).isFalse();
		assertThat(RECORD.isAllowedFor(TestUsers.secretariat(), "KH", true)).isTrue();
		assertThat(RECORD.isAllowedFor(TestUsers.admin(), "KH", true)).isTrue();
		assertThat(RECORD.isAllowedFor(TestUsers.secretariat(), "KH", false)).as("only recorded reports").isFalse();
		assertThat(RECORD.to()).isEqualTo(ReportStatus.PUBLISHED);
		assertThat(from(RECORD)).containsExactlyInAnyOrder(ReportStatus.DRAFT, ReportStatus.RETURNED);
		assertThat(RECORD.isChecked()).isTrue();
	}

	@Test
	void theSecretariatReturnsAcceptsAndPublishes() {
		assertThat(allowed(TestUsers.secretariat())).containsExactly(RETURN, ACCEPT, PUBLISH);
	}

	@Test
	void onlyAnAdministratorReopens() {
		assertThat(allowed(TestUsers.admin())).containsExactly(REOPEN);
		assertThat(allowed(TestUsers.focalPoint("KH"))).containsExactly(SUBMIT);
	}

	private static Set<ReportStatus> from(LifecycleStep step) {
		Set<ReportStatus> from = EnumSet.noneOf(ReportStatus.class);
		for (ReportStatus status : ReportStatus.values()) {
			if (step.startsFrom(status)) {
				from.add(status);
			}
		}
		return from;
	}

	private static Set<LifecycleStep> allowed(NiapUser user) {
		Set<LifecycleStep> allowed = EnumSet.noneOf(LifecycleStep.class);
		for (LifecycleStep step : LifecycleStep.values()) {
			if (step.isAllowedFor(user, "KH", false)) {
				allowed.add(step);
			}
		}
		return allowed;
	}

}
