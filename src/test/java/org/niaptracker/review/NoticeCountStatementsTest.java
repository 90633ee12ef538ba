package org.niaptracker.review;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.Accounts;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The header's count of notices, on every signed-in page, once it is kept: the time the
 * user last looked and the content's generation, in one statement.
 */
@PostgresTest
class NoticeCountStatementsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SqlStatements sql;

	@Test
	void aSignedInPageAskedAgainReadsTheNoticesInOneStatement() throws Exception {
		Cookie session = Accounts.signIn(this.mvc, Accounts.FOCAL_KH, "cambodia-demo");
		this.mvc.perform(get("/parties/KH/reports/SC66").cookie(session));

		List<String> again = this.sql
			.statementsDuring(() -> this.mvc.perform(get("/parties/KH/reports/SC66").cookie(session)));

		List<String> notices = again.stream().filter((sql) -> sql.contains("notices_seen_at")).toList();
		assertThat(notices).singleElement().asString().contains("content_generation");
		// The session's read (its time of last access is written once a minute), the
		// content's generation (the page is kept under it for the readers who stand
		// where this one does) and the notices.
		assertThat(again).as(String.join("\n", again)).hasSize(3);
	}

}
