package org.niaptracker.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.BrowserTest;
import org.niaptracker.test.Reports;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * Issue 4's round trip in headless Chromium: the focal point clears the template leftover
 * the checks point to and submits; the Secretariat comments, rates and returns the
 * report; the focal point answers, revises and resubmits; the Secretariat accepts and
 * publishes; an anonymous visitor reads it. Screenshots go to target/screenshots.
 */
@BrowserTest
class ReviewRoundTripBrowserTest {

	private static final String REPORT = "/parties/KH/reports/SC67";

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
	void submitCommentReturnResubmitAcceptPublishRead() throws Exception {
		this.browser = BrowserSupport.startChromium(1280, 900);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));

		// The focal point starts the report; the checks point at 1.2's template line.
		signIn("focal.kh", "cambodia-demo");
		open("/parties/KH/reports/new");
		WebElement periodEnd = this.browser.findElement(By.cssSelector("input[name=periodEnd]"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = '2016-06'", periodEnd);
		periodEnd.submit();
		this.wait.until(ExpectedConditions.urlContains(REPORT + "/edit"));
		open(REPORT);
		List<WebElement> findings = this.browser.findElements(By.cssSelector("#checks li[data-check]"));
		assertThat(findings).hasSize(1);
		assertThat(findings.get(0).getText()).contains("1.2", "Progress summary");
		BrowserSupport.screenshot(this.browser, "20-draft-with-checks");
		findings.get(0).findElement(By.tagName("a")).click();
		this.wait.until(ExpectedConditions.urlContains("/edit#action-1.2"));
		WebElement form = this.browser.findElement(By.cssSelector("form.action-editor[data-action='1.2']"));
		WebElement points = form.findElement(By.name("points"));
		String kept = String.join("\n",
				points.getAttribute("value").lines().filter((line) -> !line.startsWith("Progress summary")).toList());
		points.clear();
		points.sendKeys(kept);
		String formId = form.getAttribute("id");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id(formId + "-status"), "Saved."));

		open(REPORT);
		assertThat(text("#checks .checks__ok")).contains("All checks pass");
		move("submit", null);
		assertThat(text("[data-status]")).isEqualTo("Submitted");
		assertThat(this.browser.findElements(By.cssSelector("a[href$='/edit']"))).as("no more editing").isEmpty();
		signOut();

		// The Secretariat sees it waiting, comments, rates and returns it.
		signIn("secretariat", "secretariat-demo");
		assertThat(text("[data-notices]")).contains("1");
		open("/notices");
		this.browser.findElement(By.cssSelector(".notices a")).click();
		this.wait.until(ExpectedConditions.urlContains(REPORT + "/review"));
		WebElement review12 = this.browser.findElement(By.id("review-1.2"));
		review12.findElement(By.name("body")).sendKeys("When will Customs meet the FA?");
		review12.findElement(By.cssSelector(".comment-form button")).click();
		this.wait.until(ExpectedConditions.urlContains("commented"));
		WebElement review52 = this.browser.findElement(By.id("review-5.2"));
		new Select(review52.findElement(By.name("rating"))).selectByValue("CHALLENGING");
		review52.findElement(By.cssSelector(".assessment-form button")).click();
		this.wait.until(ExpectedConditions.urlContains("assessed"));
		BrowserSupport.screenshot(this.browser, "21-secretariat-review");
		this.browser.manage().window().setSize(new Dimension(390, 844));
		this.browser.navigate().refresh();
		assertThat(horizontalOverflow()).as("the review page on a phone").isLessThanOrEqualTo(0L);
		BrowserSupport.screenshot(this.browser, "21b-secretariat-review-phone");
		this.browser.manage().window().setSize(new Dimension(1280, 900));
		open(REPORT);
		move("return", "Please date the meeting with Customs under 1.2.");
		assertThat(text("[data-status]")).isEqualTo("Returned for revision");
		open("/meetings/SC67/reports");
		assertThat(horizontalOverflow()).as("the overview scrolls its tables, not the page").isLessThanOrEqualTo(0L);
		assertThat(text("#overview-status tr[data-party=KH] td[data-rating=ON_TRACK]")).isEqualTo("9 (8)");
		BrowserSupport.screenshot(this.browser, "22-overview-sc67");
		signOut();

		// The focal point answers, revises 1.2 and resubmits.
		signIn("focal.kh", "cambodia-demo");
		assertThat(text("[data-notices]")).contains("2");
		open(REPORT + "/review");
		WebElement answer = this.browser.findElement(By.id("review-1.2"));
		answer.findElement(By.name("body")).sendKeys("In March 2016; added to 1.2.");
		answer.findElement(By.cssSelector(".comment-form button")).click();
		this.wait.until(ExpectedConditions.urlContains("commented"));
		open(REPORT + "/edit");
		WebElement edit12 = this.browser.findElement(By.cssSelector("form.action-editor[data-action='1.2']"));
		edit12.findElement(By.name("points")).sendKeys("\nA meeting with Customs is set for March 2016.");
		String edit12Id = edit12.getAttribute("id");
		edit12.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id(edit12Id + "-status"), "Saved."));
		open(REPORT);
		move("submit", "Revised as asked.");
		signOut();

		// The Secretariat reads what changed, accepts and publishes.
		signIn("secretariat", "secretariat-demo");
		open(REPORT + "/submissions/2");
		assertThat(text("#changes tr[data-action='1.2'] ins")).contains("March 2016");
		BrowserSupport.screenshot(this.browser, "23-submission-2-changes");
		open(REPORT);
		move("accept", null);
		move("publish", null);
		assertThat(text("[data-status]")).isEqualTo("Published");
		signOut();

		// Anyone reads it now.
		open(REPORT);
		assertThat(this.browser.findElements(By.cssSelector("#part-c tr[data-action]"))).hasSize(13);
		assertThat(this.browser.findElement(By.cssSelector("#part-c tr[data-action='1.2']")).getText())
			.contains("A meeting with Customs is set for March 2016.");
		assertThat(this.browser.findElements(By.cssSelector("#timeline"))).as("how it was written stays private")
			.isEmpty();
		BrowserSupport.screenshot(this.browser, "24-published-sc67");
	}

	private void move(String step, String message) {
		WebElement form = this.browser.findElement(By.cssSelector("form.lifecycle-form[data-step=" + step + "]"));
		if (message != null) {
			form.findElement(By.name("message")).sendKeys(message);
		}
		form.findElement(By.cssSelector("button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("moved=" + step));
	}

	private void signIn(String username, String password) {
		open("/login");
		BrowserSupport.signIn(this.browser, this.wait, username, password);
	}

	private void signOut() {
		this.browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		this.wait.until(ExpectedConditions.urlContains("signedOut"));
	}

	private Long horizontalOverflow() {
		return (Long) ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText().strip();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
