package org.niaptracker.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.BenchData;
import org.niaptracker.test.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader, signed out, opens the process dashboard from the header, filters it, and sees
 * no draft data; screenshots go to target/screenshots (dashboard.png is the README's).
 */
@BrowserTest
class DashboardBrowserTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	private WebDriver browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void publicDashboardSignedOutWithoutDraftData() throws Exception {
		BenchData.generate(this.jdbc, 12, 10, 4);
		this.browser = BrowserSupport.startChromium(1280, 900);
		this.browser.get("http://localhost:" + this.port + "/");
		this.browser.findElement(By.cssSelector("[data-nav=dashboard]")).click();
		assertThat(this.browser.getCurrentUrl()).endsWith("/dashboard");
		assertThat(this.browser.findElements(By.cssSelector("#dashboard tbody tr"))).hasSize(13);
		assertThat(this.browser.findElements(By.cssSelector("[data-status=DRAFT], [data-status=SUBMITTED], "
				+ "[data-status=ACCEPTED], [data-flag=overdue], tr[data-party=AA] [data-bars~=SC103]")))
			.isEmpty();
		assertThat(this.browser.findElement(By.cssSelector("tr[data-party=AA] [data-cell=report]")).getText())
			.contains("SC102")
			.doesNotContain("SC103");
		assertThat(this.browser.findElements(By.cssSelector("svg.trend"))).hasSize(13);
		Long overflow = (Long) ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow).as("horizontal overflow in pixels").isLessThanOrEqualTo(0L);
		BrowserSupport.screenshot(this.browser, "dashboard");

		new Select(this.browser.findElement(By.id("category"))).selectByValue("B");
		new Select(this.browser.findElement(By.id("sort"))).selectByValue("achieved");
		this.browser.findElement(By.cssSelector(".dashboard-filters button")).click();
		// The click returns before the browser has loaded the filtered page.
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("sort=achieved"));
		assertThat(this.browser.getCurrentUrl()).contains("category=B", "sort=achieved");
		assertThat(this.browser.findElements(By.cssSelector("#dashboard tbody tr"))).hasSize(4);
		BrowserSupport.screenshot(this.browser, "dashboard-category-b");

		this.browser.get("http://localhost:" + this.port + "/dashboard?lang=fr");
		BrowserSupport.startChromium(390, 844).quit();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Le processus des PANI");
	}

}
