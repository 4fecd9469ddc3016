package org.denialflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.denialflow.ingest.ImportService;
import org.denialflow.support.HeadlessChromium;
import org.denialflow.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tasklist in headless Chromium: a billing demo user logs in, finds the team's filter and a denial task,
 * opens it, sees the Camunda Form with the denial's data and the fields to fill, claims it, fills it in and
 * completes it. Runs in the PostgreSQL integration tests' application context (one engine per JVM: the
 * webapps find theirs by name).
 */
@PostgresIntegrationTest
class TasklistBrowserIT {

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

    HeadlessChromium chromium;
    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.startOrSkip("tasklist-browser");
        browser = chromium.driver();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private void click(WebDriverWait wait, By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        chromium.centre(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
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
        chromium.centre(note);
        note.sendKeys("Secondary insurance billed");
        click(wait, By.cssSelector("button.btn-primary[ng-click='complete()']"));
        wait.until(driver -> "BILLED_TO_OTHER_PAYER".equals(denials.get(denial.id()).outcome()));
        assertThat(jdbc.sql("select actor || ':' || decision || ':' || note from audit_entry where subject_id = ? "
                + "and subject_type = 'DENIAL' and action = 'TASK_COMPLETED'").param(denial.id()).query(String.class)
                .single()).isEqualTo("beatrice:BILLED_TO_OTHER_PAYER:Secondary insurance billed");
    }
}
