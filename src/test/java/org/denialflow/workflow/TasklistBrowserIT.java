package org.denialflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.denialflow.ingest.ImportService;
import org.denialflow.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tasklist in headless Chromium: a billing demo user logs in, finds the team's filter and a denial task,
 * opens it, sees the Camunda Form with the denial's data and the fields to fill, claims it, fills it in and
 * completes it. Runs in the PostgreSQL integration tests' application context (one engine per JVM: the
 * webapps find theirs by name). Skipped where no
 * chromedriver is installed, unless DENIALFLOW_REQUIRE_BROWSER=true (CI), where that is a failure.
 */
@PostgresIntegrationTest
class TasklistBrowserIT {

    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final File CHROMIUM = new File("/usr/bin/chromium");

    @LocalServerPort
    int port;
    @Autowired
    ImportService imports;
    @Autowired
    DenialRepository denials;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;

    WebDriver browser;
    Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean installed = CHROMEDRIVER.canExecute() && CHROMIUM.canExecute();
        if (!installed && Boolean.parseBoolean(System.getenv("DENIALFLOW_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("DENIALFLOW_REQUIRE_BROWSER=true but " + CHROMEDRIVER + " or " + CHROMIUM
                    + " is missing: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "No " + CHROMEDRIVER + ": browser test skipped");
        profile = Files.createTempDirectory("denialflow-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            // what the browser showed last, for whoever reads a failure
            Files.writeString(Path.of("target", "tasklist-browser-last-page.html"), browser.getPageSource());
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Scrolls the element to the middle of the window (away from Tasklist's fixed header and footer) and clicks it. */
    private void click(WebDriverWait wait, By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        centre(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void centre(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
    }

    @Test
    void aBillingUserOpensADenialTaskSeesItsFormAndCompletesIt() {
        ClockUtil.setCurrentTime(LifecycleDriver.SAMPLE_TODAY);
        Denial denial;
        try {
            denial = new LifecycleDriver(imports, denials, jdbc, runtimeService, taskService, managementService,
                    identityService).importDenial("BRW", "CO-16", null, "MC");
        } finally {
            ClockUtil.reset();
        }
        String claim = denial.payerClaimNumber();
        // other integration tests share this database: put this task at the top of the team's queue
        taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(denial.id())).list()
                .forEach(t -> taskService.setPriority(t.getId(), 100));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("beatrice");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(normalize-space(.), 'Billing: denials by priority')]")));
        WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class, 'task')]//*[contains(normalize-space(text()), 'Correct and resubmit claim "
                        + claim + "')]")));
        task.click();

        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class, 'fjs-form')]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//*[contains(@class, 'fjs-form')]"),
                "What did you do?"));
        String text = form.getText();
        assertThat(text).contains("Correct and resubmit the claim", claim, denial.patientControlNumber(), "CO-16",
                "915.39", "What did you do?", "Note for the audit trail");
        assertThat(browser.findElements(By.xpath("//*[contains(@class, 'fjs-form')]//textarea"))).isNotEmpty();

        // claim it, fill in the form and complete it
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        click(wait, By.cssSelector("[id$='resolution-field-display']"));
        click(wait, By.xpath("//*[contains(@class, 'fjs-dropdownlist-item') and normalize-space(.) = 'Billed another payer']"));
        WebElement note = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea[id$='note-field']")));
        centre(note);
        note.sendKeys("Secondary insurance billed");
        click(wait, By.cssSelector("button.btn-primary[ng-click='complete()']"));
        wait.until(driver -> "BILLED_TO_OTHER_PAYER".equals(denials.get(denial.id()).outcome()));
        assertThat(jdbc.sql("select actor || ':' || decision || ':' || note from audit_entry where subject_id = ? "
                + "and subject_type = 'DENIAL' and action = 'TASK_COMPLETED'").param(denial.id()).query(String.class)
                .single()).isEqualTo("beatrice:BILLED_TO_OTHER_PAYER:Secondary insurance billed");
    }
}
