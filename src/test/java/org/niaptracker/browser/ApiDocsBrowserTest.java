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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI at /api/docs, signed out, in Chromium, under the application's Content
 * Security Policy (set on every response by Tomcat's valve, so only a real server shows
 * it, with inline styles allowed on Swagger UI's pages only): its scripts run (the
 * endpoints are listed by tag, the report's operation opens), its stylesheet applies, and
 * the browser reports no refused script, style or fetch. Screenshot:
 * target/screenshots/60-api-docs.png.
 */
@BrowserTest
class ApiDocsBrowserTest {

	@LocalServerPort
	private int port;

	private WebDriver browser;

	@AfterEach
	void cleanUp() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void swaggerUiListsTheEndpointsByTagUnderTheContentSecurityPolicy() throws Exception {
		this.browser = BrowserSupport.startChromium(1280, 1000);
		this.browser.get("http://localhost:" + this.port + "/api/docs");
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));
		List<String> tags = this.browser.findElements(By.cssSelector(".opblock-tag"))
			.stream()
			.map((tag) -> tag.getAttribute("data-tag"))
			.toList();
		assertThat(tags).contains("Parties", "Plans", "Action timelines", "Reports", "Meetings", "Overviews",
				"Rating scales");
		assertThat(this.browser.findElement(By.cssSelector(".info .title")).getText()).contains("NIAP Tracker API");
		// The stylesheet applies: Swagger UI's own look, not the browser's defaults.
		String titleSize = (String) ((JavascriptExecutor) this.browser)
			.executeScript("return getComputedStyle(document.querySelector('.info .title')).fontSize;");
		assertThat(titleSize).isEqualTo("36px");
		WebElement report = this.browser
			.findElement(By.cssSelector("#operations-Reports-report .opblock-summary-control"));
		report.click();
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#operations-Reports-report .model-example")));
		BrowserSupport.screenshot(this.browser, "60-api-docs");
		List<LogEntry> refused = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getMessage().contains("Content Security Policy"))
			.toList();
		assertThat(refused).as("refused by the Content Security Policy").isEmpty();
	}

}
