package org.gazette.it;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's ChromeDriver (installed by
 * {@code scripts/ensure-browser.sh} before the integration tests), with the flags this machine's
 * closed network needs, and axe-core for accessibility.
 */
final class Browser {

    static final String CHROMIUM = System.getProperty("gazette.test.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("gazette.test.chromedriver", "/usr/bin/chromedriver");

    private static final int PHONE_WIDTH = 320;

    private Browser() {
    }

    static ChromeDriver start() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("gazette-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** The axe-core violations of the page the browser shows whose impact is serious or critical, described. */
    static List<String> seriousAccessibilityViolations(ChromeDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe).collect(Collectors.toList());
    }

    /**
     * Whether the page shown would make a 320 px wide phone scroll sideways; wide code and tables must
     * scroll inside their own box instead.
     */
    static Optional<String> horizontalOverflowOnAPhone(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 640, "deviceScaleFactor", 2, "mobile", true));
        try {
            Number viewport = (Number) driver.executeScript("return document.documentElement.clientWidth");
            Number content = (Number) driver.executeScript("return document.documentElement.scrollWidth");
            if (viewport.intValue() != PHONE_WIDTH) {
                return Optional.of("could not be shown at " + PHONE_WIDTH + " px; the viewport is " + viewport + " px");
            }
            return content.intValue() > viewport.intValue()
                    ? Optional.of("is " + content + " px wide on a " + PHONE_WIDTH + " px phone")
                    : Optional.empty();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }
}
