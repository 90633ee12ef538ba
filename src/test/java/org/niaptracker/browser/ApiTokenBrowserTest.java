package org.niaptracker.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cambodia's focal point makes an API token on the account's token page, copies it from
 * the one page that shows it, a script uses it, and the focal point revokes it: the
 * script is refused from then on. Screenshots go to target/screenshots.
 */
@BrowserTest
class ApiTokenBrowserTest {

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
	void aFocalPointCreatesReadsOnceAndRevokesAToken() throws Exception {
		this.browser = BrowserSupport.startChromium(1280, 900);
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		open("/login");
		BrowserSupport.signIn(this.browser, wait, "focal.kh", "cambodia-demo");

		this.browser.findElement(By.cssSelector("a[data-nav=tokens]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("token-form")));
		assertThat(this.browser.findElements(By.cssSelector("#tokens tr[data-token]"))).isEmpty();
		this.browser.findElement(By.id("token-name")).sendKeys("Nightly import");
		this.browser.findElement(By.id("token-days")).clear();
		this.browser.findElement(By.id("token-days")).sendKeys("30");
		this.browser.findElement(By.cssSelector("#token-form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-token-value")));
		String token = this.browser.findElement(By.id("new-token-value")).getDomProperty("value");
		assertThat(token).matches("niap_[a-z0-9]{8}_[A-Za-z0-9_-]{43}");
		BrowserSupport.screenshot(this.browser, "90-api-token-created");

		assertThat(callApi(token)).as("the script is signed in: the unknown step is what it lacks").isEqualTo(404);
		assertThat(callApi(null)).isEqualTo(401);

		// Shown once: the page again lists the token by its start only.
		open("/account/tokens");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tokens")));
		assertThat(this.browser.findElements(By.id("new-token-value"))).isEmpty();
		assertThat(this.browser.getPageSource()).doesNotContain(token).contains("niap_" + token.substring(5, 13) + "_");
		assertThat(this.browser.findElement(By.cssSelector("#tokens tr[data-token] td:nth-of-type(3)")).getText())
			.as("last used")
			.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

		this.browser.findElement(By.cssSelector("#tokens tr[data-state=ACTIVE] form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tokens tr[data-state=REVOKED]")));
		BrowserSupport.screenshot(this.browser, "91-api-token-revoked");
		assertThat(callApi(token)).isEqualTo(401);
	}

	/**
	 * A script's request: a life-cycle step that does not exist on Cambodia's SC66
	 * report.
	 */
	private int callApi(String token) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/parties/KH/reports/SC66/lifecycle/none"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"version\": 0}"));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
