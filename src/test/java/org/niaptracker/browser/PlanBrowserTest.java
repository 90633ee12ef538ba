package org.niaptracker.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.BrowserTest;
import org.openqa.selenium.By;
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
 * Cambodia's focal point revises its plan in headless Chromium: 3.2 moves under pillar 4
 * as 4.2, a mistake is answered beside its field, the revision is adopted, and the
 * action's history shows it was 3.2 in the SC66 report. Screenshots go to
 * target/screenshots.
 */
@BrowserTest
class PlanBrowserTest {

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
	void aFocalPointRenumbersAnActionAndItsHistoryFollowsIt() throws Exception {
		this.browser = BrowserSupport.startChromium(1280, 900);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		signIn("focal.kh", "cambodia-demo");

		open("/parties/KH");
		this.browser.findElement(By.linkText("The plan and its revisions")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("revisions")));
		this.browser.findElement(By.xpath("//button[normalize-space()='Start a new revision']")).click();
		this.wait.until(ExpectedConditions.urlContains("/plan/revisions/2"));

		// A duplicate number is answered beside the field; nothing changes.
		WebElement action = editAction("3.2");
		action.findElement(By.name("number")).clear();
		action.findElement(By.name("number")).sendKeys("3.1");
		action.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".field--error .field-error"),
				"already has an action with this number"));
		BrowserSupport.screenshot(this.browser, "40-plan-draft-error");

		action = editAction("3.2");
		new Select(action.findElement(By.name("pillarNumber"))).selectByValue("4");
		action.findElement(By.name("number")).clear();
		action.findElement(By.name("number")).sendKeys("4.2");
		action.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-pillar='4'] [data-action='4.2']")));

		WebElement adoptedOn = this.browser.findElement(By.id("adopt-adoptedOn"));
		((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript("arguments[0].value = '2016-02-01'",
				adoptedOn);
		this.browser.findElement(By.id("adopt-note")).sendKeys("3.2 became 4.2, under Drivers and Prevention.");
		BrowserSupport.screenshot(this.browser, "41-plan-draft");
		this.browser.findElement(By.cssSelector("#adopt-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("adopted=2"));
		assertThat(this.browser.findElement(By.id("in-force-heading")).getText()).contains("revision 2");

		this.browser.findElement(By.cssSelector("tr[data-revision='2'] a[href$='/changes']")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-changes")));
		assertThat(this.browser.findElement(By.id("action-changes")).getText()).contains("Renumbered from 3.2 to 4.2");
		BrowserSupport.screenshot(this.browser, "42-plan-changes");

		this.browser.findElement(By.linkText("History of this action")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-reports")));
		assertThat(this.browser.findElement(By.cssSelector("#action-reports tr[data-meeting='SC66']")).getText())
			.contains("3.2", "On track");
		BrowserSupport.screenshot(this.browser, "43-action-history");
		assertThat(this.jdbc.queryForObject("select status from plan_revision where number = 2", String.class))
			.isEqualTo("ADOPTED");
	}

	/** Opens the "change" panel of an action of the draft and returns its form. */
	private WebElement editAction(String number) {
		WebElement item = this.browser.findElement(By.id("action-" + number));
		if (item.findElement(By.tagName("details")).getAttribute("open") == null) {
			item.findElement(By.tagName("summary")).click();
		}
		return item.findElement(By.tagName("form"));
	}

	private void signIn(String username, String password) {
		open("/login");
		BrowserSupport.signIn(this.browser, this.wait, username, password);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
