package org.niaptracker.export;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.niaptracker.test.PostgresTest;
import org.niaptracker.test.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * While every rendering slot is taken, a file that must be rendered waits, then gets the
 * busy page (503, try again): never a 500, nothing kept. A kept file does not need a
 * slot.
 */
@PostgresTest
@TestPropertySource(properties = { "niap.exports.concurrent-renders=1", "niap.exports.render-wait=300ms" })
class RenderingSlotsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private RenderingSlots slots;

	@Test
	void aRenderThatFindsNoSlotGetsTheBusyPage() throws Exception {
		Reports.insertReportWithActions(this.jdbc, "ZZ", 1, 2);
		byte[] kept = this.mvc.perform(get("/parties/KH/reports/SC66/annex.pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		CountDownLatch taken = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> this.slots.render(() -> {
			taken.countDown();
			try {
				return release.await(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}));
		try {
			assertThat(taken.await(1, TimeUnit.MINUTES)).isTrue();
			for (String lang : new String[] { "en", "fr", "es" }) {
				MockHttpServletResponse busy = this.mvc
					.perform(get("/parties/ZZ/reports/SC66/annex.pdf").header("Accept-Language", lang))
					.andReturn()
					.getResponse();
				assertThat(busy.getStatus()).isEqualTo(503);
				assertThat(busy.getHeader("Retry-After")).isEqualTo("10");
				assertThat(busy.getContentType()).startsWith("text/html");
				assertThat(busy.getContentAsString()).contains("data-error=\"503\"")
					.doesNotContain("??")
					.doesNotContain("database");
			}
			// The kept file is served without a slot.
			assertThat(this.mvc.perform(get("/parties/KH/reports/SC66/annex.pdf"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray()).isEqualTo(kept);
		}
		finally {
			release.countDown();
			holder.get(1, TimeUnit.MINUTES);
		}
		assertThat(this.jdbc
			.queryForObject("select count(*) from kept_report_file f join reporting_period r on r.id = f.report_id"
					+ " join party p on p.id = r.party_id where p.code = 'ZZ'", Integer.class))
			.isZero();
		assertThat(this.mvc.perform(get("/parties/ZZ/reports/SC66/annex.pdf")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

}
