package org.pvcoder.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pvcoder.support.CaseBodies;
import org.pvcoder.support.TestUsers;
import org.pvcoder.users.UserService;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A coder in a real browser (Debian chromium, headless): log in, claim the next task, accept the first candidate
 * with the keyboard, and the case item is coded. Screenshots of each page go to target/screenshots.
 */
@QuarkusTest
class CoderBrowserFlowTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL base;

    @Inject
    UserService users;

    WebDriver browser;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "chromium and chromium-driver are installed by .ci/run");
        TestUsers.ensure(users);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Earlier tests may have left open tasks; this flow needs its own to be next. */
    private static void drainQueue() {
        for (Object id : TestUsers.as("admin").queryParam("status", "OPEN").queryParam("size", 500).get("/api/review/tasks")
                .then().extract().jsonPath().getList("items.id")) {
            TestUsers.as("admin").contentType(io.restassured.http.ContentType.JSON)
                    .body("{\"action\": \"REJECT\", \"reason\": \"cleared for the browser test\"}")
                    .post("/api/review/tasks/" + id + "/decision").then().statusCode(200);
        }
    }

    @Test
    void loginClaimAcceptNext() throws Exception {
        drainQueue();
        long caseId = CaseBodies.create(CaseBodies.withReactions("UI-FLOW", true, "whole room going round"));

        browser.get(base + "ui/queue");
        assertTrue(browser.getCurrentUrl().contains("/ui/login"), "the queue asks for a login first");
        screenshot("login");
        browser.findElement(By.id("username")).sendKeys("coder");
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("login")).click();
        waitForUrl("/ui/queue");
        assertTrue(browser.findElement(By.id("tasks")).getText().contains("whole room going round"));
        screenshot("queue");

        browser.findElement(By.id("next")).click();
        waitForUrl("/ui/tasks/");
        String verbatim = browser.findElement(By.id("verbatim")).getText();
        assertTrue(verbatim.contains("whole room going round"), "serious case first, was " + verbatim);
        String firstCode = browser.findElement(By.cssSelector("#candidates li input[name=lltCode]")).getAttribute("value");
        screenshot("task");

        browser.findElement(By.tagName("body")).sendKeys("1");
        waitForUrl("/ui/queue");
        assertTrue(browser.findElement(By.id("flash")).getText().contains("coded as " + firstCode));
        screenshot("after-accept");

        TestUsers.as("viewer").get("/api/cases/" + caseId).then()
                .body("case.reactions[0].lltCode", equalTo(firstCode))
                .body("case.reactions[0].coding.status", equalTo("HUMAN_CODED"))
                .body("case.reactions[0].coding.codedBy", equalTo("coder"));

        browser.get(base + "ui/cases/" + caseId);
        assertTrue(browser.findElement(By.id("coded-items")).getText().contains("HUMAN_CODED"));
        screenshot("case");
        long full = CaseBodies.create(org.pvcoder.support.Examples.fullCase("UI-FULL"));
        browser.get(base + "ui/cases/" + full);
        // "HTN" is read through the lexicon, below the 0.95 auto-coding cut: the ICD-10 column shows it awaits review
        assertTrue(browser.findElement(By.id("coded-items")).getText().contains("– (NEEDS_REVIEW)"),
                "the indication HTN shows its ICD-10 state");
        screenshot("case-full");
        browser.get(base + "ui/synonyms?status=APPROVED");
        assertTrue(browser.findElement(By.id("synonyms")).getText().contains("whole room going round"));
        screenshot("synonyms");
    }

    /** Clicks and key presses return before the browser has followed the redirect; wait for it. */
    private void waitForUrl(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
