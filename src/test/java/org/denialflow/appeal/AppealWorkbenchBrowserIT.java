package org.denialflow.appeal;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.denialflow.support.HeadlessChromium;
import org.denialflow.support.PostgresIntegrationTest;
import org.denialflow.workflow.LifecycleDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The appeals specialist's morning in headless Chromium: logs into Tasklist, opens the <em>Prepare appeal
 * packet</em> task, follows its link to the appeal workbench, makes a letter from the recommended template,
 * edits it as it will print, makes it final, attaches the operative report and assembles the packet.
 */
@PostgresIntegrationTest
class AppealWorkbenchBrowserIT {

    static final String SUMMARY = "Post-operative bleeding needed a second night of monitoring.";
    static final String ADDED = "The surgeon's operative report is enclosed.";

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
    @Autowired
    AppealLetters letters;
    @Autowired
    AppealPackets packets;

    HeadlessChromium chromium;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        chromium = HeadlessChromium.startOrSkip("appeal-workbench-browser");
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anAppealsSpecialistPreparesThePacketFromTheTask() throws IOException {
        Denial denial = deniedForMedicalNecessityAndSentToAppeal();

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("arthur");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        click(By.xpath("//*[contains(@class, 'task')]//*[contains(normalize-space(text()), 'Prepare appeal packet')"
                + " and contains(normalize-space(text()), '" + denial.payerClaimNumber() + "')]"));

        // Tasklist greys out the form of a task nobody has claimed
        click(By.cssSelector("button.claim"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Open the appeal workbench")));
        assertThat(link.getAttribute("href")).endsWith("/appeals/" + denial.id());
        String tasklist = browser.getWindowHandle();
        chromium.centre(link);
        link.click();
        browser.getWindowHandles().stream().filter(h -> !h.equals(tasklist)).findFirst()
                .ifPresent(h -> browser.switchTo().window(h));
        wait.until(ExpectedConditions.titleContains("Appeal workbench"));
        assertThat(browser.findElement(By.id("claim")).getText()).contains(denial.payerClaimNumber(), "CO-50");

        new Select(browser.findElement(By.id("template"))).selectByValue("medical-necessity");
        click(By.id("choose-template"));
        type(By.name("value.input.clinicalSummary"), SUMMARY);
        click(By.id("make-letter"));
        notice("Draft letter");

        WebElement editor = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".letter-editor")));
        assertThat(editor.getText()).contains(SUMMARY);
        chromium.centre(editor);
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, ADDED);
        click(By.cssSelector(".save-letter"));
        notice("saved");
        AppealLetter letter = letters.of(denial.id()).get(0);
        assertThat(letter.body()).contains(ADDED);

        click(By.cssSelector(".make-final"));
        notice("is final");

        Path report = Files.createTempFile("operative-report", ".pdf");
        try {
            Files.write(report, TestDocuments.pdf("Operative report: evacuation of haematoma"));
            browser.findElement(By.id("file")).sendKeys(report.toString());
            new Select(browser.findElement(By.id("kind"))).selectByValue("MEDICAL_RECORDS");
            click(By.id("attach"));
            notice("attached as Medical records");
        } finally {
            Files.deleteIfExists(report);
        }

        click(By.id("assemble-packet"));
        notice("assembled");
        AppealPacket packet = packets.latest(denial.id());
        assertThat(browser.findElement(By.cssSelector("a.packet-pdf")).getAttribute("href"))
                .endsWith("/api/denials/" + denial.id() + "/appeal-packets/" + packet.id() + ".pdf");
        assertThat(TestDocuments.text(packets.pdf(denial.id(), packet.id())))
                .contains(SUMMARY, ADDED, "Operative report: evacuation of haematoma");
    }

    private Denial deniedForMedicalNecessityAndSentToAppeal() {
        ClockUtil.setCurrentTime(LifecycleDriver.SAMPLE_TODAY);
        try {
            LifecycleDriver driver = new LifecycleDriver(imports, denials, jdbc, runtimeService, taskService,
                    managementService, identityService);
            Denial denial = driver.importDenial("WBK", "CO-50", null, "MC");
            driver.complete(denial.id(), "review-documentation", "claire", "documentationDecision", "APPEAL");
            // other integration tests share this database: put this task at the top of the team's queue
            taskService.setPriority(driver.task(denial.id(), "prepare-appeal-packet").getId(), 100);
            return denial;
        } finally {
            ClockUtil.reset();
        }
    }

    private void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        chromium.centre(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void type(By by, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        chromium.centre(element);
        element.sendKeys(text);
    }

    private void notice(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), text));
    }
}
