package org.niaptracker.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.BrowserTest;
import org.niaptracker.test.MeetingReports;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting's public overview, signed out, in Chromium: the table of shares with the
 * Secretariat's published figures in brackets, and the chart. Its screenshot,
 * target/screenshots/50-public-overview.png, is the README's.
 */
@BrowserTest
class PublicOverviewBrowserTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private WebDriver browser;

	@AfterEach
	void cleanUp() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aReaderSignedOutSeesTheSharesOfEachPartyAndTheChart() throws Exception {
		MeetingReports.meeting(this.jdbc, 93, "SC93 Doc. 27.4 Annex 1");
		MeetingReports.party(this.jdbc, "QA", "Atlantis", 6, "Action");
		MeetingReports.report(this.jdbc, "QA", "SC93", "PUBLISHED", "Synopsis", "Point", "SUBSTANTIALLY_ACHIEVED",
				"SUBSTANTIALLY_ACHIEVED", "ON_TRACK", "ON_TRACK", "ON_TRACK", "CHALLENGING");
		MeetingReports.assess(this.jdbc, "QA", "SC93", "ON_TRACK", "SUBSTANTIALLY_ACHIEVED", "ON_TRACK", "CHALLENGING",
				"CHALLENGING", "UNCLEAR");
		MeetingReports.publishAssessment(this.jdbc, "QA", "SC93");
		MeetingReports.party(this.jdbc, "QB", "Borduria", 4, "Action");
		MeetingReports.report(this.jdbc, "QB", "SC93", "PUBLISHED", "Synopsis", "Point", "ON_TRACK", "ON_TRACK",
				"CHALLENGING", "UNCLEAR");
		MeetingReports.party(this.jdbc, "QC", "Lao People's Democratic Republic", 5, "Action");
		MeetingReports.report(this.jdbc, "QC", "SC93", "PUBLISHED", "Synopsis", "Point", "SUBSTANTIALLY_ACHIEVED",
				"ON_TRACK", "ON_TRACK", "ON_TRACK", "ON_TRACK");
		MeetingReports.party(this.jdbc, "QD", "Dystopia", 3, "Action");
		MeetingReports.report(this.jdbc, "QD", "SC93", "DRAFT", "Synopsis", "Point", "UNCLEAR", "UNCLEAR", "UNCLEAR");

		this.browser = BrowserSupport.startChromium(1280, 900);
		this.browser.get("http://localhost:" + this.port + "/meetings/SC93/overview");
		assertThat(this.browser.findElements(By.cssSelector("#overview-shares tbody tr[data-party]"))).hasSize(3);
		assertThat(this.browser.findElement(By.cssSelector("#overview-shares tr[data-summary=all]")).getText())
			.startsWith("All 3 Parties 15");
		assertThat(this.browser.findElement(By.cssSelector("#overview-shares tr[data-party=QA]")).getText())
			.contains("33% (17%)");
		assertThat(this.browser.getPageSource()).doesNotContain("Dystopia");
		assertThat(this.browser.findElements(By.cssSelector("figure[data-chart=overview-chart] rect"))).isNotEmpty();
		BrowserSupport.screenshot(this.browser, "50-public-overview");
	}

}
