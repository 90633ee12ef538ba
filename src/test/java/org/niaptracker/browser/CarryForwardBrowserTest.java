package org.niaptracker.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cambodia's report is carried from SC66 (four ratings) to SC69 (six) in headless
 * Chromium: an administrator adds SC69 on its scale and reads the SC65 to SC69 mapping;
 * Cambodia's focal point starts its next report for SC69, and the editor says which
 * ratings were mapped, that no action needs a new rating, and shows Part B with the six
 * ratings. Screenshots go to target/screenshots.
 */
@BrowserTest
class CarryForwardBrowserTest {

	private static final List<String> SIX_RATINGS = List.of("ACHIEVED", "SUBSTANTIALLY_ACHIEVED", "ON_TRACK",
			"PARTIAL_PROGRESS", "PENDING_OTHER_ACTION", "NOT_COMMENCED");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private WebDriver browser;

	private WebDriverWait wait;

	@AfterEach
	void cleanUp() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void cambodiaCarriesItsSc66RatingsToSc69WithTheMapping() throws Exception {
		this.browser = BrowserSupport.startChromium(1280, 900);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));

		signIn("admin", "admin-demo");
		open("/admin/meetings");
		this.browser.findElement(By.id("meeting-number")).sendKeys("69");
		setValue("meeting-startsOn", "2017-11-27");
		setValue("meeting-reportDueOn", "2017-08-29");
		new Select(this.browser.findElement(By.id("meeting-ratingScale"))).selectByValue("SC69");
		this.browser.findElement(By.cssSelector("#meeting-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("added=SC69"));
		assertThat(this.browser.findElement(By.cssSelector("#meetings tr[data-meeting='SC69']")).getText())
			.contains("2017-11-27", "2017-08-29");

		open("/admin/scales/SC65/mappings/SC69");
		assertThat(this.browser.findElements(By.id("mapping-undefined"))).as("the default mapping").isEmpty();
		WebElement challenging = new Select(this.browser.findElement(By.id("mapping-CHALLENGING")))
			.getFirstSelectedOption();
		assertThat(challenging.getAttribute("value")).isEqualTo("PARTIAL_PROGRESS");
		assertThat(challenging.getText()).isEqualTo("Partial progress");
		assertThat(new Select(this.browser.findElement(By.id("mapping-UNCLEAR"))).getFirstSelectedOption().getText())
			.isEqualTo("Needs a new rating");
		BrowserSupport.screenshot(this.browser, "60-mapping-sc65-sc69");
		signOut();

		signIn("focal.kh", "cambodia-demo");
		open("/parties/KH");
		this.browser.findElement(By.linkText("Start the next report")).click();
		this.wait.until(ExpectedConditions.urlContains("/parties/KH/reports/new"));
		new Select(this.browser.findElement(By.id("new-report-meetingCode"))).selectByValue("SC69");
		setValue("new-report-periodEnd", "2017-06");
		this.browser.findElement(By.cssSelector("#new-report button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/parties/KH/reports/SC69/edit"));

		WebElement carried = this.browser.findElement(By.cssSelector("section[data-carried]"));
		assertThat(carried.findElement(By.tagName("h2")).getText()).isEqualTo("Ratings carried from SC66");
		String mapped = carried.findElement(By.cssSelector("[data-carried-mapped]")).getText();
		assertThat(mapped).contains("1.2 (Challenging → Partial progress)", "2.4 (Challenging → Partial progress)");
		assertThat(carried.findElement(By.cssSelector("[data-carried-kept]")).getText())
			.startsWith("11 ratings are the same on both scales:")
			.contains("4.1");
		assertThat(carried.findElement(By.cssSelector("[data-carried-needs]")).getText())
			.isEqualTo("Every rating has an equivalent on this scale: no action needs a new rating.");
		assertThat(this.browser.findElements(By.cssSelector("[data-carried='needs-rating']"))).isEmpty();
		assertThat(this.browser.findElement(By.cssSelector("form.action-editor[data-action='1.2'] .carried-note"))
			.getText()).isEqualTo("At SC66: Challenging, mapped to Partial progress.");

		assertThat(this.browser.findElements(By.cssSelector("#part-b thead th[data-rating]"))
			.stream()
			.map((header) -> header.getAttribute("data-rating"))
			.toList()).as("Part B's columns: the six ratings of SC69, every action rated").isEqualTo(SIX_RATINGS);
		for (String action : List.of("1.2", "2.4")) {
			assertThat(this.browser.findElements(
					By.cssSelector("#part-b td[data-rating='PARTIAL_PROGRESS'] li[data-action='" + action + "']")))
				.as(action + " under Partial progress")
				.hasSize(1);
		}
		BrowserSupport.screenshot(this.browser, "61-carried-to-sc69");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from evaluation e join reporting_period rp on rp.id = e.reporting_period_id
				  join meeting m on m.id = rp.meeting_id where m.code = 'SC69' and e.progress_rating_id is null""",
				Integer.class))
			.as("no action left without a rating")
			.isZero();
	}

	/** Sets a date or month input as its picker would: Chromium takes no plain text. */
	private void setValue(String id, String value) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]",
				this.browser.findElement(By.id(id)), value);
	}

	private void signIn(String username, String password) {
		open("/login");
		BrowserSupport.signIn(this.browser, this.wait, username, password);
	}

	private void signOut() {
		WebElement signOut = this.browser.findElement(By.cssSelector("form[action='/logout'] button"));
		signOut.click();
		this.wait.until(ExpectedConditions.stalenessOf(signOut));
		assertThat(this.browser.findElements(By.cssSelector("form[action='/logout']"))).as("signed out").isEmpty();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
