package org.golivesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.golivesim.results.SyntheticResults;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the generated report in headless Chromium (Debian's {@code chromium} package) and checks what a reader
 * would see. Skipped, with the reason, only when {@code /usr/bin/chromium} is absent; CI installs it.
 */
@Tag("browser")
class ReportBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final long TIMEOUT_SECONDS = 120;

    @TempDir
    static Path tmp;

    static Path results;
    static Path report;

    @BeforeAll
    static void buildReport() throws IOException {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM),
                "skipped: " + CHROMIUM + " is not installed (apt-get install -y chromium); the browser checks"
                        + " of report.html did not run");
        results = SyntheticResults.twoPoints().withSensitivity().failedRuns(1).writeTo(tmp.resolve("results"));
        report = Report.build(results).html();
    }

    /** Output of one Chromium run. */
    record Run(String stdout, String stderr, int exitCode) {}

    static Run chromium(String name, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(tmp.resolve("profile-" + name));
        Path out = tmp.resolve(name + ".out");
        Path err = tmp.resolve(name + ".err");
        List<String> cmd = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0"));
        cmd.addAll(List.of(extra));
        cmd.add(report.toUri().toString());
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s; stderr:\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8),
                p.exitValue());
    }

    @Test
    void renderedDomShowsComparisonCsvNumbersAndEscapedText() throws Exception {
        Run run = chromium("dom", "--dump-dom");
        assertEquals(0, run.exitCode(), "chromium exit code; stderr:\n" + run.stderr());
        String dom = run.stdout();
        assertTrue(
                dom.contains(
                        "<h1 id=\"scenario-name\">Riverside General &lt;b&gt;go-live&lt;/b&gt; &amp; friends</h1>"),
                "page loaded and the scenario name is text");
        assertTrue(dom.contains("id=\"provenance\""), "whole page parsed");

        // the label is text in the document, never an element
        assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "label rendered as text");
        assertFalse(dom.toLowerCase().contains("<script"), "no script element was injected");
        assertFalse(dom.contains("<b>go-live</b>"), "no markup from files");

        // headline numbers in the rendered DOM equal comparison.csv
        Map<String, Integer> counts = ReportTest.checkQuotedNumbers(dom, results);
        assertEquals(21, counts.get("none"), "7 headline metrics × (difference, CI low, CI high)");
        assertTrue(counts.getOrDefault("absolute", 0) + counts.getOrDefault("relative", 0) >= 9, counts.toString());

        // every chart is an embedded image
        Matcher img = Pattern.compile("<img [^>]*src=\"data:image/png;base64,").matcher(dom);
        int images = 0;
        while (img.find()) {
            images++;
        }
        long charts = Files.list(results.resolve("charts"))
                .filter(p -> p.toString().endsWith(".png"))
                .count();
        assertEquals(charts, images);

        assertNoConsoleErrors(run.stderr());
    }

    @Test
    void screenshotShowsTheStyledPage() throws Exception {
        Path shot = tmp.resolve("report.png");
        Run run = chromium("shot", "--hide-scrollbars", "--window-size=1200,3000", "--screenshot=" + shot);
        assertEquals(0, run.exitCode(), "chromium exit code; stderr:\n" + run.stderr());
        BufferedImage image = ImageIO.read(shot.toFile());
        assertNotNull(image, "screenshot written");
        assertEquals(1200, image.getWidth());
        // the inline stylesheet applied: the header band is navy (#12355b)
        int rgb = image.getRGB(600, 20) & 0xFFFFFF;
        assertEquals(0x12355B, rgb, String.format("header colour at (600, 20) was #%06x", rgb));
        assertNoConsoleErrors(run.stderr());
    }

    @Test
    void firstScreenHoldsTheRecommendationOnDesktopAndPhone() throws Exception {
        Run run = chromium("first", "--dump-dom");
        assertEquals(0, run.exitCode(), "chromium exit code; stderr:\n" + run.stderr());
        String dom = run.stdout();
        String first = ReportTest.firstScreen(dom);
        assertTrue(first.contains("Recommended: "), first);
        assertTrue(first.contains("the dedicated team lowers errors by "), first);
        assertTrue(dom.indexOf("id=\"recommendation-text\"") < dom.indexOf("<figure"), "decision before any chart");
        for (int width : new int[] {1400, 390}) {
            int height = width > 1000 ? 900 : 844;
            Path shot = tmp.resolve("first-" + width + ".png");
            Run r = chromium(
                    "first-" + width,
                    "--hide-scrollbars",
                    "--window-size=" + width + "," + height,
                    "--screenshot=" + shot);
            assertEquals(0, r.exitCode(), "chromium exit code; stderr:\n" + r.stderr());
            BufferedImage image = ImageIO.read(shot.toFile());
            assertEquals(width, image.getWidth());
            // below the navy header band, the decision box (navy border and heading) starts within the first screen
            int x = 4; // the header band's left margin holds no text
            int y = 0;
            while (y < height && (image.getRGB(x, y) & 0xFFFFFF) == 0x12355B) {
                y++;
            }
            assertTrue(y > 20 && y < height / 2, "header band ends at y=" + y + " at " + width + " px");
            int navy = -1;
            for (int yy = y; yy < height && navy < 0; yy++) {
                for (int xx = 0; xx < width; xx++) {
                    if ((image.getRGB(xx, yy) & 0xFFFFFF) == 0x12355B) {
                        navy = yy;
                        break;
                    }
                }
            }
            assertTrue(navy > y && navy < height - 200, "decision box starts at y=" + navy + " at " + width + " px");
            assertNoConsoleErrors(r.stderr());
        }
    }

    /**
     * Chart text stays readable: every chart image is shown at a width where its smallest text ({@link
     * ChartStyle#SMALLEST_FONT_PX} image pixels) is at least 10 CSS pixels tall, on a desktop and on a 390 px phone
     * (where the page lets charts scroll sideways rather than shrink).
     */
    @Test
    void chartTextIsAtLeastTenPixelsTallOnDesktopAndPhone() throws Exception {
        org.openqa.selenium.WebDriver browser =
                org.golivesim.HeadlessChrome.start(tmp.resolve("profile-webdriver"), "report.html", 1400, 900);
        try {
            for (int width : new int[] {1400, 390}) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                browser.get(report.toUri().toString());
                Object measured = ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return [window.innerWidth].concat(Array.from("
                                + "document.querySelectorAll('figure img'),"
                                + " i => i.getBoundingClientRect().width / i.naturalWidth));");
                List<?> values = (List<?>) measured;
                assertTrue(((Number) values.get(0)).intValue() <= width, "viewport " + values.get(0));
                assertTrue(values.size() > 1, "the report has charts");
                for (Object scale : values.subList(1, values.size())) {
                    double px = ((Number) scale).doubleValue() * ChartStyle.SMALLEST_FONT_PX;
                    assertTrue(px >= 10, "chart text " + px + " px tall at a " + width + " px window");
                }
            }
        } finally {
            browser.quit();
        }
    }

    static void assertNoConsoleErrors(String stderr) {
        for (String line : stderr.split("\n")) {
            String l = line.toLowerCase();
            // Chromium logs page console messages as "INFO:CONSOLE:<line>] ..." (older builds: "CONSOLE(<line>)")
            boolean bad = l.contains("console:")
                    || l.contains("console(")
                    || l.contains("uncaught")
                    || l.contains("refused to")
                    || l.contains("content security policy")
                    || l.contains("err_file_not_found")
                    || l.contains("failed to load resource");
            assertFalse(bad, "browser reported a page error: " + line);
        }
    }
}
