package org.golivesim.results;

import java.util.ArrayList;
import java.util.List;
import org.golivesim.observe.DailyMetric;
import org.golivesim.observe.RunMetric;
import org.golivesim.observe.Summaries;

/**
 * The files of a results directory and their columns, defined once for the writers (the batch, its statistics and
 * sensitivity steps) and the readers ({@link ResultsData}, the batch reading its own runs back). Metric columns come
 * from the catalogue ({@link RunMetric} for {@code runs.csv}, {@link DailyMetric} for the daily file), so a new
 * metric is a new column in every file without a change here. The manifest is {@link Manifest}.
 */
public final class ResultsLayout {
    private ResultsLayout() {}

    /** The scenario points: {@link #POINTS_COLUMNS}, then one column per varied parameter. */
    public static final String POINTS = "points.csv";
    /** One row per run: {@link #runsHeader}. */
    public static final String RUNS = "runs.csv";
    /** One row per run and day, a batch's (gzip, one member per run): {@link #dailyHeader}. */
    public static final String DAILY = "daily.csv.gz";
    /** One row per day of a single run (plain text): {@link #dailyHeader}. */
    public static final String DAILY_PLAIN = "daily.csv";
    /** Across-replication daily summaries: {@link #CURVES_COLUMNS}. */
    public static final String CURVES = "curves.csv";
    /** Paired differences of each arm from the reference arm: {@link #COMPARISON_COLUMNS}. */
    public static final String COMPARISON = "comparison.csv";
    /** Global sensitivity indices of a Morris or Sobol sweep: {@link #SENSITIVITY_COLUMNS}. */
    public static final String SENSITIVITY = "sensitivity.csv";
    /** Calibration targets against the simulation: {@link #CALIBRATION_COLUMNS}. */
    public static final String CALIBRATION = "calibration.csv";
    /** The report for leadership, built from the files above. */
    public static final String REPORT = "report.html";
    /** The directory of the report's chart images. */
    public static final String CHARTS_DIR = "charts";

    /** The first columns of {@code points.csv}; varied-parameter columns follow {@code label}. */
    public static final List<String> POINTS_COLUMNS = List.of("point_id", "label");

    /** The columns that identify a run in {@code runs.csv}, in order; varied-parameter columns follow. */
    public static final List<String> RUN_KEY_COLUMNS = List.of("run_id", "point_id", "arm", "replication", "seed");

    /** How a run went, after the varied parameters and before the summary metrics. */
    public static final List<String> RUN_STATUS_COLUMNS = List.of("status", "error");

    /** The value of {@code status} for a run that finished. */
    public static final String OK = "ok";

    /** The value of {@code status} for a run that failed. */
    public static final String FAILED = "failed";

    /** The columns that identify a run's day in the daily file, in order; the daily metrics follow. */
    public static final List<String> DAILY_KEY_COLUMNS = List.of("run_id", "point_id", "arm", "replication", "day");

    /** Columns of {@code curves.csv}, in order. */
    public static final List<String> CURVES_COLUMNS =
            List.of("point_id", "arm", "day", "metric", "n", "mean", "ci_low", "ci_high", "p10", "p50", "p90");

    /** The statistics of a paired comparison, as {@code comparison.csv} (and {@code claims.csv}) write them. */
    public static final List<String> PAIRED_STATISTICS_COLUMNS =
            List.of("n_pairs", "mean_reference", "mean_arm", "mean_difference", "ci_low", "ci_high", "p_value");

    /** Columns of {@code comparison.csv}, in order. */
    public static final List<String> COMPARISON_COLUMNS =
            concat(List.of("point_id", "arm", "reference_arm", "metric"), PAIRED_STATISTICS_COLUMNS);

    /** Columns of {@code sensitivity.csv}, in order. */
    public static final List<String> SENSITIVITY_COLUMNS =
            List.of("factor", "output", "method", "index", "value", "ci_low", "ci_high");

    /** Columns of {@code calibration.csv} ({@code golive calibrate}), in order. */
    public static final List<String> CALIBRATION_COLUMNS = List.of(
            "target",
            "kind",
            "experiment",
            "metric",
            "low",
            "high",
            "simulated",
            "ci_low",
            "ci_high",
            "n",
            "pass",
            "statement",
            "source",
            "detail");

    /**
     * The summary metric columns of {@code runs.csv}, from the catalogue.
     *
     * @return {@link RunMetric} columns in declaration order
     */
    public static List<String> runMetricColumns() {
        return Summaries.names();
    }

    /**
     * The daily metric columns, from the catalogue.
     *
     * @return {@link DailyMetric} columns in declaration order
     */
    public static List<String> dailyMetricColumns() {
        return columns(DailyMetric.values());
    }

    /**
     * The header of {@code runs.csv}.
     *
     * @param varied keys of the varied parameters, in plan order
     * @return run keys, varied parameters, status and error, summary metrics
     */
    public static List<String> runsHeader(List<String> varied) {
        List<String> h = new ArrayList<>(RUN_KEY_COLUMNS);
        h.addAll(varied);
        h.addAll(RUN_STATUS_COLUMNS);
        h.addAll(runMetricColumns());
        return h;
    }

    /**
     * The header of the daily file.
     *
     * @return day keys, then the daily metrics
     */
    public static List<String> dailyHeader() {
        return concat(DAILY_KEY_COLUMNS, dailyMetricColumns());
    }

    private static List<String> columns(DailyMetric[] metrics) {
        List<String> out = new ArrayList<>();
        for (DailyMetric m : metrics) {
            out.add(m.column());
        }
        return List.copyOf(out);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
