package org.golivesim.report;

import static org.golivesim.report.ChartStyle.INK;
import static org.golivesim.report.ChartStyle.WHISKER;
import static org.golivesim.report.ChartStyle.style;
import static org.golivesim.report.Charts.HEIGHT;
import static org.golivesim.report.Charts.MAX_LABELLED_POINTS;
import static org.golivesim.report.Charts.WIDTH;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.golivesim.observe.Metric;
import org.golivesim.results.ComparisonRow;
import org.golivesim.results.ResultsData;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Paired differences per scenario point from {@code comparison.csv}, drawn so that up is better, with the
 * paired 95% confidence interval as whiskers.
 */
final class DifferenceCharts {

    private DifferenceCharts() {}

    /**
     * Builds a dot-and-whisker chart of one metric's paired difference (arm minus reference arm) per scenario
     * point, from {@code comparison.csv}. Series: "95% CI" (whiskers, one segment per point) and "Mean difference"
     * (dots); a horizontal line marks zero. USD metrics are shown in millions.
     *
     * @param data loaded results
     * @param metric summary metric
     * @return the chart, or empty when {@code comparison.csv} has no finite mean difference for the metric
     */
    static Optional<CategoryChart> pairedDifferences(ResultsData data, String metric) {
        List<ComparisonRow> rows = data.comparisons().stream()
                .filter(c -> c.metric().equals(metric) && Double.isFinite(c.meanDifference()))
                .sorted(java.util.Comparator.comparingInt(ComparisonRow::pointId))
                .toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        MetricInfo info = MetricInfo.of(metric);
        // up is better: lower-is-better metrics are drawn as reference minus arm
        double sign = info.better() == Metric.Better.LOWER ? -1 : 1;
        double k = info.isMoney() ? 1e-6 : info.kind() == Metric.Kind.SHARE ? 100 : 1;
        String unit = info.isMoney() ? "M USD" : info.kind() == Metric.Kind.SHARE ? "percentage points" : info.unit();
        List<Integer> ids = rows.stream().map(ComparisonRow::pointId).distinct().toList();
        List<String> arms = rows.stream().map(ComparisonRow::arm).distinct().toList();
        boolean named =
                ids.size() <= MAX_LABELLED_POINTS && !data.pointParameters().isEmpty();
        boolean neutral = info.better() == Metric.Better.NEITHER;
        String ref = ArmStyle.displayName(data, data.referenceArm()).toLowerCase(Locale.ROOT);
        List<String> categories = new ArrayList<>();
        for (int id : ids) {
            categories.add(
                    named ? data.point(id).map(PointNames::shortName).orElse(String.valueOf(id)) : String.valueOf(id));
        }
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(info.name() + (neutral ? ": arm minus " + ref : ": how much better than " + ref))
                .xAxisTitle(
                        named
                                ? String.join(
                                        " · ",
                                        data.pointParameters().stream()
                                                .map(PointNames::label)
                                                .toList())
                                : "Scenario point (id, see the table of points)")
                .yAxisTitle((neutral ? "Difference" : "Improvement")
                        + (unit.isEmpty() ? "" : " (" + unit + ")")
                        + (neutral ? "" : "; above 0 = better"))
                .build();
        style(chart.getStyler());
        chart.setCustomYAxisTickLabelsFormatter(ChartStyle::tick);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setErrorBarsColor(WHISKER);
        chart.getStyler().setMarkerSize(9);
        if (named && ids.size() > 4) {
            chart.getStyler().setXAxisLabelRotation(20);
        }
        double min = 0;
        double max = 0;
        for (String arm : arms) {
            List<Double> y = new ArrayList<>();
            List<Double> err = new ArrayList<>();
            for (int id : ids) {
                Optional<ComparisonRow> oc = rows.stream()
                        .filter(c -> c.pointId() == id && c.arm().equals(arm))
                        .findFirst();
                double v = oc.map(c -> sign * c.meanDifference() * k).orElse(Double.NaN);
                double half = oc.filter(c -> Double.isFinite(c.ciLow()) && Double.isFinite(c.ciHigh()))
                        .map(c -> (c.ciHigh() - c.ciLow()) / 2 * k)
                        .orElse(0.0);
                y.add(v);
                err.add(half);
                if (Double.isFinite(v)) {
                    min = Math.min(min, v - half);
                    max = Math.max(max, v + half);
                }
            }
            String name = (arms.size() == 1 ? "Mean difference" : ArmStyle.displayName(data, arm)) + " with 95% CI";
            org.knowm.xchart.CategorySeries series = chart.addSeries(name, categories, y, err);
            series.setChartCategorySeriesRenderStyle(org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Scatter);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(arms.size() == 1 ? INK : ArmStyle.color(data.arms(), arm));
        }
        double pad = (max - min) * 0.08;
        chart.getStyler().setYAxisMin(min - (pad == 0 ? 1 : pad));
        chart.getStyler().setYAxisMax(max + (pad == 0 ? 1 : pad));
        return Optional.of(chart);
    }
}
