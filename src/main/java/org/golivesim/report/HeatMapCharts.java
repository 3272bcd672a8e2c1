package org.golivesim.report;

import static org.golivesim.report.ChartStyle.roundSignificant;
import static org.golivesim.report.ChartStyle.style;
import static org.golivesim.report.Charts.HEIGHT;
import static org.golivesim.report.Charts.WIDTH;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.golivesim.results.ResultsData;
import org.golivesim.results.ScenarioPoint;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Heat maps of a summary metric over the first two varied parameters, one per arm on a shared scale.
 */
final class HeatMapCharts {

    private HeatMapCharts() {}

    /** Most distinct values a heat-map axis shows before numeric values are grouped into bins. */
    static final int HEAT_MAP_MAX_LEVELS = 12;

    /** Number of bins for a numeric heat-map axis with more than {@link #HEAT_MAP_MAX_LEVELS} values. */
    static final int HEAT_MAP_BINS = 6;

    /**
     * The colour scale, light to mid blue (ColorBrewer "Blues", its light half): every colour on it keeps the cells'
     * dark value text at a WCAG AA contrast of at least {@value #MIN_VALUE_CONTRAST}:1, where the full scale's dark end
     * left black text unreadable.
     */
    static final Color[] HEAT_COLORS = {
        new Color(0xF7, 0xFB, 0xFF),
        new Color(0xC6, 0xDB, 0xEF),
        new Color(0x9E, 0xCA, 0xE1),
        new Color(0x6B, 0xAE, 0xD6)
    };

    /**
     * Where the colour bar's title ends, in pixels from the chart's left: just left of the bar XChart draws centred
     * under the plot (measured on the {@value Charts#WIDTH}-pixel chart).
     */
    private static final int COLOUR_BAR_TITLE_RIGHT_PX = 372;

    /** The height of the colour bar's middle, in pixels from the chart's bottom. */
    private static final int COLOUR_BAR_MIDDLE_PX = 30;

    /** The colour of the values written in the cells. */
    static final Color VALUE_COLOR = ChartStyle.INK;

    /** The least contrast ratio between a cell's colour and its value text (WCAG 2.1 AA for normal text). */
    static final double MIN_VALUE_CONTRAST = 4.5;

    /**
     * Builds a heat map of one summary metric's mean over the first two varied parameters, for one strategy. A
     * numeric parameter with more than {@value #HEAT_MAP_MAX_LEVELS} distinct values is grouped into {@value
     * #HEAT_MAP_BINS} equal-width ranges; each cell shows the average of the configuration means falling in it.
     * The colour scale spans both strategies so the two maps compare directly. USD metrics are in millions.
     *
     * @param data loaded results
     * @param metric summary metric
     * @param strategy strategy
     * @return the chart, or empty with fewer than two varied parameters or no values
     */
    static Optional<HeatMapChart> heatMap(ResultsData data, String metric, String strategy) {
        return heatMap(data, TargetAssessment.assess(data), metric, strategy);
    }

