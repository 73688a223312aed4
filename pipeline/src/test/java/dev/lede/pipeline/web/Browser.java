package dev.lede.pipeline.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} driven through its
 * {@code chromedriver} (no driver download; Selenium Manager is never asked). The flags are those this
 * machine needs: no sandbox as root, and no background connections, which the closed network refuses.
 *
 * <p>Without the browser the tests are skipped on a developer's machine, but fail under CI, where
 * {@code .ci/run} installs it.
 */
final class Browser {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * Selenium warns on every start that it has no DevTools bindings for this Chromium version; the tests
     * use WebDriver only, so the warning is noise. Held here so the logger's level is not collected.
     */
    private static final java.util.logging.Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");
    private static final java.util.logging.Logger CHROMIUM_LOG = quiet("org.openqa.selenium.chromium");

    private Browser() {
    }

    static ChromeDriver start(Path profile) {
        String chromium = System.getenv().getOrDefault("LEDE_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("LEDE_CHROMEDRIVER", "/usr/bin/chromedriver");
        boolean present = Files.isExecutable(Path.of(chromium)) && Files.isExecutable(Path.of(chromedriver));
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs " + chromium + " and " + chromedriver
                    + " (apt-get install chromium chromium-driver; .ci/run does it)");
        }
        Assumptions.assumeTrue(present, "no " + chromium + " / " + chromedriver + ": browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--lang=en-US",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    /** Saves the current viewport as {@code target/screenshots/<name>.png}. */
    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
