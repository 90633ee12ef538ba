package org.niaptracker.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.niaptracker.test.BrowserTest;
import org.niaptracker.test.PdfPartB;
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
 * A second Party comes in through the pages alone, in headless Chromium: an administrator
 * adds Uganda (Category A since CoP17) and its focal point's account; the focal point
 * enters and adopts Uganda's plan (3 pillars, 6 actions); the Secretariat records
 * Uganda's SC66 report as "SC66 Doc. 29" "Annex 9", fills it in and records it as
 * published; the public PDF annex puts each action under its rating in Part B and carries
 * the stamp on every page. Screenshots go to target/screenshots.
 */
@BrowserTest
class UgandaOnboardingBrowserTest {

	private static final String FOCAL_POINT = "focal.ug";

	private static final String FOCAL_POINT_PASSWORD = "kidepo-savanna-ledger-2014";

	/** Pillar number and name. */
	private static final Map<Integer, String> PILLARS = Map.of(1, "Legislation and regulations", 2,
			"National-level enforcement", 3, "Ivory stockpile management");

	/** Action number, title and the rating of the SC66 report, in the plan's order. */
	private static final List<String[]> ACTIONS = List.of(
			new String[] { "1.1", "Review the Uganda Wildlife Act and raise its penalties for ivory trafficking",
					"SUBSTANTIALLY_ACHIEVED", "Substantially achieved" },
			new String[] { "1.2", "Issue regulations on the registration of private ivory stocks", "ON_TRACK",
					"On track" },
			new String[] { "2.1", "Train wildlife, police and customs officers at Entebbe airport to detect ivory",
					"ON_TRACK", "On track" },
			new String[] { "2.2", "Set up a joint investigation unit with the police and the revenue authority",
					"CHALLENGING", "Challenging" },
			new String[] { "3.1", "Mark and inventory the government ivory stockpile", "UNCLEAR", "Unclear" },
			new String[] { "3.2", "Report every large ivory seizure to ETIS within ninety days",
					"SUBSTANTIALLY_ACHIEVED", "Substantially achieved" });

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
	void ugandaComesInThroughThePagesAndItsSc66AnnexIsPublished() throws Exception {
		this.browser = BrowserSupport.startChromium(1280, 900);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));

		addUgandaAndItsFocalPoint();
		enterAndAdoptThePlan();
		recordTheSc66Report();

		byte[] pdf = publicAnnexPdf();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				PDFTextStripper onePage = new PDFTextStripper();
				onePage.setStartPage(page);
				onePage.setEndPage(page);
				assertThat(onePage.getText(document)).as("stamp on page " + page).contains("SC66 Doc. 29 Annex 9");
			}
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("UGANDA", "June 2014 – September 2015",
					"Prepared for the 66th meeting of the CITES Standing Committee");
			Map<String, String> expected = new TreeMap<>();
			ACTIONS.forEach((action) -> expected.put(action[0], action[3]));
			assertThat(PdfPartB.columns(document)).as("each action under its rating in Part B").isEqualTo(expected);
		}
	}

	private void addUgandaAndItsFocalPoint() throws Exception {
		signIn("admin", "admin-demo");
		open("/admin/parties");
		this.browser.findElement(By.id("party-code")).sendKeys("UG");
		this.browser.findElement(By.id("party-name")).sendKeys("Uganda");
		new Select(this.browser.findElement(By.id("party-category"))).selectByValue("A");
		this.browser.findElement(By.id("party-categorySince")).sendKeys("CoP17");
		this.browser.findElement(By.cssSelector("#party-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("added=UG"));
		assertThat(this.browser.findElement(By.cssSelector("#parties tr[data-party='UG']")).getText())
			.contains("Uganda", "Category A ('primary concern')", "CoP17");
		BrowserSupport.screenshot(this.browser, "50-uganda-added");

		// Its profile: the names in French and Spanish and where its NIAP process stands.
		this.browser.findElement(By.linkText("Uganda")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile-form")));
		this.browser.findElement(By.id("profile-nameFr")).sendKeys("Ouganda");
		new Select(this.browser.findElement(By.id("profile-processStatus"))).selectByValue("IMPLEMENTING");
		this.browser.findElement(By.id("profile-processStatusSince")).sendKeys("SC65");
		this.browser.findElement(By.cssSelector("#profile-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("saved"));
		assertThat(this.browser.findElement(By.id("party-history")).getText()).contains("NIAP being implemented",
				"Ouganda");
		BrowserSupport.screenshot(this.browser, "51-uganda-profile");

		open("/admin/users/new");
		this.browser.findElement(By.id("user-username")).sendKeys(FOCAL_POINT);
		this.browser.findElement(By.id("user-displayName")).sendKeys("NIAP focal point of Uganda");
		new Select(this.browser.findElement(By.id("user-role"))).selectByValue("FOCAL_POINT");
		new Select(this.browser.findElement(By.id("user-partyCode"))).selectByValue("UG");
		this.browser.findElement(By.id("user-password")).sendKeys(FOCAL_POINT_PASSWORD);
		this.browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("created"));
		assertThat(this.jdbc.queryForObject("""
				select p.code from app_user u join party p on p.id = u.party_id where u.username = ?""", String.class,
				FOCAL_POINT))
			.isEqualTo("UG");
		signOut();
	}

	private void enterAndAdoptThePlan() throws Exception {
		signIn(FOCAL_POINT, FOCAL_POINT_PASSWORD);
		open("/parties/UG");
		assertThat(this.browser.findElement(By.id("party-profile")).getText()).contains("Category A", "CoP17");
		this.browser.findElement(By.linkText("The plan and its revisions")).click();
		this.wait.until(ExpectedConditions.urlContains("/parties/UG/plan"));
		this.browser.findElement(By.xpath("//button[normalize-space()='Enter the plan']")).click();
		this.wait.until(ExpectedConditions.urlContains("/parties/UG/plan/revisions/1"));

		for (int number = 1; number <= PILLARS.size(); number++) {
			assertThat(this.browser.findElement(By.id("new-pillar-number")).getAttribute("value"))
				.as("the next pillar's number is proposed")
				.isEqualTo(String.valueOf(number));
			this.browser.findElement(By.id("new-pillar-name")).sendKeys(PILLARS.get(number));
			this.browser.findElement(By.cssSelector("#pillar-form button[type=submit]")).click();
			this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pillar-" + number)));
		}
		for (String[] action : ACTIONS) {
			new Select(this.browser.findElement(By.id("new-action-pillar")))
				.selectByValue(action[0].substring(0, action[0].indexOf('.')));
			this.browser.findElement(By.id("new-action-number")).sendKeys(action[0]);
			this.browser.findElement(By.id("new-action-title")).sendKeys(action[1]);
			this.browser.findElement(By.cssSelector("#action-form button[type=submit]")).click();
			this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-" + action[0])));
		}
		for (String[] action : ACTIONS) {
			String pillar = action[0].substring(0, action[0].indexOf('.'));
			assertThat(this.browser
				.findElement(By.cssSelector("[data-pillar='" + pillar + "'] [data-action='" + action[0] + "']"))
				.getText()).contains(action[1]);
		}

		WebElement adoptedOn = this.browser.findElement(By.id("adopt-adoptedOn"));
		// Chromium's date picker takes no plain text reliably; set it as the picker
		// would.
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = '2014-05-30'", adoptedOn);
		this.browser.findElement(By.id("adopt-note")).sendKeys("Uganda's NIAP as first agreed.");
		BrowserSupport.screenshot(this.browser, "52-uganda-plan-draft");
		this.browser.findElement(By.cssSelector("#adopt-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("adopted=1"));
		assertThat(this.browser.findElement(By.id("in-force-heading")).getText()).contains("revision 1");
		assertThat(this.browser.findElements(By.cssSelector(".plan [data-action]"))).hasSize(ACTIONS.size());
		BrowserSupport.screenshot(this.browser, "53-uganda-plan-in-force");
		signOut();
	}

	private void recordTheSc66Report() throws Exception {
		signIn("secretariat", "secretariat-demo");
		open("/parties/UG");
		this.browser.findElement(By.cssSelector("a[data-record]")).click();
		this.wait.until(ExpectedConditions.urlContains("/parties/UG/reports/record"));
		new Select(this.browser.findElement(By.id("record-report-meetingCode"))).selectByValue("SC66");
		setValue("record-report-periodStart", "2014-06");
		setValue("record-report-periodEnd", "2015-09");
		setValue("record-report-submittedOn", "2015-10-12");
		this.browser.findElement(By.id("record-report-preparedBy")).sendKeys("NIAP focal point of Uganda");
		this.browser.findElement(By.id("record-report-documentRef")).sendKeys("SC66 Doc. 29");
		this.browser.findElement(By.id("record-report-annexRef")).sendKeys("Annex 9");
		replace("record-report-languageLine", "(English only / únicamente en inglés / seulement en anglais)");
		replace("record-report-groupHeading", "Parties of 'primary concern'");
		BrowserSupport.screenshot(this.browser, "54-uganda-record-sc66");
		this.browser.findElement(By.cssSelector("#record-report button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("/parties/UG/reports/SC66/edit"));

		replace("part-a-synopsis", "Uganda adopted its NIAP in May 2014 and reports on it for the first time.");
		replace("part-a-progressToDate", "The amended Wildlife Act is before Parliament.");
		replace("part-a-futureOutlook", "The stockpile inventory is to start in 2016.");
		this.browser.findElement(By.cssSelector("#part-a-form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("part-a-form-status"), "Saved."));

		for (String[] action : ACTIONS) {
			WebElement form = this.browser
				.findElement(By.cssSelector("form.action-editor[data-action='" + action[0] + "']"));
			String formId = form.getAttribute("id");
			new Select(form.findElement(By.name("rating"))).selectByValue(action[2]);
			form.findElement(By.name("points")).sendKeys("Recorded from Uganda's report as sent: " + action[0] + ".");
			form.findElement(By.cssSelector("button[type=submit]")).click();
			this.wait.until(ExpectedConditions.textToBe(By.id(formId + "-status"), "Saved."));
			this.wait.until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector("#part-b td[data-rating='" + action[2] + "'] li[data-action='" + action[0] + "']")));
		}
		BrowserSupport.screenshot(this.browser, "55-uganda-sc66-editor");

		open("/parties/UG/reports/SC66");
		assertThat(this.browser.findElement(By.cssSelector("#checks .checks__ok")).isDisplayed()).isTrue();
		this.browser.findElement(By.cssSelector("form[data-step='record'] button[type=submit]")).click();
		this.wait.until(ExpectedConditions.urlContains("moved=record"));
		assertThat(this.browser.findElement(By.cssSelector(".status-badge")).getText()).isEqualTo("Published");
		BrowserSupport.screenshot(this.browser, "56-uganda-sc66-published");
		assertThat(this.jdbc.queryForMap("""
				select rp.status, rp.recorded, rp.document_ref, rp.annex_ref from reporting_period rp
				  join party p on p.id = rp.party_id join meeting m on m.id = rp.meeting_id
				 where p.code = 'UG' and m.code = 'SC66'""")).containsEntry("status", "PUBLISHED")
			.containsEntry("recorded", true)
			.containsEntry("document_ref", "SC66 Doc. 29")
			.containsEntry("annex_ref", "Annex 9");
		signOut();
	}

	/** The annex as anyone reads it, signed out: it is published. */
	private byte[] publicAnnexPdf() throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		HttpResponse<byte[]> response = client.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/parties/UG/reports/SC66/annex.pdf"))
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return response.body();
	}

	/** Sets a date or month input as its picker would: Chromium takes no plain text. */
	private void setValue(String id, String value) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]",
				this.browser.findElement(By.id(id)), value);
	}

	private void replace(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
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
