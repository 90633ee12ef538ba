package org.niaptracker.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.BrowserTest;
import org.niaptracker.test.Reports;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress over time in headless Chromium, signed out: Cambodia's trend after reports to
 * SC66, SC67 and SC69 (the six-rating scale), with a draft to SC70 nowhere in sight; and
 * the timeline of an action renumbered by a revision of the plan. Screenshots go to
 * target/screenshots.
 */
@BrowserTest
class TrendBrowserTest {

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
	void cambodiasTrendOverThreeMeetingsOnTwoScales() throws Exception {
		Reports.meeting(this.jdbc, "SC69", "SC69");
		Reports.meeting(this.jdbc, "SC70", "SC69");
		Reports.report(this.jdbc, "KH", "SC67", "PUBLISHED");
		Reports.copyRatings(this.jdbc, "KH", "SC66", "SC67");
		Reports.rate(this.jdbc, "KH", "SC67", "1.1", "SUBSTANTIALLY_ACHIEVED");
		Reports.rate(this.jdbc, "KH", "SC67", "2.4", "ON_TRACK");
		Reports.report(this.jdbc, "KH", "SC69", "PUBLISHED");
		Reports.copyRatings(this.jdbc, "KH", "SC67", "SC69");
		Reports.rate(this.jdbc, "KH", "SC69", "4.1", "ACHIEVED");
		Reports.rate(this.jdbc, "KH", "SC69", "6.1", "ACHIEVED");
		Reports.rate(this.jdbc, "KH", "SC69", "1.1", "ACHIEVED");
		Reports.rate(this.jdbc, "KH", "SC69", "2.1", "SUBSTANTIALLY_ACHIEVED");
		Reports.rate(this.jdbc, "KH", "SC69", "5.1", "PENDING_OTHER_ACTION");
		// The Secretariat rated SC69 itself and published its ratings.
		for (String action : List.of("1.1", "4.1", "6.1", "2.1", "1.2", "2.4")) {
			Reports.assess(this.jdbc, "KH", "SC69", action, action.equals("1.1") ? "SUBSTANTIALLY_ACHIEVED"
					: action.startsWith("2.") ? "PARTIAL_PROGRESS" : "ON_TRACK");
		}
		this.jdbc.update("""
				update reporting_period set assessment_published = true
				 where meeting_id = (select id from meeting where code = 'SC69')""");
		// A draft to SC70 that nobody signed out may see.
		Reports.report(this.jdbc, "KH", "SC70", "DRAFT");
		Reports.copyRatings(this.jdbc, "KH", "SC69", "SC70");
		Reports.rate(this.jdbc, "KH", "SC70", "3.1", "NOT_COMMENCED");

		this.browser = BrowserSupport.startChromium(1280, 900);
		open("/parties/KH");
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("party-trend")));
		WebElement chart = this.browser.findElement(By.id("party-trend"));
		assertThat(chart.findElements(By.cssSelector("svg g[data-bar]")))
			.extracting((bar) -> bar.getAttribute("data-bar"))
			.containsExactly("SC66", "SC67", "SC69", "SC69");
		assertThat(chart.getText()).doesNotContain("SC70", "Not commenced");
		assertThat(this.browser.findElement(By.cssSelector("#trend-change [data-field=change-summary]")).getText())
			.isEqualTo("Since SC67: 3 more actions achieved; 2 fewer actions substantially achieved; "
					+ "2 fewer actions on track; 1 more action pending completion of another action.");
		assertThat(this.browser.findElement(By.cssSelector("#trend-change [data-field=scales-note]")).getText())
			.startsWith("The scales differ: SC67 rated on a scale of 4 ratings, SC69 on a scale of 6.");
		assertThat(this.browser.findElement(By.cssSelector("[data-strip='1.1']"))
			.findElements(By.cssSelector("[data-meeting]"))).extracting((cell) -> cell.getAttribute("title"))
			.containsExactly("SC66: On track", "SC67: Substantially achieved", "SC69: Achieved");
		BrowserSupport.screenshot(this.browser, "50-party-trend");
	}

	@Test
	void theTimelineOfARenumberedActionFollowsIt() throws Exception {
		// Revision 2 of Cambodia's plan: 3.2 moves under pillar 4 as 4.2; the rest stays.
		Reports.draftPlan(this.jdbc, "KH");
		this.jdbc.update("""
				insert into pillar (party_id, plan_revision_id, number, name)
				select pl.party_id, r2.id, pl.number, pl.name from pillar pl
				  join plan_revision r1 on r1.id = pl.plan_revision_id and r1.number = 1
				  join plan_revision r2 on r2.party_id = r1.party_id and r2.number = 2
				  join party p on p.id = pl.party_id and p.code = 'KH'""");
		this.jdbc.update("""
				insert into niap_action (pillar_id, number, position, title, marked, lineage_id)
				select pl2.id, case a.number when '3.2' then '4.2' else a.number end,
				       case a.number when '3.2' then 2 else a.position end, a.title, a.marked, a.lineage_id
				  from niap_action a join pillar pl1 on pl1.id = a.pillar_id
				  join plan_revision r1 on r1.id = pl1.plan_revision_id and r1.number = 1
				  join plan_revision r2 on r2.party_id = r1.party_id and r2.number = 2
				  join pillar pl2 on pl2.plan_revision_id = r2.id
				       and pl2.number = case a.number when '3.2' then 4 else pl1.number end
				  join party p on p.id = pl1.party_id and p.code = 'KH'""");
		Reports.adoptPlan(this.jdbc, "KH");
		Reports.report(this.jdbc, "KH", "SC67", "PUBLISHED");
		Reports.copyRatings(this.jdbc, "KH", "SC66", "SC67");
		Reports.rate(this.jdbc, "KH", "SC67", "4.2", "SUBSTANTIALLY_ACHIEVED");
		long lineage = this.jdbc.queryForObject("""
				select a.lineage_id from niap_action a join plan_revision r on r.id = a.plan_revision_id
				  join party p on p.id = r.party_id where p.code = 'KH' and r.number = 2 and a.number = '4.2'""",
				Long.class);

		this.browser = BrowserSupport.startChromium(1280, 900);
		open("/parties/KH");
		// CI once found no strip for 4.2 here, without a cause found: should it recur,
		// the
		// failure shows what the page's NIAP section held.
		List<WebElement> strips = this.browser.findElements(By.cssSelector("[data-strip='4.2']"));
		assertThat(strips)
			.as(() -> "the NIAP section of /parties/KH:\n"
					+ this.browser.findElement(By.cssSelector("section[aria-labelledby='niap-heading']"))
						.getAttribute("outerHTML"))
			.hasSize(1);
		WebElement strip = strips.get(0);
		assertThat(strip.findElements(By.cssSelector("[data-meeting]")))
			.extracting((cell) -> cell.getAttribute("title"))
			.containsExactly("SC66: On track", "SC67: Substantially achieved");
		strip.findElement(By.xpath("..")).findElement(By.tagName("a")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("action-reports")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/parties/KH/actions/" + lineage);
		List<WebElement> rows = this.browser.findElements(By.cssSelector("#action-reports tr[data-meeting]"));
		assertThat(rows).extracting((row) -> row.getAttribute("data-meeting")).containsExactly("SC66", "SC67");
		assertThat(rows.get(0).getText()).contains("3.2", "On track");
		assertThat(rows.get(1).getText()).contains("4.2", "Substantially achieved", "At SC67, 4.2: the first step");
		BrowserSupport.screenshot(this.browser, "51-action-timeline");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
