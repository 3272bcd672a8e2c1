package org.golivesim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.golivesim.HeadlessChrome;
import org.golivesim.results.ComparisonRow;
import org.golivesim.results.ResultsData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The what-if and explore pages in a real browser: Selenium driving Debian's {@code chromium} through {@code
 * chromium-driver}. Skipped, with the reason, when either is not installed; CI installs both.
 */
@Tag("browser")
class WhatIfBrowserTest {

    @TempDir
    static Path tmp;

    static ServeFixture f;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        browser = HeadlessChrome.start(tmp.resolve("profile"), "golive serve", 1400, 1000);
        f = new ServeFixture(tmp, 1);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (f != null) {
            f.close();
        }
    }

    static WebDriverWait waitFor(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    static WebElement lever(String key) {
        return browser.findElement(By.id("lever-" + key.replace('.', '_')));
    }

    static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void setALeverRunSeeCurvesAndDifferencesThatAgreeWithTheCommandLine() throws Exception {
        browser.get(f.base + "/whatif.html");
        waitFor(20).until(ExpectedConditions.presenceOfElementLocated(By.id("lever-support_helpDeskAnalysts")));
        assertTrue(browser.findElements(By.cssSelector("fieldset.group")).size() >= 5, "one fieldset per group");

        // bad input: the message appears beside the control
        type(lever("support.helpDeskAnalysts"), "many");
        WebElement err = browser.findElement(By.id("err-support_helpDeskAnalysts"));
        waitFor(10).until(d -> !err.getText().isEmpty());
        assertTrue(err.getText().contains("not allowed") && err.getText().contains("[0, 2000]"), err.getText());
        type(lever("support.helpDeskAnalysts"), "2500");
        waitFor(10).until(d -> err.getText().contains("out of range"));
        browser.findElement(By.id("run")).click();
        waitFor(10).until(d -> !browser.findElement(By.id("error")).getText().isEmpty());
        assertEquals("Not run yet.", browser.findElement(By.id("status")).getText(), "bad input starts nothing");

        // a budget says what it buys
        type(lever("support.helpDeskAnalysts"), "20");
        type(lever("budget.tier2UsdPerYear"), "330000");
        WebElement buys = browser.findElement(By.id("buys-budget_tier2UsdPerYear"));
        waitFor(10).until(d -> buys.getText().contains("buys 3 tier-2 analysts"));
        type(lever("budget.tier2UsdPerYear"), "");

        // the question: fewer help-desk analysts and a gold vendor tier
        type(lever("support.helpDeskAnalysts"), "3");
        new Select(lever("vendor.slaTier")).selectByValue("gold");
        type(browser.findElement(By.id("replications")), "3");
        waitFor(10).until(d -> err.getText().isEmpty());
        browser.findElement(By.id("run")).click();
        WebElement status = browser.findElement(By.id("status"));
        waitFor(180).until(d -> "finished".equals(status.getDomAttribute("data-state")));
        WebElement chart = browser.findElement(By.id("chart"));
        waitFor(20)
                .until(d -> !chart.findElements(By.tagName("canvas")).isEmpty()
                        && "baseline:3,what-if:3".equals(chart.getDomAttribute("data-series")));
        assertFalse(chart.findElements(By.cssSelector(".u-legend")).isEmpty(), "the legend shows hovered values");
        WebElement table = browser.findElement(By.id("differences"));
        assertEquals("comparison.csv", table.getDomAttribute("data-source"));
        Map<String, Double> shown = new TreeMap<>();
        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
            String v = row.findElements(By.tagName("td")).get(3).getDomAttribute("data-value");
            if (v != null && !v.isEmpty() && !v.equals("null")) {
                shown.put(row.getDomAttribute("data-metric"), Double.parseDouble(v));
            }
        }
        assertTrue(shown.size() > 20, "differences shown: " + shown);

        // save, then the same experiment from the command line gives the same differences
        type(browser.findElement(By.id("save-name")), "browser-what-if");
        browser.findElement(By.id("save")).click();
        waitFor(60).until(d -> browser.findElement(By.id("saved")).getText().startsWith("Saved as browser-what-if"));
        Path whatIf = f.results.resolve("browser-what-if").resolve("what-if.yaml");
        Path cli = tmp.resolve("cli");
        f.compareWithBaseline(whatIf, 3, cli);
        int compared = 0;
        for (ComparisonRow p : ResultsData.load(cli).comparisons()) {
            if (Double.isFinite(p.meanDifference())) {
                assertEquals(p.meanDifference(), shown.get(p.metric()), 0.0, p.metric());
                compared++;
            }
        }
        assertEquals(shown.size(), compared);

        // the explore page loads the saved results directory
        browser.get(f.base + "/index.html#r-browser-what-if");
        waitFor(30)
                .until(d -> !d.findElements(By.cssSelector("#chart canvas")).isEmpty()
                        && !d.findElements(By.cssSelector("#comparison tbody tr"))
                                .isEmpty());
        List<String> files = browser.findElements(By.cssSelector("#files a")).stream()
                .map(WebElement::getText)
                .toList();
        assertTrue(files.contains("report.html") && files.contains("what-if.yaml"), files.toString());
        String before = browser.findElement(By.id("chart-title")).getText();
        new Select(browser.findElement(By.id("metric"))).selectByValue("tickets_opened");
        waitFor(20).until(d -> d.findElement(By.id("download"))
                .getDomAttribute("href")
                .contains("/curves.csv?metric=tickets_opened"));
        assertFalse(browser.findElement(By.id("chart-title")).getText().equals(before), "the chart follows the metric");
        assertTrue(
                browser.findElement(By.id("error")).getText().isEmpty(),
                browser.findElement(By.id("error")).getText());
    }
}
