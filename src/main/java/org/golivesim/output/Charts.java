package org.golivesim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.golivesim.observe.Metric;
import org.golivesim.scenario.TimeUnits;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds the report's charts from results read from disk (XChart, headless) and encodes them as PNG and SVG.
 *
 * <p>Every chart is {@value #WIDTH}×{@value #HEIGHT} pixels, has a title in words, axis titles with units and a
 * legend, and uses one colour per arm everywhere ({@link ArmStyle#color}). Construction and encoding are
 * separate so tests can inspect a chart's series before it is written.
 */
public final class Charts {

    /** Width of every chart, in pixels. */
    public static final int WIDTH = 900;

    /** Height of every chart, in pixels. */
    public static final int HEIGHT = 500;

    /** Days per month used to put months after go-live on the x axis (the model's month, 365 / 12). */
    public static final double DAYS_PER_MONTH = TimeUnits.DAYS_PER_MONTH;

    /** Summary metrics shown as paired-difference charts and headline sentences, when present. */
    public static final List<String> HEADLINE_METRICS = List.of(
            "unplanned_downtime_hours",
            "availability",
            "errors_per_1000_tasks",
            "harm_events",
            "breaches_per_month",
            "mean_wait_hours",
            "productivity_trough_weeks_1_4",
            "cost_total_usd");

    /** Outcomes drawn over time at the representative points other than the focus point (all are at the focus). */
    public static final List<CurveOutcome> OTHER_POINT_OUTCOMES =
            List.of(CurveOutcome.UNPLANNED_DOWNTIME, CurveOutcome.ERRORS, CurveOutcome.COST);

    /** Outcomes drawn against cost in the trade-off scatter charts. */
    public static final List<String> TRADE_OFF_METRICS = List.of("breaches_per_month", "errors_per_1000_tasks");

    /** Outcomes drawn as heat maps over the first two varied parameters. */
    public static final List<String> HEAT_MAP_METRICS = List.of("errors_per_1000_tasks", "cost_total_usd");

    /** Most distinct values a heat-map axis shows before numeric values are grouped into bins. */
    public static final int HEAT_MAP_MAX_LEVELS = 12;

    /** Number of bins for a numeric heat-map axis with more than {@link #HEAT_MAP_MAX_LEVELS} values. */
    public static final int HEAT_MAP_BINS = 6;

    /** Most points labelled by id in a trade-off chart; beyond this labels would overlap. */
    public static final int MAX_LABELLED_POINTS = 12;

    /** Most factors shown in a sensitivity chart (the most influential first). */
    public static final int MAX_SENSITIVITY_FACTORS = 12;

    /** Most sensitivity outputs charted per method. */
    public static final int MAX_SENSITIVITY_OUTPUTS = 4;

    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color GRID = new Color(0xE3, 0xE6, 0xEA);
    private static final Color WHISKER = new Color(0x55, 0x5B, 0x66);
    private static final int BAND_ALPHA = 56;
    private static final Color[] HEAT_COLORS = {
        new Color(0xF7, 0xFB, 0xFF),
        new Color(0x9E, 0xCA, 0xE1),
        new Color(0x42, 0x92, 0xC6),
        new Color(0x08, 0x45, 0x94)
    };

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {}

    /**
     * Encoded files of one chart.
     *
     * @param png path of the PNG file
     * @param svg path of the SVG file
     * @param pngBytes the PNG's bytes, for embedding
     */
    public record WrittenChart(Path png, Path svg, byte[] pngBytes) {}

    /**
     * Builds every chart the report shows, in report order.
     *
     * <p>Curves: for the focus point every {@link CurveOutcome} (section {@link ChartSpec.Section#FOCUS_CURVES});
     * when there are more points, the {@link #OTHER_POINT_OUTCOMES} for the first, middle and last point other than
     * the focus point
     * ({@link ChartSpec.Section#OTHER_CURVES}), one chart per point so bands stay readable. Then paired differences
     * per headline metric, cost trade-offs, heat maps per strategy (when at least two parameters vary) and
     * sensitivity charts (when {@code sensitivity.csv} exists). Charts whose data are absent are left out.
     *
     * @param data loaded results
     * @param focusPointId the point whose curves come first
     * @return chart specifications with unique ids
     * @throws IllegalArgumentException if the focus point is not in {@code points.csv}
     */
    public static List<ChartSpec> plan(ResultsData data, int focusPointId) {
        if (data.point(focusPointId).isEmpty()) {
            throw new IllegalArgumentException("focus point " + focusPointId + " is not in points.csv");
        }
        List<ChartSpec> specs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CurveOutcome o : CurveOutcome.values()) {
            outcomeCurve(data, o, focusPointId)
                    .ifPresent(c -> specs.add(spec(
                            ids,
                            "curve_" + o.metric() + "_point" + focusPointId,
                            ChartSpec.Section.FOCUS_CURVES,
                            curveCaption(data, o, focusPointId),
                            c)));
        }
        for (int pointId : representativePoints(data, focusPointId)) {
            for (CurveOutcome o : OTHER_POINT_OUTCOMES) {
                outcomeCurve(data, o, pointId)
                        .ifPresent(c -> specs.add(spec(
                                ids,
                                "curve_" + o.metric() + "_point" + pointId,
                                ChartSpec.Section.OTHER_CURVES,
                                curveCaption(data, o, pointId),
                                c)));
            }
        }
        for (String metric : headlineMetrics(data)) {
            MetricInfo info = MetricInfo.of(metric);
            pairedDifferences(data, metric)
                    .ifPresent(c -> specs.add(spec(
                            ids,
                            "difference_" + metric,
                            ChartSpec.Section.DIFFERENCES,
                            info.name() + ": mean paired difference per scenario point with its 95% confidence"
                                    + " interval, from comparison.csv. "
                                    + (info.direction() == MetricInfo.Direction.NEUTRAL
                                            ? "Drawn as arm minus reference arm: above zero, higher in the arm."
                                            : "Drawn so that up is better: above zero the arm does better than the"
                                                    + " reference arm (for a lower-is-better metric, the reference"
                                                    + " minus the arm). A whisker that crosses zero: not clear.")
                                    + (info.isMoney() ? " In millions of USD." : ""),
                            c)));
        }
        Findings findings = new Findings(data);
        for (String arm : data.arms()) {
            if (!arm.equals(data.referenceArm())
                    && specs.stream()
                                    .filter(x -> x.section() == ChartSpec.Section.COSTS)
                                    .count()
                            < Decision.MAX_ARMS) {
                netCostByHarmValue(data, findings, focusPointId, arm)
                        .ifPresent(c -> specs.add(spec(
                                ids,
                                "net_cost_by_harm_value_" + arm,
                                ChartSpec.Section.COSTS,
                                "Extra total cost of " + Decision.armSubject(arm) + " against "
                                        + ArmStyle.displayName(data.referenceArm())
                                                .toLowerCase(Locale.ROOT)
                                        + " if one patient-harm event were valued at the amount on the x axis, other"
                                        + " items valued as in the scenario: mean of the paired differences over"
                                        + " replications with its 95% confidence band. Where the line crosses zero"
                                        + " is the break-even value; the dashed line marks the scenario's value.",
                                c)));
            }
        }
        downtimeExceedance(data, findings, focusPointId)
                .ifPresent(c -> specs.add(spec(
                        ids,
                        "downtime_exceedance_point" + focusPointId,
                        ChartSpec.Section.RISK,
                        "Unplanned downtime of each run against the share of runs with at least that much, per arm"
                                + " (one marker per replication). A few runs with a long ransomware or"
                                + " infrastructure outage sit far to the right and pull the mean up.",
                        c)));
        TargetAssessment assessment = TargetAssessment.assess(data);
        for (String metric : TRADE_OFF_METRICS) {
            costTradeOff(data, assessment, metric)
                    .ifPresent(c -> specs.add(spec(
                            ids,
                            "tradeoff_cost_" + metric,
                            ChartSpec.Section.TRADE_OFF,
                            "Mean total cost against mean "
                                    + MetricInfo.of(metric).name().toLowerCase(Locale.ROOT)
                                    + ", one marker per scenario point and strategy (means over successful runs"
                                    + " in runs.csv). Down and to the left is better.",
                            c)));
        }
        if (data.pointParameters().size() >= 2) {
            for (String metric : HEAT_MAP_METRICS) {
                for (String s : data.arms()) {
                    heatMap(data, assessment, metric, s)
                            .ifPresent(c -> specs.add(spec(
                                    ids,
                                    "heatmap_" + metric + "_" + s,
                                    ChartSpec.Section.HEAT_MAP,
                                    MetricInfo.of(metric).name() + " ("
                                            + ArmStyle.displayName(s).toLowerCase(Locale.ROOT)
                                            + ") by " + data.pointParameters().get(0) + " and "
                                            + data.pointParameters().get(1)
                                            + ": mean over successful runs; cells with several points (other"
                                            + " parameters varied, or values grouped into ranges) show their"
                                            + " average. Both strategies share one colour scale.",
                                    c)));
                }
            }
        }
        for (String method : List.of("morris", "sobol")) {
            for (String output : sensitivityOutputs(data, method)) {
                sensitivity(data, output, method)
                        .ifPresent(c -> specs.add(spec(
                                ids,
                                "sensitivity_" + output + "_" + method,
                                ChartSpec.Section.SENSITIVITY,
                                (method.equals("morris")
                                                ? "Morris screening: μ* ranks a factor's overall influence, σ its"
                                                        + " non-linearity and interactions. "
                                                : "Sobol indices: S1 is the share of output variance due to the"
                                                        + " factor alone, ST including interactions. ")
                                        + "At most " + MAX_SENSITIVITY_FACTORS
                                        + " most influential factors, from sensitivity.csv.",
                                c)));
            }
        }
        return specs;
    }

    private static ChartSpec spec(
            Set<String> ids, String rawId, ChartSpec.Section section, String caption, Chart<?, ?> c) {
        String base = rawId.replaceAll("[^A-Za-z0-9_.-]", "_").replaceAll("^\\.+", "_");
        String id = base;
        for (int i = 2; !ids.add(id); i++) {
            id = base + "_" + i;
        }
        return new ChartSpec(id, section, caption, c);
    }

    private static String curveCaption(ResultsData data, CurveOutcome o, int pointId) {
        String smoothing = o.transform() == CurveOutcome.Transform.WEEKLY_MEAN
                ? "Weekly averages of the daily mean over replications; the shaded band averages the daily 10th and"
                        + " 90th percentiles over replications over each week (the middle 80% of runs), kept inside the"
                        + " metric's physical range."
                : "Running total of the daily mean over replications from the first simulated day; the shaded band"
                        + " sums the daily 95% confidence limits (at least as wide as an exact interval), never below"
                        + " zero.";
        return o.title() + " over time"
                + (data.points().size() > 1
                        ? " at " + data.point(pointId).map(PointNames::name).orElse("point " + pointId)
                        : "")
                + ". " + smoothing
                + " Dashed vertical line: go-live; negative months are the pre-go-live reference period.";
    }

    /**
     * Picks up to three representative points other than the focus point: the first, middle and last by id.
     *
     * @param data loaded results
     * @param focusPointId the focus point, excluded
     * @return distinct point ids in ascending order
     */
    public static List<Integer> representativePoints(ResultsData data, int focusPointId) {
        List<Integer> ids = data.points().stream().map(ScenarioPoint::id).toList();
        Set<Integer> chosen = new java.util.TreeSet<>();
        if (ids.size() > 1) {
            for (int idx : new int[] {0, (ids.size() - 1) / 2, ids.size() - 1}) {
                chosen.add(ids.get(idx));
            }
        }
        chosen.remove(focusPointId);
        return List.copyOf(chosen);
    }

    /**
     * Returns the headline metrics that {@code comparison.csv} has, in {@link #HEADLINE_METRICS} order; when it has
     * {@code breaches} but not {@code breaches_per_month}, {@code breaches} takes that place.
     *
     * @param data loaded results
     * @return metric names
     */
    public static List<String> headlineMetrics(ResultsData data) {
        Set<String> present = new LinkedHashSet<>();
        data.comparisons().forEach(c -> present.add(c.metric()));
        List<String> result = new ArrayList<>();
        for (String m : HEADLINE_METRICS) {
            if (present.contains(m)) {
                result.add(m);
            } else if (m.equals("breaches_per_month") && present.contains("breaches")) {
                result.add("breaches");
            }
        }
        return result;
    }

    /**
     * Builds a curve over time of one outcome at one scenario point: per strategy, a mean line and a shaded 95%
     * band, x in months after go-live (day / {@value #DAYS_PER_MONTH}).
     *
     * @param data loaded results
     * @param outcome the outcome and its transformation
     * @param pointId scenario point id
     * @return the chart, or empty when {@code curves.csv} has no rows for this metric and point
     */
    public static Optional<XYChart> outcomeCurve(ResultsData data, CurveOutcome outcome, int pointId) {
        List<Curve> curves = new ArrayList<>();
        for (String s : data.arms()) {
            data.curve(pointId, s, outcome.metric()).filter(c -> c.size() > 0).ifPresent(curves::add);
        }
        if (curves.isEmpty()) {
            return Optional.empty();
        }
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(outcome.title()
                        + (data.points().size() > 1
                                ? " — "
                                        + data.point(pointId)
                                                .map(PointNames::shortName)
                                                .orElse("point " + pointId)
                                : ""))
                .xAxisTitle("Months after go-live")
                .yAxisTitle(outcome.yAxisTitle())
                .build();
        style(chart);
        List<double[][]> transformed = new ArrayList<>();
        for (Curve c : curves) {
            transformed.add(transform(c, outcome));
        }
        // bands first so the mean lines are drawn on top of both bands
        for (int i = 0; i < curves.size(); i++) {
            double[][] t = transformed.get(i);
            String s = curves.get(i).arm();
            Color colour = ArmStyle.color(data.arms(), s);
            double[][] band = bandPolygon(t[0], t[2], t[3]);
            if (band != null) {
                XYSeries series = chart.addSeries(
                        ArmStyle.displayName(s)
                                + (outcome.transform() == CurveOutcome.Transform.WEEKLY_MEAN
                                        ? " 10th–90th percentile"
                                        : " 95% CI"),
                        band[0],
                        band[1]);
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                series.setMarker(SeriesMarkers.NONE);
                Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), BAND_ALPHA);
                series.setFillColor(fill);
                series.setLineColor(fill);
                series.setLineWidth(0.5f);
            }
        }
        for (int i = 0; i < curves.size(); i++) {
            double[][] t = transformed.get(i);
            String s = curves.get(i).arm();
            Color colour = ArmStyle.color(data.arms(), s);
            XYSeries line = chart.addSeries(ArmStyle.displayName(s) + " (mean)", t[0], t[1]);
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(colour);
            line.setLineWidth(2.2f);
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (double[][] t : transformed) {
            for (double x : t[0]) {
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
            }
        }
        niceXRange(chart, Math.min(minX, 0), maxX);
        AnnotationLine goLive = new AnnotationLine(0, true, false);
        chart.addAnnotation(goLive);
        chart.getStyler().setAnnotationLineColor(new Color(0x66, 0x66, 0x66));
        chart.getStyler()
                .setAnnotationLineStroke(new BasicStroke(
                        1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        return Optional.of(chart);
    }

    /**
     * Applies an outcome's transformation to a curve.
     *
     * @param curve daily curve
     * @param outcome outcome and transformation
     * @return rows x (months), mean, ci low, ci high; NaN where unknown
     */
    static double[][] transform(Curve curve, CurveOutcome outcome) {
        int[] days = curve.days();
        double[] mean = curve.mean();
        boolean percentiles = outcome.transform() == CurveOutcome.Transform.WEEKLY_MEAN;
        double[] lo = percentiles ? curve.p10() : curve.ciLow();
        double[] hi = percentiles ? curve.p90() : curve.ciHigh();
        double k = outcome.scale();
        MetricInfo info = MetricInfo.of(curve.metric());
        if (outcome.transform() == CurveOutcome.Transform.CUMULATIVE) {
            int n = days.length;
            double[][] out = new double[4][n];
            double sm = 0;
            double sl = 0;
            double sh = 0;
            boolean bandOk = true;
            for (int i = 0; i < n; i++) {
                sm += Double.isNaN(mean[i]) ? 0 : mean[i];
                bandOk &= Double.isFinite(lo[i]) && Double.isFinite(hi[i]);
                sl += bandOk ? lo[i] : 0;
                sh += bandOk ? hi[i] : 0;
                out[0][i] = days[i] / DAYS_PER_MONTH;
                out[1][i] = sm * k;
                out[2][i] = bandOk ? info.clip(sl) * k : Double.NaN;
                out[3][i] = bandOk ? info.clip(sh) * k : Double.NaN;
            }
            return out;
        }
        TreeMap<Integer, double[]> weeks = new TreeMap<>(); // week -> sums of day, mean, lo, hi and counts
        for (int i = 0; i < days.length; i++) {
            double[] w = weeks.computeIfAbsent(Math.floorDiv(days[i], 7), x -> new double[8]);
            w[0] += days[i];
            w[4]++;
            if (!Double.isNaN(mean[i])) {
                w[1] += mean[i];
                w[5]++;
            }
            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                w[2] += lo[i];
                w[3] += hi[i];
                w[6]++;
            }
        }
        double[][] out = new double[4][weeks.size()];
        int j = 0;
        for (double[] w : weeks.values()) {
            out[0][j] = w[0] / w[4] / DAYS_PER_MONTH;
            out[1][j] = w[5] > 0 ? w[1] / w[5] * k : Double.NaN;
            out[2][j] = w[6] > 0 ? info.clip(w[2] / w[6]) * k : Double.NaN;
            out[3][j] = w[6] > 0 ? info.clip(w[3] / w[6]) * k : Double.NaN;
            j++;
        }
        return out;
    }

    /** Returns the polygon (x forward along the upper limit, back along the lower) or null without enough data. */
    private static double[][] bandPolygon(double[] x, double[] lo, double[] hi) {
        List<Integer> ok = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                ok.add(i);
            }
        }
        if (ok.size() < 2) {
            return null;
        }
        int n = ok.size();
        double[][] poly = new double[2][2 * n];
        for (int j = 0; j < n; j++) {
            int i = ok.get(j);
            poly[0][j] = x[i];
            poly[1][j] = hi[i];
            int r = ok.get(n - 1 - j);
            poly[0][n + j] = x[r];
            poly[1][n + j] = lo[r];
        }
        return poly;
    }

    /**
     * Builds a dot-and-whisker chart of one metric's paired difference (arm minus reference arm) per scenario
     * point, from {@code comparison.csv}. Series: "95% CI" (whiskers, one segment per point) and "Mean difference"
     * (dots); a horizontal line marks zero. USD metrics are shown in millions.
     *
     * @param data loaded results
     * @param metric summary metric
     * @return the chart, or empty when {@code comparison.csv} has no finite mean difference for the metric
     */
    public static Optional<CategoryChart> pairedDifferences(ResultsData data, String metric) {
        List<ComparisonRow> rows = data.comparisons().stream()
                .filter(c -> c.metric().equals(metric) && Double.isFinite(c.meanDifference()))
                .sorted(java.util.Comparator.comparingInt(ComparisonRow::pointId))
                .toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        MetricInfo info = MetricInfo.of(metric);
        // up is better: lower-is-better metrics are drawn as reference minus arm
        double sign = info.direction() == MetricInfo.Direction.LOWER_IS_BETTER ? -1 : 1;
        double k = info.isMoney() ? 1e-6 : info.kind() == Metric.Kind.SHARE ? 100 : 1;
        String unit = info.isMoney() ? "M USD" : info.kind() == Metric.Kind.SHARE ? "percentage points" : info.unit();
        List<Integer> ids = rows.stream().map(ComparisonRow::pointId).distinct().toList();
        List<String> arms = rows.stream().map(ComparisonRow::arm).distinct().toList();
        boolean named =
                ids.size() <= MAX_LABELLED_POINTS && !data.pointParameters().isEmpty();
        boolean neutral = info.direction() == MetricInfo.Direction.NEUTRAL;
        String ref = ArmStyle.displayName(data.referenceArm()).toLowerCase(Locale.ROOT);
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
        chart.setCustomYAxisTickLabelsFormatter(Charts::tick);
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
            String name = (arms.size() == 1 ? "Mean difference" : ArmStyle.displayName(arm)) + " with 95% CI";
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

    /**
     * Builds the chart of an arm's extra total cost over the reference arm as a function of the value put on one
     * patient-harm event (paired over replications, mean and 95% band), in M USD.
     *
     * @return the chart, or empty without the harm and cost columns or pairs
     */
    static Optional<XYChart> netCostByHarmValue(ResultsData data, Findings f, int pointId, String arm) {
        Optional<Findings.Versus> ov = f.versus(pointId, arm, data.referenceArm());
        if (ov.isEmpty()
                || !data.summaryMetrics().contains(Findings.Valued.HARM.costColumn)
                || !data.summaryMetrics().contains(Findings.Valued.HARM.countColumn)) {
            return Optional.empty();
        }
        double scenarioValue = f.parameter(Findings.Valued.HARM.parameter);
        double be = ov.get().breakEven(Findings.Valued.HARM);
        double max =
                Math.max(Double.isFinite(scenarioValue) ? 2 * scenarioValue : 0, Double.isFinite(be) ? 1.5 * be : 0);
        if (!(max > 0)) {
            max = 50_000;
        }
        // a round upper end (in thousand USD) so the axis ticks fall on round values
        double maxK = max / 1000;
        double step = Math.pow(10, Math.floor(Math.log10(maxK)));
        step = maxK / step > 5 ? step * 2 : maxK / step > 2 ? step : step / 2;
        max = Math.ceil(maxK / step) * step * 1000;
        // grid points on round values: XChart puts a tick at each x of a short series
        int steps = (int) Math.round(max / (step * 500));
        double[] x = new double[steps + 1];
        double[] mean = new double[steps + 1];
        double[] lo = new double[steps + 1];
        double[] hi = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            double v = max * i / steps;
            org.golivesim.stats.PairedComparison c =
                    ov.get().totalIfValued(Findings.Valued.HARM, v, f, pointId, data.referenceArm());
            x[i] = v / 1000;
            mean[i] = c.meanDifference() / 1e6;
            lo[i] = c.ciLow() / 1e6;
            hi[i] = c.ciHigh() / 1e6;
        }
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title("Extra cost of " + Decision.armSubject(arm) + " by the value of a harm event")
                .xAxisTitle("Value of one patient-harm event (thousand USD)")
                .yAxisTitle("Extra total cost (M USD); below 0 = saves money")
                .build();
        style(chart, false);
        chart.getStyler().setXAxisDecimalPattern("#,##0.#");
        Color colour = ArmStyle.color(data.arms(), arm);
        double[][] band = bandPolygon(x, lo, hi);
        if (band != null) {
            XYSeries b = chart.addSeries("95% CI", band[0], band[1]);
            b.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            b.setMarker(SeriesMarkers.NONE);
            Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), BAND_ALPHA);
            b.setFillColor(fill);
            b.setLineColor(fill);
        }
        XYSeries line = chart.addSeries("Mean extra cost", x, mean);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(colour);
        line.setLineWidth(2.2f);
        chart.addAnnotation(new AnnotationLine(0, false, false));
        if (Double.isFinite(scenarioValue)) {
            chart.addAnnotation(new AnnotationLine(scenarioValue / 1000, true, false));
        }
        chart.getStyler().setAnnotationLineColor(new Color(0x66, 0x66, 0x66));
        chart.getStyler()
                .setAnnotationLineStroke(new BasicStroke(
                        1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        includeZero(chart, mean, lo, hi);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(max / 1000);
        return Optional.of(chart);
    }

    /**
     * Builds the exceedance chart of unplanned downtime per run: x the run's downtime in hours, y the share of runs
     * (of that arm) with at least that much, one marker per replication.
     *
     * @return the chart, or empty without the column
     */
    static Optional<XYChart> downtimeExceedance(ResultsData data, Findings f, int pointId) {
        if (!data.summaryMetrics().contains("unplanned_downtime_hours")) {
            return Optional.empty();
        }
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title("How often long downtime happens")
                .xAxisTitle("Unplanned downtime in the run (hours)")
                .yAxisTitle("Share of runs with at least this much (%)")
                .build();
        style(chart);
        for (String arm : data.arms()) {
            double[] v = f.values(pointId, arm, "unplanned_downtime_hours");
            if (v.length == 0) {
                continue;
            }
            double[] y = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                y[i] = 100.0 * (v.length - i) / v.length;
            }
            XYSeries s = chart.addSeries(ArmStyle.displayName(arm), v, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(arm.equals(data.referenceArm()) ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
            s.setMarkerColor(ArmStyle.color(data.arms(), arm));
            s.setLineColor(ArmStyle.color(data.arms(), arm));
        }
        if (chart.getSeriesMap().isEmpty()) {
            return Optional.empty();
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setXAxisMin(0.0);
        return Optional.of(chart);
    }

    private static void includeZero(XYChart chart, double[]... ys) {
        double min = 0;
        double max = 0;
        for (double[] y : ys) {
            for (double v : y) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double pad = (max - min) * 0.08;
        if (pad == 0) {
            pad = 1;
        }
        chart.getStyler().setYAxisMin(min - pad);
        chart.getStyler().setYAxisMax(max + pad);
    }

    /** Rounds to a number of significant digits in the given direction. */
    static double roundSignificant(double v, int digits, RoundingMode mode) {
        if (!Double.isFinite(v) || v == 0) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(digits, mode)).doubleValue();
    }

    /**
     * Formats an axis tick value compactly: grouping from 10,000 up, otherwise up to six significant digits with
     * trailing zeros removed (so 0.08 reads "0.08", not ".08", and 0.30000000000000004 reads "0.3").
     */
    static String tick(Double x) {
        if (x == null || !Double.isFinite(x)) {
            return "";
        }
        double v = x;
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        if (Math.abs(v) >= 10_000) {
            DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return f.format(v);
        }
        String s = new BigDecimal(v)
                .round(new MathContext(6, RoundingMode.HALF_EVEN))
                .stripTrailingZeros()
                .toPlainString();
        return s;
    }

    /** Puts x axis limits on round multiples of a step that suits the range, so ticks fall on round values. */
    private static void niceXRange(XYChart chart, double min, double max) {
        double range = max - min;
        if (!(range > 0)) {
            return;
        }
        double step = range <= 3 ? 0.25 : range <= 8 ? 0.5 : range <= 24 ? 1 : range <= 60 ? 3 : 12;
        chart.getStyler().setXAxisMin(Math.floor(min / step) * step);
        chart.getStyler().setXAxisMax(Math.ceil(max / step) * step);
    }

    /**
     * Builds the cost trade-off scatter: mean total cost (USD millions) against one outcome's mean, one marker per
     * scenario point and strategy; markers are labelled with point ids when there are at most {@value
     * #MAX_LABELLED_POINTS} points.
     *
     * @param data loaded results
     * @param outcomeMetric summary metric on the y axis, e.g. {@code breaches_per_month}
     * @return the chart, or empty when {@code runs.csv} lacks the cost or outcome column or has no successful run
     */
    public static Optional<XYChart> costTradeOff(ResultsData data, String outcomeMetric) {
        return costTradeOff(data, TargetAssessment.assess(data), outcomeMetric);
    }

    private static Optional<XYChart> costTradeOff(ResultsData data, TargetAssessment assessment, String metric) {
        if (!data.summaryMetrics().contains(TargetAssessment.COST_METRIC)
                || !data.summaryMetrics().contains(metric)) {
            return Optional.empty();
        }
        MetricInfo info = MetricInfo.of(metric);
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title("Cost against " + info.name().toLowerCase(Locale.ROOT))
                .xAxisTitle("Mean total cost (USD millions)")
                .yAxisTitle(info.titleWithUnit())
                .build();
        style(chart);
        boolean label = data.points().size() <= MAX_LABELLED_POINTS;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        List<double[]> labels = new ArrayList<>();
        for (String s : data.arms()) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (TargetAssessment.Configuration c : assessment.configurations()) {
                double x = c.mean(TargetAssessment.COST_METRIC) / 1e6;
                double y = c.mean(metric);
                if (c.arm().equals(s) && Double.isFinite(x) && Double.isFinite(y)) {
                    xs.add(x);
                    ys.add(y);
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    labels.add(new double[] {x, y, c.pointId()});
                }
            }
            if (!xs.isEmpty()) {
                XYSeries series = chart.addSeries(ArmStyle.displayName(s), xs, ys);
                series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                series.setMarker(s.equals(data.referenceArm()) ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
                series.setMarkerColor(ArmStyle.color(data.arms(), s));
            }
        }
        if (chart.getSeriesMap().isEmpty()) {
            return Optional.empty();
        }
        chart.getStyler().setMarkerSize(11);
        if (label) {
            double offset = (maxX > minX ? maxX - minX : Math.max(Math.abs(maxX), 1)) * 0.012;
            for (double[] l : labels) {
                chart.addAnnotation(new AnnotationText("P" + (int) l[2], l[0] + offset * 2.4, l[1], false));
            }
            chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            chart.getStyler().setAnnotationTextFontColor(new Color(0x44, 0x44, 0x44));
        }
        return Optional.of(chart);
    }

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
    public static Optional<HeatMapChart> heatMap(ResultsData data, String metric, String strategy) {
        return heatMap(data, TargetAssessment.assess(data), metric, strategy);
    }

    private static Optional<HeatMapChart> heatMap(
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
        HeatMapChart chart = new HeatMapChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(info.name() + (unit.isEmpty() ? "" : " (" + unit + ")") + " — " + ArmStyle.displayName(strategy))
                .xAxisTitle(px)
                .yAxisTitle(py)
                .build();
        style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setRangeColors(HEAT_COLORS);
        chart.getStyler().setMin(lowEnd);
        chart.getStyler().setMax(highEnd);
        chart.getStyler().setHeatMapValueDecimalPattern("#,##0.###");
        chart.getStyler().setShowValue(true);
        chart.getStyler().setDrawBorder(true);
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        chart.getStyler().setPlotContentSize(1.0);
        if (levelsX.size() > 6) {
            chart.getStyler().setXAxisLabelRotation(30);
        }
        chart.addSeries(ArmStyle.displayName(strategy), levelsX, levelsY, heat);
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

    private static List<String> sensitivityOutputs(ResultsData data, String method) {
        Set<String> outputs = new LinkedHashSet<>();
        data.sensitivity().stream().filter(s -> s.method().equals(method)).forEach(s -> outputs.add(s.output()));
        List<String> result = new ArrayList<>();
        for (String m : HEADLINE_METRICS) {
            if (outputs.contains(m) && result.size() < MAX_SENSITIVITY_OUTPUTS) {
                result.add(m);
            }
        }
        for (String m : outputs) {
            if (!result.contains(m) && result.size() < MAX_SENSITIVITY_OUTPUTS) {
                result.add(m);
            }
        }
        return result;
    }

    /**
     * Builds a bar chart of sensitivity indices of one output for one method, factors ordered from most to least
     * influential (by μ* for Morris, ST for Sobol), at most {@value #MAX_SENSITIVITY_FACTORS}. Missing values are
     * drawn as zero.
     *
     * @param data loaded results
     * @param output summary metric the indices refer to
     * @param method {@code morris} or {@code sobol}
     * @return the chart, or empty when {@code sensitivity.csv} has no rows for this output and method
     */
    public static Optional<CategoryChart> sensitivity(ResultsData data, String output, String method) {
        boolean morris = method.equals("morris");
        List<String> indices = morris ? List.of("mu_star", "sigma") : List.of("S1", "ST");
        String primary = morris ? "mu_star" : "ST";
        Map<String, Map<String, Double>> byFactor = new LinkedHashMap<>();
        for (SensitivityRow s : data.sensitivity()) {
            if (s.output().equals(output) && s.method().equals(method) && indices.contains(s.index())) {
                byFactor.computeIfAbsent(s.factor(), f -> new HashMap<>()).put(s.index(), s.value());
            }
        }
        if (byFactor.isEmpty()) {
            return Optional.empty();
        }
        List<String> factors = new ArrayList<>(byFactor.keySet());
        factors.sort(java.util.Comparator.comparingDouble(
                        (String f) -> -finiteOrZero(byFactor.get(f).get(primary)))
                .thenComparing(Function.identity()));
        if (factors.size() > MAX_SENSITIVITY_FACTORS) {
            factors = factors.subList(0, MAX_SENSITIVITY_FACTORS);
        }
        MetricInfo info = MetricInfo.of(output);
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title((morris ? "Morris screening" : "Sobol indices") + " for "
                        + info.name().toLowerCase(Locale.ROOT))
                .xAxisTitle("Factor (varied parameter)")
                .yAxisTitle(
                        morris
                                ? "Effect (" + (info.unit().isEmpty() ? "output units" : info.unit()) + ")"
                                : "Share of output variance")
                .build();
        style(chart.getStyler());
        chart.setCustomYAxisTickLabelsFormatter(Charts::tick);
        chart.getStyler().setOverlapped(false);
        if (factors.size() > 4 || factors.stream().anyMatch(f -> f.length() > 18)) {
            chart.getStyler().setXAxisLabelRotation(25);
        }
        Color[] colors = {new Color(0x00, 0x72, 0xB2), new Color(0x99, 0x99, 0x99)};
        for (int i = 0; i < indices.size(); i++) {
            String index = indices.get(i);
            List<Double> values = new ArrayList<>();
            for (String f : factors) {
                values.add(finiteOrZero(byFactor.get(f).get(index)));
            }
            String name =
                    switch (index) {
                        case "mu_star" -> "μ* (mean absolute effect)";
                        case "sigma" -> "σ (spread of effects)";
                        case "S1" -> "S1 (first order)";
                        default -> "ST (total order)";
                    };
            chart.addSeries(name, factors, values).setFillColor(colors[i]);
        }
        return Optional.of(chart);
    }

    private static double finiteOrZero(Double v) {
        return v == null || !Double.isFinite(v) ? 0 : v;
    }

    private static void style(XYChart chart) {
        style(chart, true);
    }

    private static void style(XYChart chart, boolean formatX) {
        style(chart.getStyler());
        if (formatX) {
            chart.setCustomXAxisTickLabelsFormatter(Charts::tick);
        }
        chart.setCustomYAxisTickLabelsFormatter(Charts::tick);
    }

    private static void style(Styler s) {
        Font base = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(GRID);
        s.setChartFontColor(INK);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setChartTitleBoxVisible(false);
        s.setChartPadding(14);
        s.setLegendFont(base);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setAntiAlias(true);
        s.setToolTipsEnabled(false);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            a.setAxisTickLabelsFont(base);
            a.setAxisTickLabelsColor(INK);
            a.setPlotGridLinesColor(GRID);
            a.setPlotGridLinesStroke(new BasicStroke(1f));
            a.setAxisTickMarksColor(new Color(0xAA, 0xAA, 0xAA));
            a.setLocale(Locale.ROOT);
        }
    }

    /**
     * Encodes a chart as {@code charts/ID.png} and {@code charts/ID.svg}, each written atomically. When both files
     * exist and the PNG's bytes equal the new encoding, the files are kept as they are (an unchanged chart).
     *
     * @param spec the chart
     * @param chartsDir directory for the files (created when missing)
     * @return the written files and the PNG bytes
     * @throws IOException if encoding or writing fails
     */
    public static WrittenChart write(ChartSpec spec, Path chartsDir) throws IOException {
        byte[] png = BitmapEncoder.getBitmapBytes(spec.chart(), BitmapEncoder.BitmapFormat.PNG);
        Path existingPng = chartsDir.resolve(spec.id() + ".png");
        Path existingSvg = chartsDir.resolve(spec.id() + ".svg");
        if (Files.isRegularFile(existingSvg)
                && Files.isRegularFile(existingPng)
                && Files.size(existingPng) == png.length
                && java.util.Arrays.equals(Files.readAllBytes(existingPng), png)) {
            // a rebuild of an unchanged chart: the same chart draws the same pixels, so its files are kept and the
            // vector encoding (the slowest step of a rebuild) is skipped
            return new WrittenChart(existingPng, existingSvg, png);
        }
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(spec.chart(), svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        Path pngPath = AtomicFiles.write(chartsDir.resolve(spec.id() + ".png"), png);
        Path svgPath = AtomicFiles.write(chartsDir.resolve(spec.id() + ".svg"), svg.toByteArray());
        return new WrittenChart(pngPath, svgPath, png);
    }
}