    static Optional<HeatMapChart> heatMap(
            ResultsData data, TargetAssessment assessment, String metric, String strategy) {
        if (data.pointParameters().size() < 2 || !data.summaryMetrics().contains(metric)) {
            return Optional.empty();
        }
        String px = data.pointParameters().get(0);
        String py = data.pointParameters().get(1);
        Function<String, Integer> binX = axis(data, px);
        Function<String, Integer> binY = axis(data, py);
        List<String> levelsX = levels(data, px);
        List<String> levelsY = levels(data, py);
        MetricInfo info = MetricInfo.of(metric);
        double k = info.isMoney() ? 1e-6 : 1;
        Map<String, Map<List<Integer>, double[]>> cells = new HashMap<>();
        for (TargetAssessment.Configuration c : assessment.configurations()) {
            double v = c.mean(metric);
            ScenarioPoint p = data.point(c.pointId()).orElseThrow();
            if (!Double.isFinite(v)) {
                continue;
            }
            List<Integer> cell = List.of(
                    binX.apply(p.parameters().get(px)),
                    binY.apply(p.parameters().get(py)));
            double[] acc = cells.computeIfAbsent(c.arm(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(cell, x -> new double[2]);
            acc[0] += v * k;
            acc[1]++;
        }
        Map<List<Integer>, double[]> mine = cells.get(strategy);
        if (mine == null || mine.isEmpty()) {
            return Optional.empty();
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Map<List<Integer>, double[]> m : cells.values()) {
            for (double[] acc : m.values()) {
                min = Math.min(min, acc[0] / acc[1]);
                max = Math.max(max, acc[0] / acc[1]);
            }
        }
        if (max <= min) {
            max = min + 1;
        }
        // round the scale outward and the cells to three significant digits so legend and cell labels stay short
        double lowEnd = roundSignificant(min, 3, RoundingMode.FLOOR);
        double highEnd = roundSignificant(max, 3, RoundingMode.CEILING);
        List<Number[]> heat = new ArrayList<>();
        mine.forEach((cell, acc) -> heat.add(
                new Number[] {cell.get(0), cell.get(1), roundSignificant(acc[0] / acc[1], 3, RoundingMode.HALF_EVEN)}));
        String unit = info.isMoney() ? "USD millions" : info.unit();
        String scaleTitle = info.name() + (unit.isEmpty() ? "" : " (" + unit + ")");
        HeatMapChart chart = new HeatMapChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(scaleTitle + " — " + ArmStyle.displayName(data, strategy))
                .xAxisTitle(PointNames.label(px))
                .yAxisTitle(PointNames.label(py))
                .build();
        style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setRangeColors(HEAT_COLORS);
        chart.getStyler().setMin(lowEnd);
        chart.getStyler().setMax(highEnd);
        chart.getStyler().setHeatMapValueDecimalPattern("#,##0.###");
        chart.getStyler().setShowValue(true);
        chart.getStyler().setDrawBorder(true);
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, ChartStyle.SMALLEST_FONT_PX));
        chart.getStyler().setValueFontColor(VALUE_COLOR);
        chart.getStyler().setPlotContentSize(1.0);
        if (levelsX.size() > 6) {
            chart.getStyler().setXAxisLabelRotation(30);
        }
        chart.addSeries(
                ArmStyle.displayName(data, strategy),
                levelsX.stream().map(v -> PointNames.value(px, v)).toList(),
                levelsY.stream().map(v -> PointNames.value(py, v)).toList(),
                heat);
        // the colour bar's title, written left of the bar (XChart's heat-map legend draws none)
        Font titleFont = new Font(Font.SANS_SERIF, Font.PLAIN, ChartStyle.SMALLEST_FONT_PX);
        double titleWidth = titleFont
                .getStringBounds(scaleTitle, new FontRenderContext(null, true, true))
                .getWidth();
        chart.addAnnotation(
                new AnnotationText(scaleTitle, COLOUR_BAR_TITLE_RIGHT_PX - titleWidth / 2, COLOUR_BAR_MIDDLE_PX, true));
        chart.getStyler().setAnnotationTextFont(titleFont);
        chart.getStyler().setAnnotationTextFontColor(ChartStyle.INK);
        return Optional.of(chart);
    }

    /** Returns the display levels of one parameter axis: distinct values, or bin ranges for many numeric values. */
    private static List<String> levels(ResultsData data, String param) {
        List<String> distinct = distinctValues(data, param);
        double[] numeric = numeric(distinct);
        if (numeric == null || distinct.size() <= HEAT_MAP_MAX_LEVELS) {
            return distinct;
        }
        double lo = numeric[0];
        double hi = numeric[numeric.length - 1];
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < HEAT_MAP_BINS; b++) {
            labels.add(Html.num(lo + (hi - lo) * b / HEAT_MAP_BINS) + "–"
                    + Html.num(lo + (hi - lo) * (b + 1) / HEAT_MAP_BINS));
        }
        return labels;
    }

    private static Function<String, Integer> axis(ResultsData data, String param) {
        List<String> distinct = distinctValues(data, param);
        double[] numeric = numeric(distinct);
        if (numeric == null || distinct.size() <= HEAT_MAP_MAX_LEVELS) {
            return distinct::indexOf;
        }
        double lo = numeric[0];
        double hi = numeric[numeric.length - 1];
        return v -> {
            double x = Double.parseDouble(v.trim());
            int b = (int) Math.floor((x - lo) / (hi - lo) * HEAT_MAP_BINS);
            return Math.max(0, Math.min(HEAT_MAP_BINS - 1, b));
        };
    }

    /** Distinct values of a parameter, numerically sorted when all are numbers, else in order of appearance. */
    private static List<String> distinctValues(ResultsData data, String param) {
        List<String> values = new ArrayList<>(new LinkedHashSet<>(
                data.points().stream().map(p -> p.parameters().get(param)).toList()));
        if (numeric(values) != null) {
            values.sort(java.util.Comparator.comparingDouble(v -> Double.parseDouble(v.trim())));
        }
        return values;
    }

    /** Sorted numeric values, or null when any value is not a finite number. */
    private static double[] numeric(List<String> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Double.parseDouble(values.get(i).trim());
            } catch (NumberFormatException | NullPointerException e) {
                return null;
            }
            if (!Double.isFinite(out[i])) {
                return null;
            }
        }
        java.util.Arrays.sort(out);
        return out;
    }
}
