package org.niaptracker.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.niaptracker.report.lifecycle.LifecycleStep;
import org.niaptracker.report.lifecycle.ReportMovedEvent;
import org.niaptracker.user.AccountDirectory;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * A notice links to the report's page under the application's public address
 * ({@code niap.base-url}), written with or without a closing slash.
 */
class NoticeLinkTest {

	@Test
	void theLinkJoinsThePublicAddressAndTheReportsPath() {
		assertThat(linkSentUnder("https://niap.example.org"))
			.isEqualTo("https://niap.example.org/parties/KH/reports/SC67");
		assertThat(linkSentUnder("https://niap.example.org/tracker/"))
			.isEqualTo("https://niap.example.org/tracker/parties/KH/reports/SC67");
	}

	private static String linkSentUnder(String baseUrl) {
		JavaMailSender sender = mock(JavaMailSender.class);
		AccountDirectory accounts = mock(AccountDirectory.class);
		given(accounts.secretariatEmails()).willReturn(List.of("reviewer@cites.example"));
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("mail.moved.subject.SUBMIT", Locale.ENGLISH, "{0} submitted");
		messages.addMessage("mail.moved.body", Locale.ENGLISH, "{2}");
		NoticeMailer mailer = new NoticeMailer(
				new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class),
				accounts, messages, "niap-tracker@localhost", baseUrl);
		mailer.reportMoved(new ReportMovedEvent("KH", "Cambodia", "SC67", LifecycleStep.SUBMIT, "focal.kh", ""));
		ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(sender).send(mail.capture());
		return mail.getValue().getText();
	}

}
