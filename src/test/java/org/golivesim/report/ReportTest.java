package org.golivesim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.golivesim.results.ComparisonRow;
import org.golivesim.results.PerformanceTarget;
import org.golivesim.results.ResultsData;
import org.golivesim.results.ResultsLayout;
import org.golivesim.results.SyntheticResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

    /** A number quoted from comparison.csv; groups: metric, point, field, value, text, then arm and scale if any. */
    static final Pattern NUM_SPAN = Pattern.compile(
            "<span class=\"num\" data-metric=\"([^\"]*)\" data-point=\"(\\d+)\" data-field=\"([a-z_]+)\""
                    + " data-value=\"([^\"]*)\"(?: data-arm=\"([^\"]*)\" data-scale=\"([a-z]+)\")?>([^<]*)</span>");

    /**
     * Checks every quoted number in a page against comparison.csv: the data-value is the cell, and the text is the
     * cell's magnitude in the metric's unit (scale absolute or none) or as a share of mean_reference (relative); the
     * first number of a "X to Y unit" range may leave out the unit that the second one states.
     *
     * @return the number of spans checked, by scale ("none", "absolute", "relative")
     */
    static Map<String, Integer> checkQuotedNumbers(String html, Path dir) throws IOException {
        Map<String, Map<String, String>> csv = comparisonCells(dir);
        Matcher m = NUM_SPAN.matcher(html);
        Map<String, Integer> counts = new HashMap<>();
        while (m.find()) {
            String key = m.group(2) + "/" + m.group(1);
            Map<String, String> row = csv.get(key);
            assertNotNull(row, "comparison.csv has a row for " + key);
            if (m.group(5) != null) {
                assertEquals(row.get("arm"), m.group(5), "arm of " + m.group(0));
            }
            assertEquals(row.get(m.group(3)), m.group(4), "data-value of " + key + " " + m.group(3));
            double v = Math.abs(Double.parseDouble(row.get(m.group(3))));
            String scale = m.group(6) == null ? "none" : m.group(6);
            MetricInfo info = MetricInfo.of(m.group(1));
            String full = scale.equals("relative")
                    ? Html.percent(v / Double.parseDouble(row.get("mean_reference")))
                    : Html.difference(info, v);
            String shown = m.group(7);
            assertTrue(
                    shown.equals(Html.esc(full))
                            || (!scale.equals("none") && Html.esc(full).startsWith(shown + " ")),
                    "displayed " + key + " " + m.group(3) + ": " + shown + ", expected " + full);
            counts.merge(scale, 1, Integer::sum);
        }
        return counts;
    }

    @TempDir
    Path tmp;

    @Test
    void writesPngAndSvgOfEveryPlannedChartAtTheDocumentedSize() throws Exception {
        Path dir = SyntheticResults.twoPoints().writeTo(tmp.resolve("results"));
        Report.Output out = Report.build(dir);

        List<Path> pngs =
                out.charts().stream().filter(p -> p.toString().endsWith(".png")).toList();
        List<Path> svgs =
                out.charts().stream().filter(p -> p.toString().endsWith(".svg")).toList();
        assertEquals(pngs.size(), svgs.size());
        assertTrue(pngs.size() >= 7 + 3 + 7 + 2 + 4, "charts written: " + pngs);
        for (Path png : pngs) {
            assertTrue(png.startsWith(dir.resolve("charts")), png.toString());
            BufferedImage img = ImageIO.read(png.toFile());
            assertNotNull(img, "not a readable PNG: " + png);
            assertEquals(Charts.WIDTH, img.getWidth(), png.toString());
            assertEquals(Charts.HEIGHT, img.getHeight(), png.toString());
        }
        for (Path svg : svgs) {
            // must be well-formed XML (text from files escaped)
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            var doc = factory.newDocumentBuilder().parse(svg.toFile());
            assertEquals(
                    "svg",
                    doc.getDocumentElement().getLocalName() == null
                            ? doc.getDocumentElement().getTagName()
                            : doc.getDocumentElement().getLocalName());
        }
        assertTrue(Files.exists(dir.resolve("charts/curve_unplanned_downtime_hours_point0.png")));
        assertTrue(Files.exists(dir.resolve("charts/curve_unplanned_downtime_hours_point0.svg")));
        assertTrue(Files.exists(dir.resolve("charts/difference_unplanned_downtime_hours.svg")));
        assertTrue(Files.exists(dir.resolve("charts/heatmap_errors_per_1000_tasks_as-given.png")));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temp files left over");
        }
    }

    @Test
    void reportIsSelfContained() throws Exception {
        Path dir = SyntheticResults.twoPoints().withSensitivity().writeTo(tmp.resolve("results"));
        String html = Files.readString(Report.build(dir).html());

        assertFalse(html.contains("http://"), "no external http URL");
        assertFalse(html.contains("https://"), "no external https URL");
        String withoutImages = html.replaceAll("data:image/png;base64,[A-Za-z0-9+/=]*", "");
        assertFalse(withoutImages.contains("//"), "no protocol-relative or other URL");
        assertFalse(html.contains("url("), "no CSS url()");
        assertFalse(html.contains("@import"), "no CSS import");
        assertFalse(html.toLowerCase().contains("<script"), "report needs no script");
        assertFalse(html.toLowerCase().contains("<link"), "no linked resources");
        Matcher src = Pattern.compile("\\ssrc=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (src.find()) {
            assertTrue(src.group(1).startsWith("data:image/png;base64,"), "src is a data URI");
            byte[] png = Base64.getDecoder().decode(src.group(1).substring("data:image/png;base64,".length()));
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(Charts.WIDTH, img.getWidth());
            images++;
        }
        Matcher href = Pattern.compile("\\shref=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("#"), "only in-page links, got " + href.group(1));
        }
        assertTrue(images >= 20, "charts embedded: " + images);
        assertTrue(html.contains("Content-Security-Policy"));
    }

    @Test
    void textFromFilesIsEscaped() throws Exception {
        Path dir = SyntheticResults.twoPoints().failedRuns(1).writeTo(tmp.resolve("results"));
        String html = Files.readString(Report.build(dir).html());

        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped label present");
        assertFalse(html.contains("<script>alert(1)</script>"), "raw script tag absent");
        assertTrue(html.contains("Riverside General &lt;b&gt;go-live&lt;/b&gt; &amp; friends"));
        assertFalse(html.contains("<b>go-live</b>"));
        assertTrue(html.contains("scenarios/sweep&lt;1&gt;.yaml"));
        assertTrue(html.contains("&lt;i&gt;Riverside&lt;/i&gt;"));
        assertTrue(html.contains("NullPointerException: &quot;oops&quot;, &lt;at&gt; step 3"));
        assertTrue(html.contains("1 run failed"));
    }

    @Test
    void headlineNumbersQuoteComparisonCsvExactly() throws Exception {
        Path dir = SyntheticResults.twoPoints().writeTo(tmp.resolve("results"));
        Report.Output out = Report.build(dir);
        String html = Files.readString(out.html());
        Map<String, Integer> counts = checkQuotedNumbers(html, dir);
        Matcher m = NUM_SPAN.matcher(html);
        List<String> headlineMetrics = new ArrayList<>();
        while (m.find()) {
            if (m.group(3).equals("mean_difference") && m.group(6) == null) {
                headlineMetrics.add(m.group(1));
                assertEquals(String.valueOf(out.focusPointId()), m.group(2));
            }
        }
        assertEquals(
                List.of(
                        "unplanned_downtime_hours",
                        "availability",
                        "errors_per_1000_tasks",
                        "harm_events",
                        "breaches_per_month",
                        "mean_wait_hours",
                        "cost_total_usd"),
                headlineMetrics);
        assertEquals(3 * headlineMetrics.size(), counts.get("none"));
        assertTrue(counts.getOrDefault("absolute", 0) + counts.getOrDefault("relative", 0) >= 9, counts.toString());

        // e.g. downtime at point 0: 1.5 lower (95% CI 1.05 to 1.95 lower)
        assertTrue(html.contains("Better with the dedicated team"));
        assertTrue(html.contains("No clear difference"), "harm_events CI spans zero");
        assertTrue(html.contains("Worse with the dedicated team"), "cost is higher with the team");
    }

    static Map<String, Map<String, String>> comparisonCells(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("comparison.csv"), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",");
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.put(row.get("point_id") + "/" + row.get("metric"), row);
        }
        return rows;
    }

    @Test
    void sameFilesGiveByteIdenticalReport() throws Exception {
        Path dir = SyntheticResults.twoPoints().withSensitivity().writeTo(tmp.resolve("results"));
        byte[] first = Files.readAllBytes(Report.build(dir).html());
        byte[] png = Files.readAllBytes(dir.resolve("charts/curve_backlog_point0.png"));
        byte[] second = Files.readAllBytes(Report.build(dir).html());
        assertArrayEquals(first, second);
        assertArrayEquals(png, Files.readAllBytes(dir.resolve("charts/curve_backlog_point0.png")));
    }

    @Test
    void statesDefaultTargetsAndNamesTheCheapestConfigurationMeetingThem() throws Exception {
        Path dir = SyntheticResults.twoPoints().writeTo(tmp.resolve("results"));
        String html = Files.readString(Report.build(dir).html());
        assertTrue(html.contains("The manifest states no targets, so these defaults were used"));
        assertTrue(html.contains("at least 99.50%"));
        ResultsData data = ResultsData.load(dir);
        TargetAssessment a = TargetAssessment.assess(data);
        assertTrue(a.usesDefaultTargets());
        assertEquals(
                List.of("availability", "errors_per_1000_tasks"),
                a.targets().stream().map(PerformanceTarget::metric).toList());
        TargetAssessment.Configuration best = a.cheapestMeetingTargets().orElseThrow();
        assertTrue(html.contains(
                "id=\"recommendation\" data-point=\"" + best.pointId() + "\" data-arm=\"" + best.arm() + "\""));
        for (TargetAssessment.Configuration c : a.configurations()) {
            if (a.meetsTargets(c)) {
                assertTrue(c.mean("cost_total_usd") >= best.mean("cost_total_usd"));
            }
        }
    }

    @Test
    void manifestTargetsReplaceTheDefaults() throws Exception {
        Path dir = SyntheticResults.twoPoints()
                .targets("{\"errors_per_1000_tasks\": {\"max\": 6.5}, \"breaches_per_month\": {\"max\": 99}}")
                .writeTo(tmp.resolve("results"));
        ResultsData data = ResultsData.load(dir);
        TargetAssessment a = TargetAssessment.assess(data);
        assertFalse(a.usesDefaultTargets());
        assertEquals(2, a.targets().size());
        // errors: 14 - 0.6h - 0.8 - 2.5 (team) ± 0.5: only point 1 (8 h) with the team gets below 6.5 on average
        TargetAssessment.Configuration best = a.cheapestMeetingTargets().orElseThrow();
        assertEquals(1, best.pointId());
        assertEquals("dedicated-team", best.arm());
        assertEquals(1, a.focusPoint(data));
        String html = Files.readString(Report.build(dir).html());
        assertTrue(html.contains("Targets from the manifest"));
    }

    @Test
    void optionalSectionsAppearOnlyWithTheirFiles() throws Exception {
        Path plain = SyntheticResults.twoPoints().writeTo(tmp.resolve("plain"));
        String html = Files.readString(Report.build(plain).html());
        assertFalse(html.contains("id=\"sensitivity\""));
        assertFalse(html.contains("id=\"calibration\""));

        Path full =
                SyntheticResults.twoPoints().withSensitivity().withCalibration().writeTo(tmp.resolve("full"));
        String fullHtml = Files.readString(Report.build(full).html());
        assertTrue(fullHtml.contains("id=\"sensitivity\""));
        assertTrue(fullHtml.contains("id=\"calibration\""));
        assertTrue(fullHtml.contains("1 of 2 checks passed"));
        assertTrue(Files.exists(full.resolve("charts/sensitivity_errors_per_1000_tasks_morris.png")));
    }

    @Test
    void readsGzippedCurves() throws Exception {
        Path dir = SyntheticResults.twoPoints().gzipCurves().writeTo(tmp.resolve("results"));
        ResultsData data = ResultsData.load(dir);
        assertEquals(67, data.curve(0, "as-given", "backlog").orElseThrow().size());
        Report.build(dir);
        assertTrue(Files.exists(dir.resolve("charts/curve_backlog_point0.png")));
    }

    @Test
    void singleConfigurationBatchHasNoCrossPointCharts() throws Exception {
        Path dir = SyntheticResults.singlePoint().writeTo(tmp.resolve("results"));
        Report.Output out = Report.build(dir);
        assertEquals(0, out.focusPointId());
        assertTrue(
                out.charts().stream().noneMatch(p -> p.getFileName().toString().startsWith("heatmap_")));
        String html = Files.readString(out.html());
        assertTrue(html.contains("was simulated at 1 configuration"), "summary counts one configuration");
        assertFalse(html.contains("Outcomes over time at other scenario points"));
        assertTrue(NUM_SPAN.matcher(html).find(), "headline numbers present");
    }

    /** The text of the first screen: everything from the header to the navigation bar, tags removed. */
    static String firstScreen(String html) {
        String part = html.substring(html.indexOf("<header"), html.indexOf("<nav"));
        return part.replaceAll("<[^>]+>", "")
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    @Test
    void firstScreenRecommendsAConfigurationAndStatesEffectsCostAndUncertainty() throws Exception {
        Path dir = SyntheticResults.twoPoints().writeTo(tmp.resolve("results"));
        Report.Output out = Report.build(dir);
        String html = Files.readString(out.html());
        String first = firstScreen(html);
        ResultsData data = ResultsData.load(dir);
        TargetAssessment.Configuration best =
                TargetAssessment.assess(data).cheapestMeetingTargets().orElseThrow();
        // the recommendation names the configuration by its key values and arm, with its mean total cost
        String name = Decision.configurationName(data, best, false);
        assertTrue(first.contains("Recommended: " + name), first);
        assertTrue(first.contains(Html.money(best.mean("cost_total_usd"))), first);
        assertTrue(name.startsWith("Dedicated team with pre-go-live HIS training per physician "), name);
        // effects at the focus point, errors relative to the reference level (comparison.csv: diff / mean_reference)
        ComparisonRow errors = data.comparison(out.focusPointId(), "dedicated-team", "errors_per_1000_tasks")
                .orElseThrow();
        String pct = Html.percent(-errors.meanDifference() / errors.meanReference());
        assertTrue(first.contains("the dedicated team lowers errors by " + pct), first);
        // harm events' interval spans zero: said in words
        assertTrue(first.contains("It makes no clear difference to patient-harm events"), first);
        assertTrue(first.contains(": not clear"), first);
        // cash against valued harm is not claimed without the columns; the total cost difference is stated
        assertTrue(first.contains("Chance of at least one security breach"), first);
        assertFalse(first.contains("scenario point"), "points are named by their values: " + first);
        assertFalse(first.contains("training.physicianHours="), "no raw keys on the first screen: " + first);
        assertEquals(
                out.headline().size(), countOccurrences(html.substring(0, html.indexOf("<nav")), "class=\"finding\""));
    }

    @Test
    void oneArmBatchIsDescribedWithoutComparisonWording() throws Exception {
        Path dir = SyntheticResults.twoPoints().oneArm().writeTo(tmp.resolve("results"));
        Report.Output out = Report.build(dir);
        String html = Files.readString(out.html());
        String first = firstScreen(html);
        assertFalse(html.contains("compares two ways"), first);
        assertFalse(first.contains("Compared with"), first);
        assertFalse(first.contains("As given"), "one arm is not named: " + first);
        assertFalse(html.contains("Effect of the dedicated team"));
        assertTrue(first.contains("Recommended: "), first);
        assertTrue(first.contains("unplanned downtime"), first);
        assertTrue(first.contains("in the median run"), "median beside mean: " + first);
        assertTrue(Files.readString(dir.resolve("comparison.csv")).lines().count() == 1, "no comparisons");
    }

    static int countOccurrences(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void rebuildKeepsUnchangedChartsAndRewritesChangedOnes() throws Exception {
        Path dir = SyntheticResults.twoPoints().writeTo(tmp.resolve("results"));
        Report.build(dir);
        Path svg = dir.resolve("charts/curve_backlog_point0.svg");
        Path png = dir.resolve("charts/curve_backlog_point0.png");
        byte[] pngBytes = Files.readAllBytes(png);
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- kept --></svg>");
        Report.build(dir);
        assertTrue(Files.readString(svg).contains("kept"), "unchanged chart: its SVG is not re-encoded");
        Files.write(png, new byte[] {1, 2, 3});
        Report.build(dir);
        assertArrayEquals(pngBytes, Files.readAllBytes(png), "a changed PNG is rewritten");
        assertFalse(Files.readString(svg).contains("kept"), "and so is its SVG");
    }

    @Test
    void rebuildReplacesAnOldReport() throws Exception {
        Path dir = SyntheticResults.twoPoints().writeTo(tmp.resolve("results"));
        Files.writeString(dir.resolve(ResultsLayout.REPORT), "old");
        Report.build(dir);
        assertTrue(Files.readString(dir.resolve(ResultsLayout.REPORT)).startsWith("<!DOCTYPE html>"));
    }
}
