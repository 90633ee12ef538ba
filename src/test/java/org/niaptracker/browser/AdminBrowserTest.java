package org.niaptracker.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates a focal point account in headless Chromium, in French.
 * Screenshots go to target/screenshots.
 */
@BrowserTest
class AdminBrowserTest {

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
	void anAdministratorCreatesAFocalPoint() throws Exception {
		this.browser = BrowserSupport.startChromium(1280, 900);
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		open("/login?lang=fr");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys("admin-demo");
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		open("/admin");
		this.browser.findElement(By.cssSelector("a[href='/admin/users']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("users")));
		assertThat(this.browser.findElements(By.cssSelector("#users tr[data-user]"))).hasSizeGreaterThanOrEqualTo(3);
		BrowserSupport.screenshot(this.browser, "30-admin-users-fr");

		open("/admin/users/new");
		this.browser.findElement(By.id("user-username")).sendKeys("focal.kh2");
		this.browser.findElement(By.id("user-displayName")).sendKeys("Second focal point for Cambodia");
		new Select(this.browser.findElement(By.id("user-role"))).selectByValue("FOCAL_POINT");
		this.browser.findElement(By.id("user-password")).sendKeys("short");
		this.browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".field--error .field-error"), "12"));
		this.browser.findElement(By.id("user-password")).clear();
		this.browser.findElement(By.id("user-password")).sendKeys("ivory-ledger-mango-47-orbit");
		this.browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".field--error .field-error"),
				"Partie"));
		BrowserSupport.screenshot(this.browser, "31-admin-new-user-errors-fr");

		new Select(this.browser.findElement(By.id("user-partyCode"))).selectByValue("KH");
		this.browser.findElement(By.id("user-password")).clear();
		this.browser.findElement(By.id("user-password")).sendKeys("ivory-ledger-mango-47-orbit");
		this.browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlContains("created"));
		assertThat(
				this.jdbc.queryForObject("select count(*) from app_user where username = 'focal.kh2'", Integer.class))
			.isEqualTo(1);
		BrowserSupport.screenshot(this.browser, "32-admin-user-created-fr");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
