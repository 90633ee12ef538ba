package org.niaptracker.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.BrowserTest;
import org.niaptracker.test.Reports;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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
 * Issue 3's journey in real headless Chromium: Cambodia's focal point signs in, starts
 * the report to SC67 from the SC66 one, moves action 1.2 from Challenging to On track and
 * sees Part B rearrange itself, then reloads and finds it still there. Screenshots go to
 * target/screenshots.
 */
@BrowserTest
class FocalPointJourneyBrowserTest {

	private static final String PART_B_CELL = "#part-b td[data-rating='%s'] li[data-action='1.2']";

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
	void focalPointStartsTheNextReportAndMovesAnAction() throws Exception {
		this.browser = BrowserSupport.startChromium(1280, 900);
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));

		open("/login");
		this.browser.findElement(By.id("username")).sendKeys("focal.kh");
		this.browser.findElement(By.id("password")).sendKeys("cambodia-demo");
		BrowserSupport.screenshot(this.browser, "10-sign-in");
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		open("/parties/KH");
		this.browser.findElement(By.cssSelector("a[href$='/parties/KH/reports/new']")).click();
		wait.until(ExpectedConditions.urlContains("/reports/new"));
		assertThat(new Select(this.browser.findElement(By.id("new-report-meetingCode"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("SC67");
		WebElement periodEnd = this.browser.findElement(By.cssSelector("input[name=periodEnd]"));
		// Chromium's month picker takes no plain text; set it as the picker would.
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = '2016-06'", periodEnd);
		BrowserSupport.screenshot(this.browser, "11-start-report");
		periodEnd.submit();

		wait.until(ExpectedConditions.urlContains("/parties/KH/reports/SC67/edit"));
		assertThat(partBCell("CHALLENGING")).as("carried over from SC66").hasSize(1);
		assertThat(partBCell("ON_TRACK")).isEmpty();

		// The editor follows the annex: cover, Part A, Part B, Part C.
		assertThat(this.browser.findElements(By.cssSelector(".editor > section.part"))
			.stream()
			.map((section) -> section.getAttribute("id"))
			.toList()).containsExactly("cover", "part-a", "part-b", "part-c");

		// Text typed into 2.1 and not saved is marked, and kept while 1.2 is saved.
		WebElement other = this.browser.findElement(By.cssSelector("form.action-editor[data-action='2.1'] textarea"));
		other.sendKeys("\nA point typed but not saved yet.");
		assertThat(
				this.browser.findElement(By.cssSelector("form.action-editor[data-action='2.1'] [data-unsaved-marker]"))
					.isDisplayed())
			.isTrue();
		assertThat(this.browser.findElement(By.cssSelector("[data-unsaved-summary]")).isDisplayed()).isTrue();

		WebElement form = this.browser.findElement(By.cssSelector("form.action-editor[data-action='1.2']"));
		String formId = form.getAttribute("id");
		new Select(form.findElement(By.name("rating"))).selectByValue("ON_TRACK");
		// Saved with the keyboard: Enter on "Save 1.2".
		form.findElement(By.cssSelector("button[type=submit]")).sendKeys(Keys.ENTER);
		wait.until((driver) -> !partBCell("ON_TRACK").isEmpty());
		wait.until((driver) -> "Saved.".equals(this.browser.switchTo().activeElement().getText()));
		WebElement focused = this.browser.switchTo().activeElement();
		assertThat(focused.getAttribute("id")).as("focus on 1.2's status").isEqualTo(formId + "-status");
		assertThat(focused.getAttribute("role")).isEqualTo("status");
		assertThat(inView(this.browser.findElement(By.id(formId)))).as("the person stays at 1.2").isTrue();
		assertThat(partBCell("CHALLENGING")).isEmpty();
		assertThat(this.browser.findElement(By.cssSelector("form.action-editor[data-action='2.1'] textarea"))
			.getAttribute("value")).as("2.1's unsaved text is kept").contains("A point typed but not saved yet.");
		assertThat(leavingIsQuestioned()).as("leaving with unsaved text asks first").isTrue();
		BrowserSupport.screenshot(this.browser, "12-editor-after-moving-1.2");

		// Links change the address with the content.
		this.browser.findElement(By.cssSelector(".toolbar a[href$='/history']")).click();
		acceptLeaving();
		wait.until(ExpectedConditions.urlContains("/parties/KH/reports/SC67/history"));
		this.browser.navigate().back();
		wait.until(ExpectedConditions.urlContains("/parties/KH/reports/SC67/edit"));

		this.browser.navigate().refresh();
		acceptLeaving();
		assertThat(partBCell("ON_TRACK")).as("still there after a reload").hasSize(1);
		assertThat(new Select(
				this.browser.findElement(By.cssSelector("form.action-editor[data-action='1.2'] select[name=rating]")))
			.getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("ON_TRACK");

		open("/parties/KH/reports/SC67");
		assertThat(partBCell("ON_TRACK")).as("the report page reads the same evaluation").hasSize(1);
		assertThat(this.browser.findElement(By.cssSelector("#part-c tr[data-action='1.2']")).getText())
			.contains("On track");
		BrowserSupport.screenshot(this.browser, "13-draft-sc67");
		assertThat(Reports.ratingCode(this.jdbc, Reports.evaluationId(this.jdbc, "KH", "SC67", "1.2")))
			.isEqualTo("ON_TRACK");
	}

	private boolean inView(WebElement element) {
		return (Boolean) ((JavascriptExecutor) this.browser).executeScript(
				"var r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;",
				element);
	}

	/** Whether the editor asks before the page is left (a cancelled beforeunload). */
	private boolean leavingIsQuestioned() {
		return (Boolean) ((JavascriptExecutor) this.browser).executeScript(
				"var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
	}

	/** Confirms leaving the page if the browser asks (unsaved changes). */
	private void acceptLeaving() {
		try {
			this.browser.switchTo().alert().accept();
		}
		catch (org.openqa.selenium.NoAlertPresentException ex) {
			// Nothing asked.
		}
	}

	private java.util.List<WebElement> partBCell(String rating) {
		return this.browser.findElements(By.cssSelector(PART_B_CELL.formatted(rating)));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
