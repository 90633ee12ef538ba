package org.niaptracker.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium and chromium-driver packages) for the browser
 * tests. Where no Chromium is installed the tests are skipped with a message saying so;
 * {@code .ci/run} installs it, so in CI they always run.
 */
public final class BrowserSupport {

	private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome");

	private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private BrowserSupport() {
	}

	public static WebDriver startChromium(int width, int height) {
		String browser = firstExisting(System.getenv("NIAP_CHROMIUM"), BROWSERS);
		String driver = firstExisting(System.getenv("NIAP_CHROMEDRIVER"), DRIVERS);
		String missing = "no Chromium/ChromeDriver installed (apt-get install chromium chromium-driver)";
		if (Boolean.parseBoolean(System.getenv("NIAP_REQUIRE_BROWSER"))) {
			Assertions.assertTrue(browser != null && driver != null, "Browser test cannot run: " + missing);
		}
		Assumptions.assumeTrue(browser != null && driver != null, "Browser test skipped: " + missing);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--hide-scrollbars", "--window-size=" + width + "," + height, "--lang=en");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile())
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return chrome;
	}

	/**
	 * Signs in on the sign-in page the browser shows, and waits until it has left it.
	 */
	public static void signIn(WebDriver driver, WebDriverWait wait, String username, String password) {
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Saves what the browser shows, full page, as target/screenshots/NAME.png. */
	public static Path screenshot(WebDriver driver, String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		byte[] png = (driver instanceof ChromeDriver chrome) ? fullPage(chrome)
				: ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		Files.write(file, png);
		return file;
	}

	private static byte[] fullPage(ChromeDriver chrome) {
		Object height = chrome.executeScript("return document.documentElement.scrollHeight");
		Object width = chrome.executeScript("return document.documentElement.clientWidth");
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", ((Number) width).intValue(), "height", ((Number) height).intValue(),
						"deviceScaleFactor", 1, "mobile", false));
		try {
			return chrome.getScreenshotAs(OutputType.BYTES);
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
		}
	}

	private static String firstExisting(String preferred, List<String> candidates) {
		if (preferred != null && Files.isExecutable(Path.of(preferred))) {
			return preferred;
		}
		return candidates.stream()
			.filter((candidate) -> Files.isExecutable(Path.of(candidate)))
			.findFirst()
			.orElse(null);
	}

}
