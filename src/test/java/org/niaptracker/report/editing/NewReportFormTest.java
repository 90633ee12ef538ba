package org.niaptracker.report.editing;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The new-report form proposes the period that follows the previous report. */
@PostgresTest
class NewReportFormTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Test
	void theNextPeriodIsProposedAndBothMonthsAreRequired() throws Exception {
		Document form = Jsoup
			.parse(this.mvc.perform(get("/parties/KH/reports/new").with(new Accounts(this.users).as(Accounts.FOCAL_KH)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
		// SC66 covered November 2014 to September 2015; SC67's reports are due on
		// 2016-06-25.
		assertThat(form.select("input[name=periodStart]").val()).isEqualTo("2015-10");
		assertThat(form.select("input[name=periodEnd]").val()).isEqualTo("2016-05");
		assertThat(form.select("input[name=periodStart][required]")).hasSize(1);
		assertThat(form.select("input[name=periodEnd][required]")).hasSize(1);
		assertThat(form.select("label[for$=periodEnd] .required").text()).isEqualTo("(required)");
	}

}
