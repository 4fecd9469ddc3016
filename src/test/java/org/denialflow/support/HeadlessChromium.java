package org.denialflow.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Chromium for the browser tests, with the flags this machine needs and a throw-away profile. Skips the test
 * where no chromium and chromedriver are installed, unless {@code DENIALFLOW_REQUIRE_BROWSER=true} (CI), where
 * that is a failure. On close it leaves the last page in {@code target/} for whoever reads a failure.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final File DRIVER = new File(System.getenv().getOrDefault("DENIALFLOW_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final File BROWSER = new File(System.getenv().getOrDefault("DENIALFLOW_CHROMIUM", "/usr/bin/chromium"));

    private final String name;
    private final Path profile;
    private final WebDriver driver;

    private HeadlessChromium(String name, Path profile, WebDriver driver) {
        this.name = name;
        this.profile = profile;
        this.driver = driver;
    }

    /** {@code name} names the file the last page is kept in: {@code target/<name>-last-page.html}. */
    public static HeadlessChromium startOrSkip(String name) {
        boolean installed = DRIVER.canExecute() && BROWSER.canExecute();
        if (!installed && Boolean.parseBoolean(System.getenv("DENIALFLOW_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("DENIALFLOW_REQUIRE_BROWSER=true but " + DRIVER + " or " + BROWSER
                    + " is missing: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "No " + DRIVER + " or " + BROWSER + ": browser test skipped");
        try {
            Path profile = Files.createTempDirectory("denialflow-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                    .usingAnyFreePort().build();
            return new HeadlessChromium(name, profile, new ChromeDriver(service, options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Scrolls the element to the middle of the window, away from fixed headers and footers. */
    public void centre(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'});",
                element);
    }

    @Override
    public void close() throws IOException {
        try {
            Files.writeString(Path.of("target", name + "-last-page.html"), driver.getPageSource());
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
