package org.denialflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.denialflow.support.H2ApplicationTest;
import org.denialflow.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard in headless Chromium: a supervisor logs in, the charts draw with data, a click on
 * a bar lists the denials behind it with their Cockpit links; a billing user is refused. Skipped
 * without chromedriver, unless {@code DENIALFLOW_REQUIRE_BROWSER=true} (then it fails).
 */
@H2ApplicationTest
@TestPropertySource(properties = "denialflow.test.context=reporting")
class DashboardBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    HeadlessChromium chromium;
    WebDriver driver;

    @BeforeEach
    void start() {
        chromium = HeadlessChromium.startOrSkip("dashboard-browser");
        driver = chromium.driver();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-15T16:00:00Z")));
        ReportFixtures.load(jdbc);
    }

    @AfterEach
    void stop() throws IOException {
        ClockUtil.reset();
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aSupervisorSeesTheChartsAndDrillsDownFromABar() {
        logIn("sofia");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-charts-ready", "true"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // Twelve months up to 2026-04-15: 17 claims adjudicated, 5 denied.
        assertThat(driver.findElement(By.cssSelector("#kpi-denial-rate .value")).getText()).isEqualTo("29.4");
        assertThat(driver.findElement(By.cssSelector("#kpi-denial-rate .kpi-def")).getText()).contains("claims denied / claims adjudicated");
        Long payers = (Long) js.executeScript("return Chart.getChart('chart-denialRateByPayer').data.labels.length");
        assertThat(payers).isEqualTo(2);
        @SuppressWarnings("unchecked")
        List<String> ages = (List<String>) js.executeScript("return Chart.getChart('chart-backlogByAge').data.labels");
        assertThat(ages).containsExactly("0-30", "31-60", "over 120");

        WebElement canvas = driver.findElement(By.id("chart-backlogByAge"));
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) js.executeScript("var c = Chart.getChart('chart-backlogByAge');"
                + " var b = c.getDatasetMeta(0).data[1]; return [b.x, (b.y + b.base) / 2, c.width, c.height];");
        int x = (int) Math.round(bar.get(0).doubleValue() - bar.get(2).doubleValue() / 2);
        int y = (int) Math.round(bar.get(1).doubleValue() - bar.get(3).doubleValue() / 2);
        new Actions(driver).moveToElement(canvas, x, y).click().perform();

        wait.until(ExpectedConditions.attributeToBe(By.id("drilldown"), "data-loaded", "true"));
        assertThat(driver.findElement(By.id("drilldown-title")).getText()).contains("31-60");
        List<WebElement> rows = driver.findElements(By.cssSelector("#drilldown-table tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("CO-197", "FRONT_OFFICE");
        assertThat(rows.get(0).findElement(By.cssSelector("a.cockpit-link")).getAttribute("href"))
                .contains("/camunda/app/cockpit/default/#/process-instance/pi-");
        assertThat(driver.findElement(By.id("drilldown-csv")).getAttribute("href")).contains("/dashboard/data/denials.csv?age=31-60");
    }

    @Test
    void aBillingUserIsRefused() {
        logIn("beatrice");
        assertThat(driver.findElements(By.id("chart-trends"))).isEmpty();
        assertThat(driver.getPageSource()).containsAnyOf("403", "Forbidden");
    }

    private void logIn(String user) {
        driver.get("http://localhost:" + port + "/dashboard");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
