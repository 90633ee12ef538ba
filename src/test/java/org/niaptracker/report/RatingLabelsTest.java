package org.niaptracker.report;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A rating scale an administrator defines shows its own labels in English, French and
 * Spanish on the report pages.
 */
@PostgresTest
class RatingLabelsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aScaleOfTheAdministratorsSpeaksTheReadersLanguage() throws Exception {
		this.jdbc.update("insert into rating_scale (code, description) values ('TEST', 'A scale of our own')");
		this.jdbc.update("""
				insert into progress_rating (rating_scale_id, code, label, label_fr, label_es, position)
				select id, 'DONE', 'Done and dusted', 'Bel et bien fait', 'Hecho y bien hecho', 1
				  from rating_scale where code = 'TEST'""");
		this.jdbc.update("""
				insert into meeting (code, number, starts_on, rating_scale_id)
				select 'SC90', 90, date '2030-01-10', id from rating_scale where code = 'TEST'""");
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 1);
		this.jdbc.update("""
				update reporting_period set meeting_id = (select id from meeting where code = 'SC90')
				 where party_id = (select id from party where code = 'ZZ')""");
		this.jdbc.update("""
				update evaluation set progress_rating_id = (select r.id from progress_rating r join rating_scale s
				       on s.id = r.rating_scale_id where s.code = 'TEST')
				 where reporting_period_id = (select id from reporting_period
				       where party_id = (select id from party where code = 'ZZ'))""");
		assertThat(page("en")).contains("Done and dusted");
		assertThat(page("fr")).contains("Bel et bien fait");
		assertThat(page("es")).contains("Hecho y bien hecho");
	}

	private String page(String language) throws Exception {
		return this.mvc.perform(get("/parties/ZZ/reports/SC90").param("lang", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
