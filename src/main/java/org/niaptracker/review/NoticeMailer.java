package org.niaptracker.review;

import org.niaptracker.user.AccountDirectory;

import java.util.List;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.niaptracker.report.lifecycle.LifecycleStep;
import org.niaptracker.report.lifecycle.ReportMovedEvent;
import org.niaptracker.links.Addresses;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.StringUtils;

/**
 * Notices by e-mail, where the application has an SMTP server (spring.mail.host); without
 * one nothing is sent and the notices stay in the application. Sent after the change is
 * committed; a failing mail server never undoes or blocks the change.
 */
@Component
class NoticeMailer {

	private static final Log logger = LogFactory.getLog(NoticeMailer.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final AccountDirectory accounts;

	private final MessageSource messages;

	private final String from;

	/** The pages' addresses under the application's public address. */
	private final Addresses links;

	NoticeMailer(ObjectProvider<JavaMailSender> mailSender, AccountDirectory accounts, MessageSource messages,
			@Value("${niap.mail.from:niap-tracker@localhost}") String from,
			@Value("${niap.base-url:http://localhost:8080}") String baseUrl) {
		this.mailSender = mailSender;
		this.accounts = accounts;
		this.messages = messages;
		this.from = from;
		this.links = new Addresses(StringUtils.trimTrailingCharacter(baseUrl, '/'));
	}

	@TransactionalEventListener
	void reportMoved(ReportMovedEvent event) {
		boolean toSecretariat = event.step() == LifecycleStep.SUBMIT;
		send(toSecretariat ? secretariat() : focalPoints(event.partyCode()),
				text("mail.moved.subject." + event.step(), event.partyName(), event.meetingCode()),
				text("mail.moved.body", event.actorName(), event.message(),
						link(event.partyCode(), event.meetingCode(), "")));
	}

	@TransactionalEventListener
	void commentAdded(CommentAddedEvent event) {
		boolean fromParty = event.authorRole() == org.niaptracker.user.Role.FOCAL_POINT;
		send(fromParty ? secretariat() : focalPoints(event.partyCode()),
				text("mail.comment.subject", event.partyName(), event.meetingCode()), text("mail.comment.body",
						event.authorName(), event.body(), link(event.partyCode(), event.meetingCode(), "/review")));
	}

	private void send(List<String> recipients, String subject, String body) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null || recipients.isEmpty()) {
			return;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setBcc(recipients.toArray(String[]::new));
		mail.setSubject(subject);
		mail.setText(body);
		try {
			sender.send(mail);
		}
		catch (MailException ex) {
			logger.warn("Could not send the notice \"" + subject + "\": " + ex.getMessage());
		}
	}

	private List<String> secretariat() {
		return this.accounts.secretariatEmails();
	}

	private List<String> focalPoints(String partyCode) {
		return this.accounts.focalPointEmails(partyCode);
	}

	private String link(String partyCode, String meetingCode, String page) {
		return this.links.report(partyCode, meetingCode) + page;
	}

	/** Notices go out in English, the language the Secretariat and Parties share. */
	private String text(String key, Object... arguments) {
		Object[] shown = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			shown[i] = (arguments[i] != null) ? arguments[i] : "";
		}
		return this.messages.getMessage(key, shown, Locale.ENGLISH);
	}

}
