package org.niaptracker.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.importing.ReportDocuments;
import org.niaptracker.importing.ReportDocuments.Variant;
import org.niaptracker.test.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cambodia's focal point imports its report from Word in headless Chromium: uploads the
 * document, reads the preview (5.2 taken from Part B and flagged), confirms, and sees the
 * draft in the editor. A document over the upload limit, and a JSON file of another
 * schema version, get a page that says so. Screenshots go to target/screenshots.
 */
@BrowserTest
class ImportBrowserTest {

	@LocalServerPort
	private int port;

	private WebDriver browser;

	private WebDriverWait wait;

	@AfterEach
	void cleanUp() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aFocalPointImportsItsReportFromWord() throws Exception {
		Path dir = Files.createDirectories(Path.of("target", "import-documents"));
		Path document = dir.resolve("cambodia-sc67.docx");
		Files.write(document, ReportDocuments.cambodia("CAMBODIA", "SC67", Variant.CAPITALS));
		Path large = dir.resolve("large.docx");
		Files.write(large, new byte[7 * 1024 * 1024]);
		this.browser = BrowserSupport.startChromium(1280, 900);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));

		signIn("focal.kh", "cambodia-demo");
		open("/parties/KH");
		this.browser.findElement(By.linkText("Import a report from Word or JSON")).click();
		this.wait.until(ExpectedConditions.urlContains("/parties/KH/reports/import"));
		this.browser.findElement(By.id("import-report-file")).sendKeys(large.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("#import-report button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "larger than 5 MB"));

		Path otherVersion = dir.resolve("report-v2.json");
		Files.writeString(otherVersion, "{\"$schema\": \"/schema/report-v1.json\", \"schemaVersion\": 2}");
		open("/parties/KH/reports/import");
		this.browser.findElement(By.id("import-report-file")).sendKeys(otherVersion.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("#import-report button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
				"This JSON file is not a report in the app’s format"));

		open("/parties/KH/reports/import");
		this.browser.findElement(By.id("import-report-file")).sendKeys(document.toAbsolutePath().toString());
		this.browser.findElement(By.cssSelector("#import-report button[type=submit]")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-confirm")));
		assertThat(this.browser.findElement(By.cssSelector("tr[data-action='5.2']")).getText()).contains("On track",
				"Part C reads PROGRESS RATING");
		assertThat(this.browser.findElement(By.cssSelector("[data-import='notes']")).getText())
			.contains("CATEGORY 2: [Name]");
		BrowserSupport.screenshot(this.browser, "70-import-preview");
		this.browser.findElement(By.cssSelector("#import-confirm button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/parties/KH/reports/SC67/edit"));
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.contains("Consultations have been held within FA");
		BrowserSupport.screenshot(this.browser, "71-imported-draft");
	}

	private void signIn(String username, String password) {
		open("/login");
		BrowserSupport.signIn(this.browser, this.wait, username, password);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
