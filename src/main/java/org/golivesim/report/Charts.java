package org.golivesim.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.golivesim.observe.Metric;
import org.golivesim.results.AtomicFiles;
import org.golivesim.results.ResultsData;
import org.golivesim.results.ScenarioPoint;
import org.golivesim.scenario.TimeUnits;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

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

    /** Most points labelled by id in a trade-off chart; beyond this labels would overlap. */
    public static final int MAX_LABELLED_POINTS = 12;

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
            CurveCharts.outcomeCurve(data, o, focusPointId)
                    .ifPresent(c -> specs.add(spec(
                            ids,
                            "curve_" + o.metric() + "_point" + focusPointId,
                            ChartSpec.Section.FOCUS_CURVES,
                            curveCaption(data, o, focusPointId),
                            c)));
        }
        for (int pointId : representativePoints(data, focusPointId)) {
            for (CurveOutcome o : OTHER_POINT_OUTCOMES) {
                CurveCharts.outcomeCurve(data, o, pointId)
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
            DifferenceCharts.pairedDifferences(data, metric)
                    .ifPresent(c -> specs.add(spec(
                            ids,
                            "difference_" + metric,
                            ChartSpec.Section.DIFFERENCES,
                            info.name() + ": mean paired difference per scenario point with its 95% confidence"
                                    + " interval, from comparison.csv. "
                                    + (info.better() == Metric.Better.NEITHER
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
                CostCharts.netCostByHarmValue(data, findings, focusPointId, arm)
                        .ifPresent(c -> specs.add(spec(
                                ids,
                                "net_cost_by_harm_value_" + arm,
                                ChartSpec.Section.COSTS,
                                "Extra total cost of " + Decision.armSubject(arm) + " against "
                                        + ArmStyle.displayName(data, data.referenceArm())
                                                .toLowerCase(Locale.ROOT)
                                        + " if one patient-harm event were valued at the amount on the x axis, other"
                                        + " items valued as in the scenario: mean of the paired differences over"
                                        + " replications with its 95% confidence band. Where the line crosses zero"
                                        + " is the break-even value; the dashed line marks the scenario's value.",
                                c)));
            }
        }
        RiskCharts.downtimeExceedance(data, findings, focusPointId)
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
            CostCharts.costTradeOff(data, assessment, metric)
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
                    HeatMapCharts.heatMap(data, assessment, metric, s)
                            .ifPresent(c -> specs.add(spec(
                                    ids,
                                    "heatmap_" + metric + "_" + s,
                                    ChartSpec.Section.HEAT_MAP,
                                    MetricInfo.of(metric).name()
                                            + (data.arms().size() > 1
                                                    ? " ("
                                                            + ArmStyle.displayName(data, s)
                                                                    .toLowerCase(Locale.ROOT) + ")"
                                                    : "")
                                            + " by "
                                            + PointNames.label(data.pointParameters()
                                                            .get(0))
                                                    .toLowerCase(Locale.ROOT)
                                            + " and "
                                            + PointNames.label(data.pointParameters()
                                                            .get(1))
                                                    .toLowerCase(Locale.ROOT)
                                            + ": mean over successful runs; cells with several points (other"
                                            + " parameters varied, or values grouped into ranges) show their"
                                            + " average."
                                            + (data.arms().size() > 1 ? " All arms share one colour scale." : ""),
                                    c)));
                }
            }
        }
        for (String method : List.of("morris", "sobol")) {
            for (String output : SensitivityCharts.sensitivityOutputs(data, method)) {
                SensitivityCharts.sensitivity(data, output, method)
                        .ifPresent(c -> specs.add(spec(
                                ids,
                                "sensitivity_" + output + "_" + method,
                                ChartSpec.Section.SENSITIVITY,
                                (method.equals("morris")
                                                ? "Morris screening: μ* ranks a factor's overall influence, σ its"
                                                        + " non-linearity and interactions. "
                                                : "Sobol indices: S1 is the share of output variance due to the"
                                                        + " factor alone, ST including interactions. ")
                                        + "At most " + SensitivityCharts.MAX_SENSITIVITY_FACTORS
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
