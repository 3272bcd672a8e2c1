package org.golivesim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.golivesim.results.ComparisonRow;
import org.golivesim.results.Curve;
import org.golivesim.results.ResultsData;
import org.golivesim.results.SyntheticResults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class ChartsTest {

    @TempDir
    Path tmp;

    ResultsData data;

    @BeforeEach
    void load() throws IOException {
        data = ResultsData.load(SyntheticResults.twoPoints().withSensitivity().writeTo(tmp.resolve("results")));
    }

    @Test
    void outcomeCurveHasABandAndAMeanLinePerStrategyInStrategyColours() {
        XYChart chart = CurveCharts.outcomeCurve(data, CurveOutcome.UNPLANNED_DOWNTIME, 0)
                .orElseThrow();
        assertEquals(
                List.of(
                        "As given 10th–90th percentile",
                        "Dedicated team 10th–90th percentile",
                        "As given (mean)",
                        "Dedicated team (mean)"),
                List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(Charts.WIDTH, chart.getWidth());
        assertEquals(Charts.HEIGHT, chart.getHeight());
        assertEquals("Months after go-live", chart.getXAxisTitle());
        assertTrue(chart.getYAxisTitle().contains("weekly average"), chart.getYAxisTitle());
        XYSeries asGiven = chart.getSeriesMap().get("As given (mean)");
        assertEquals(ArmStyle.color(data.arms(), "as-given"), asGiven.getLineColor());
        assertEquals(
                ArmStyle.color(data.arms(), "dedicated-team"),
                chart.getSeriesMap().get("Dedicated team (mean)").getLineColor());
        assertEquals(
                XYSeries.XYSeriesRenderStyle.PolygonArea,
                chart.getSeriesMap().get("As given 10th–90th percentile").getXYSeriesRenderStyle());
        // 67 days from -7 to 59 fall into weeks -1 .. 8
        assertEquals(10, asGiven.getXData().length);
    }

    @Test
    void cumulativeCostIsInMillions() {
        XYChart chart = CurveCharts.outcomeCurve(data, CurveOutcome.COST, 1).orElseThrow();
        double[] y = chart.getSeriesMap().get("As given (mean)").getYData();
        double expected = 0;
        for (double v :
                data.curve(1, "as-given", "cost_total_usd").orElseThrow().mean()) {
            expected += v;
        }
        assertEquals(expected / 1e6, y[y.length - 1], 1e-9);
    }

    @Test
    void absentMetricGivesNoChart() {
        assertTrue(CurveCharts.outcomeCurve(data, CurveOutcome.COST, 99).isEmpty());
        assertTrue(DifferenceCharts.pairedDifferences(data, "no_such_metric").isEmpty());
        assertTrue(CostCharts.costTradeOff(data, "no_such_metric").isEmpty());
        assertTrue(
                SensitivityCharts.sensitivity(data, "cost_total_usd", "sobol").isEmpty());
        assertEquals(
                2,
                SensitivityCharts.sensitivity(data, "errors_per_1000_tasks", "sobol")
                        .orElseThrow()
                        .getSeriesMap()
                        .size());
    }

    @Test
    void pairedDifferenceChartDrawsImprovementWithItsIntervalPerNamedPoint() {
        CategoryChart chart = DifferenceCharts.pairedDifferences(data, "unplanned_downtime_hours")
                .orElseThrow();
        assertEquals(
                List.of("Mean difference with 95% CI"),
                List.copyOf(chart.getSeriesMap().keySet()));
        org.knowm.xchart.CategorySeries s = chart.getSeriesMap().get("Mean difference with 95% CI");
        List<Number> y = new ArrayList<>(s.getYData());
        // downtime: lower is better, so the chart shows reference minus arm (up = better)
        ComparisonRow p0 = data.comparison(0, "unplanned_downtime_hours").orElseThrow();
        ComparisonRow p1 = data.comparison(1, "unplanned_downtime_hours").orElseThrow();
        assertEquals(-p0.meanDifference(), y.get(0).doubleValue());
        assertEquals(-p1.meanDifference(), y.get(1).doubleValue());
        assertTrue(y.get(0).doubleValue() > 0, "the team lowers downtime: drawn above zero");
        List<Number> err = new ArrayList<>(s.getExtraValues());
        assertEquals((p0.ciHigh() - p0.ciLow()) / 2, err.get(0).doubleValue(), 1e-12, "whisker = the paired CI");
        assertTrue(chart.getYAxisTitle().contains("above 0 = better"), chart.getYAxisTitle());
        // points named by their values on the x axis, not by ids
        assertEquals(List.of("4 hours · 8 FTE", "8 hours · 8 FTE"), new ArrayList<>(s.getXData()));
        assertTrue(chart.getXAxisTitle().contains("Pre-go-live HIS training per physician"), chart.getXAxisTitle());
    }

    @Test
    void tradeOffHasOneMarkerPerPointAndStrategy() {
        XYChart chart = CostCharts.costTradeOff(data, "breaches_per_month").orElseThrow();
        assertEquals(
                List.of("As given", "Dedicated team"),
                List.copyOf(chart.getSeriesMap().keySet()));
        for (XYSeries s : chart.getSeriesMap().values()) {
            assertEquals(2, s.getXData().length);
        }
        assertEquals("Mean total cost (USD millions)", chart.getXAxisTitle());
    }

    @Test
    void heatMapSpansTheFirstTwoVariedParameters() {
        HeatMapChart chart =
                HeatMapCharts.heatMap(data, "errors_per_1000_tasks", "as-given").orElseThrow();
        assertEquals(1, chart.getSeriesMap().size());
        assertEquals(PointNames.label("training.physicianHours"), chart.getXAxisTitle());
        assertEquals("Help-desk analysts", chart.getYAxisTitle(), "axes in words, not keys");
        assertEquals(List.of("4 hours", "8 hours"), chart.getHeatMapSeries().getXData(), "values with their unit");
        assertEquals(List.of("8 FTE"), chart.getHeatMapSeries().getYData());
        assertEquals(2, chart.getHeatMapSeries().getHeatData().size());
    }

    /** WCAG 2.1 relative luminance of an sRGB colour. */
    private static double luminance(java.awt.Color c) {
        double[] ch = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            double v = ch[i] / 255;
            ch[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
    }

    @Test
    void heatMapValuesKeepTheirContrastOnEveryColourOfTheScale() {
        double ink = luminance(HeatMapCharts.VALUE_COLOR);
        java.awt.Color[] scale = HeatMapCharts.HEAT_COLORS;
        for (int i = 0; i + 1 < scale.length; i++) {
            for (double t = 0; t <= 1; t += 0.125) { // the gradient between neighbouring colours, too
                java.awt.Color c = new java.awt.Color(
                        (int) Math.round(scale[i].getRed() + t * (scale[i + 1].getRed() - scale[i].getRed())),
                        (int) Math.round(scale[i].getGreen() + t * (scale[i + 1].getGreen() - scale[i].getGreen())),
                        (int) Math.round(scale[i].getBlue() + t * (scale[i + 1].getBlue() - scale[i].getBlue())));
                double l = luminance(c);
                double contrast = (Math.max(l, ink) + 0.05) / (Math.min(l, ink) + 0.05);
                assertTrue(
                        contrast >= HeatMapCharts.MIN_VALUE_CONTRAST,
                        "value text on " + c + " has contrast " + contrast + ":1");
            }
        }
        HeatMapChart chart =
                HeatMapCharts.heatMap(data, "errors_per_1000_tasks", "as-given").orElseThrow();
        assertEquals(HeatMapCharts.VALUE_COLOR, chart.getStyler().getValueFontColor());
        assertTrue(
                chart.getStyler().getValueFont().getSize() >= ChartStyle.SMALLEST_FONT_PX,
                "cell values at least the smallest chart font");
    }

    @Test
    void sensitivityBarsAreOrderedByInfluence() {
        CategoryChart chart = SensitivityCharts.sensitivity(data, "errors_per_1000_tasks", "morris")
                .orElseThrow();
        assertEquals(2, chart.getSeriesMap().size());
        List<?> factors = chart.getSeriesMap().values().iterator().next().getXData().stream()
                .toList();
        assertEquals(
                List.of("training.physicianHours", "support.helpDeskAnalysts", "threat.phishingRatePerDay"), factors);
    }

    @Test
    void planHasEverySectionWithUniqueIds() {
        List<ChartSpec> specs = Charts.plan(data, 0);
        Map<ChartSpec.Section, Long> bySection =
                specs.stream().collect(Collectors.groupingBy(ChartSpec::section, Collectors.counting()));
        assertEquals(7L, bySection.get(ChartSpec.Section.FOCUS_CURVES));
        assertEquals(3L, bySection.get(ChartSpec.Section.OTHER_CURVES), "downtime, errors and cost at other points");
        assertEquals(7L, bySection.get(ChartSpec.Section.DIFFERENCES));
        assertEquals(2L, bySection.get(ChartSpec.Section.TRADE_OFF));
        assertEquals(4L, bySection.get(ChartSpec.Section.HEAT_MAP));
        assertEquals(4L, bySection.get(ChartSpec.Section.SENSITIVITY), "morris and sobol for two outputs");
        assertEquals(specs.size(), specs.stream().map(ChartSpec::id).distinct().count());
        for (ChartSpec s : specs) {
            assertFalse(s.title().isBlank());
            assertFalse(s.caption().isBlank());
        }
    }

    @Test
    void writeProducesPngAndSvg() throws IOException {
        ChartSpec spec = Charts.plan(data, 0).get(0);
        Charts.WrittenChart w = Charts.write(spec, tmp.resolve("charts"));
        assertTrue(Files.size(w.png()) > 1000);
        assertTrue(Files.readString(w.svg()).contains("<svg"));
        assertEquals(tmp.resolve("charts").resolve(spec.id() + ".png"), w.png());
    }

    @Test
    void representativePointsAreFirstMiddleAndLastOtherThanTheFocus() {
        assertEquals(List.of(1), Charts.representativePoints(data, 0));
    }

    @Test
    void bandsArePercentilesKeptInsideThePhysicalRange() {
        int[] days = {0, 1, 2, 3, 4, 5, 6};
        double[] mean = {0.99, 0.99, 0.99, 0.99, 0.99, 0.99, 0.99};
        double[] wide = {1.05, 1.05, 1.05, 1.05, 1.05, 1.05, 1.05};
        double[] low = {0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9};
        Curve availability = new Curve(0, "as-given", "availability", days, mean, low, wide, low, mean, wide);
        double[][] t = CurveCharts.transform(availability, CurveOutcome.AVAILABILITY);
        assertEquals(1.0, t[3][0], "availability band clipped at 100%");
        assertEquals(0.9, t[2][0], 1e-12, "lower band is the 10th percentile");
        double[] downMean = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        double[] negative = {-3, -3, -3, -3, -3, -3, -3};
        double[] p10 = {0, 0, 0, 0, 0, 0, 0};
        double[] p90 = {2, 2, 2, 2, 2, 2, 2};
        Curve downtime =
                new Curve(0, "as-given", "unplanned_downtime_hours", days, downMean, negative, p90, p10, p10, p90);
        double[][] d = CurveCharts.transform(downtime, CurveOutcome.UNPLANNED_DOWNTIME);
        assertEquals(0.0, d[2][0], "weekly band from percentiles, never below zero");
        Curve breaches = new Curve(0, "as-given", "breaches", days, p10, negative, p90, p10, p10, p90);
        double[][] b = CurveCharts.transform(breaches, CurveOutcome.BREACHES);
        for (double v : b[2]) {
            assertTrue(v >= 0, "cumulative breaches band never below zero: " + v);
        }
    }

    @Test
    void tickLabelsAreCompact() {
        assertEquals("0.08", ChartStyle.tick(0.08));
        assertEquals("0.3", ChartStyle.tick(0.30000000000000004));
        assertEquals("0", ChartStyle.tick(-1e-17));
        assertEquals("12,500", ChartStyle.tick(12_500.0));
        assertEquals("-0.25", ChartStyle.tick(-0.25));
    }

    @Test
    void tradeOffLabelsNeverOverlapAndCrowdedPointsGiveUpTheirs() {
        java.awt.Font font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12);
        // two markers on the same spot, one alone, and a spread-out corner to set the scale
        List<double[]> markers = List.of(
                new double[] {10, 10, 1}, new double[] {10, 10, 2}, new double[] {15, 12, 3}, new double[] {20, 20, 4});
        List<double[]> placed = CostCharts.placeLabels(markers, font);
        assertEquals(
                List.of(1.0, 2.0, 3.0, 4.0),
                placed.stream().map(l -> l[2]).toList(),
                "twin markers: one label right, one left; the others right");
        assertTrue(placed.get(0)[0] > 10 && placed.get(1)[0] < 10, "the twins' labels sit on either side");
        List<double[]> three = List.of(
                new double[] {10, 10, 1}, new double[] {10, 10, 2}, new double[] {10, 10, 3}, new double[] {20, 20, 4});
        assertEquals(
                List.of(1.0, 2.0, 4.0),
                CostCharts.placeLabels(three, font).stream().map(l -> l[2]).toList(),
                "a third marker on the same spot has no free side: its label is left out");
    }
}
