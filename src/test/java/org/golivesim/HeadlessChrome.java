package org.golivesim;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium and its driver for the browser tests, skipped with a clear message where they are missing. */
public final class HeadlessChrome {
    /** Debian's {@code chromium} package. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** Debian's {@code chromium-driver} package. */
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChrome() {}

    /**
     * Starts headless Chromium under WebDriver, or skips the calling test class when it is not installed.
     *
     * @param profile a fresh directory for the browser profile
     * @param what what the skipped checks were, for the skip message
     * @param width window width in pixels
     * @param height window height in pixels
     * @return the driver; the caller quits it
     */
    public static WebDriver start(Path profile, String what, int width, int height) {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: " + CHROMIUM + " or " + DRIVER + " is not installed (apt-get install -y chromium"
                        + " chromium-driver); the browser checks of " + what + " did not run");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, o);
    }
}
