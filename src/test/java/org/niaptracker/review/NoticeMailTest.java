package org.niaptracker.review;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With a mail server configured (here a mock sender), a submission notifies the
 * Secretariat and a return notifies the Party; a failing mail server changes nothing.
 */
@PostgresTest
class NoticeMailTest {

	@MockitoBean
	private JavaMailSender mailSender;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService userDetailsService;

	private Accounts accounts;

	@BeforeEach
	void startReportAndGiveAddresses() throws Exception {
		this.accounts = new Accounts(this.userDetailsService);
		this.jdbc.update("update app_user set email = 'reviewer@cites.example' where username = 'secretariat'");
		this.jdbc.update("update app_user set email = 'focal@kh.example' where username = 'focal.kh'");
		this.mvc.perform(Reports.startSc67(this.accounts)).andExpect(status().is3xxRedirection());
		Reports.removeTemplateInstruction(this.jdbc, "SC67");
		reset(this.mailSender);
	}

	@Test
	void submissionGoesToTheSecretariatAndTheReturnToTheParty() throws Exception {
		move(Accounts.FOCAL_KH, "submit", "");
		ArgumentCaptor<SimpleMailMessage> mail = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(this.mailSender).send(mail.capture());
		assertThat(mail.getValue().getBcc()).containsExactly("reviewer@cites.example");
		assertThat(mail.getValue().getSubject()).isEqualTo("NIAP Tracker: Cambodia submitted its report to SC67");

		reset(this.mailSender);
		move(Accounts.SECRETARIAT, "return", "Please date the Customs meeting.");
		verify(this.mailSender).send(mail.capture());
		assertThat(mail.getValue().getBcc()).containsExactly("focal@kh.example");
		assertThat(mail.getValue().getText()).contains("Please date the Customs meeting.", "/parties/KH/reports/SC67");
	}

	@Test
	void aFailingMailServerDoesNotUndoTheMove() throws Exception {
		willThrow(new MailSendException("connection refused")).given(this.mailSender)
			.send(any(SimpleMailMessage.class));
		move(Accounts.FOCAL_KH, "submit", "");
		assertThat(this.jdbc.queryForObject("""
				select status from reporting_period where meeting_id = (select id from meeting where code = 'SC67')""",
				String.class))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void nothingIsSentToUsersWithoutAddress() throws Exception {
		this.jdbc.update("update app_user set email = null");
		move(Accounts.FOCAL_KH, "submit", "");
		verify(this.mailSender, never()).send(any(SimpleMailMessage.class));
	}

	private void move(String who, String step, String message) throws Exception {
		this.mvc
			.perform(post("/parties/KH/reports/SC67/lifecycle/" + step).with(this.accounts.as(who))
				.with(csrf())
				.param("message", message)
				.param("version", String.valueOf(Reports.reportVersion(this.jdbc, "KH", "SC67"))))
			.andExpect(status().is3xxRedirection());
	}

}
