package org.golivesim.results;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Everything in a results directory that the charts and the report use, read from files only (never from model
 * classes), so a report can be rebuilt from disk at any time.
 *
 * <p>Required files: {@code manifest.json}, {@code points.csv}, {@code runs.csv}, {@code curves.csv} and {@code
 * comparison.csv}; optional: {@code sensitivity.csv} and {@code calibration.csv}. Any CSV may instead be stored
 * gzipped as {@code NAME.csv.gz}. CSV files are UTF-8, comma separated, RFC-4180 quoted, with a header row;
 * numbers are in {@code Locale.ROOT} form and an empty cell means missing (NaN). Columns are found by name, so
 * their order does not matter, except that in {@code runs.csv} every column after {@code error} is a summary
 * metric and in {@code points.csv} every column after {@code label} is a varied parameter.
 */
public final class ResultsData {

    /** Columns {@code runs.csv} must have; summary-metric columns follow {@code error}. */
    public static final List<String> RUNS_COLUMNS = List.copyOf(java.util.stream.Stream.concat(
                    ResultsLayout.RUN_KEY_COLUMNS.stream(), ResultsLayout.RUN_STATUS_COLUMNS.stream())
            .toList());

    private static final Map<String, String> REQUIRED_FILES = requiredFiles();

    private final Path directory;
    private final Manifest manifest;
    private final Map<Integer, ScenarioPoint> points;
    private final List<String> pointParameters;
    private final List<RunRecord> runs;
    private final List<String> summaryMetrics;
    private final Map<String, Curve> curves;
    private final List<String> curveMetrics;
    private final List<ComparisonRow> comparisons;
    private final List<SensitivityRow> sensitivity;
    private final List<CalibrationCheck> calibration;
    private final List<String> arms;

    private ResultsData(
            Path directory,
            Manifest manifest,
            Map<Integer, ScenarioPoint> points,
            List<String> pointParameters,
            List<RunRecord> runs,
            List<String> summaryMetrics,
            Map<String, Curve> curves,
            List<String> curveMetrics,
            List<ComparisonRow> comparisons,
            List<SensitivityRow> sensitivity,
            List<CalibrationCheck> calibration) {
        this.directory = directory;
        this.manifest = manifest;
        this.points = Collections.unmodifiableMap(points);
        this.pointParameters = List.copyOf(pointParameters);
        this.runs = List.copyOf(runs);
        this.summaryMetrics = List.copyOf(summaryMetrics);
        this.curves = Collections.unmodifiableMap(curves);
        this.curveMetrics = List.copyOf(curveMetrics);
        this.comparisons = List.copyOf(comparisons);
        this.sensitivity = List.copyOf(sensitivity);
        this.calibration = List.copyOf(calibration);
        this.arms = this.runs.stream().map(RunRecord::arm).distinct().toList();
    }

    private static Map<String, String> requiredFiles() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(Manifest.FILE_NAME, "the batch manifest (JSON object with tool, version, seeds, parameters)");
        m.put(
                ResultsLayout.POINTS,
                "one row per scenario point: " + String.join(",", ResultsLayout.POINTS_COLUMNS)
                        + ",<varied parameters>");
        m.put(ResultsLayout.RUNS, "one row per run: " + String.join(",", RUNS_COLUMNS) + ",<summary metrics>");
        m.put(ResultsLayout.CURVES, "daily summaries: " + String.join(",", ResultsLayout.CURVES_COLUMNS));
        m.put(
                ResultsLayout.COMPARISON,
                "paired differences of each arm from the reference arm: "
                        + String.join(",", ResultsLayout.COMPARISON_COLUMNS));
        return Collections.unmodifiableMap(m);
    }

    /**
     * Reads and validates a results directory.
     *
     * @param directory the results directory written by a batch
     * @return the parsed results
     * @throws ResultsFormatException if the directory does not exist, lacks required files (all missing files are
     *     named together), or a file breaks the format (the message names file, row, column and what is expected)
     * @throws UncheckedIOException if a file exists but cannot be read
     */
    public static ResultsData load(Path directory) {
        return load(directory, null);
    }

    /**
     * Reads and validates a results directory, keeping only some daily metrics of {@code curves.csv}: lines that do
     * not name a kept metric as a whole cell are skipped unparsed. The report needs a handful of the file's metrics,
     * and parsing the others took most of a rebuild.
     *
     * @param directory the results directory written by a batch
     * @param curveMetricsKept daily metrics whose curves are kept, or null for all
     * @return the parsed results ({@link #curveMetrics()} lists the kept metrics found in the file)
     * @throws ResultsFormatException as {@link #load(Path)}
     * @throws UncheckedIOException if a file exists but cannot be read
     */
    public static ResultsData load(Path directory, Set<String> curveMetricsKept) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new ResultsFormatException("results directory " + directory + " does not exist or is not a"
                    + " directory; expected a directory written by `golive batch`");
        }
        List<String> missing = new ArrayList<>();
        Map<String, Path> located = new HashMap<>();
        for (Map.Entry<String, String> e : REQUIRED_FILES.entrySet()) {
            Path p = e.getKey().endsWith(".csv")
                    ? CsvTable.locate(directory, e.getKey())
                    : (Files.isRegularFile(directory.resolve(e.getKey())) ? directory.resolve(e.getKey()) : null);
            if (p == null) {
                missing.add(e.getKey() + " (" + e.getValue() + ")");
            } else {
                located.put(e.getKey(), p);
            }
        }
        if (!missing.isEmpty()) {
            throw new ResultsFormatException("results directory " + directory + " lacks required file(s): "
                    + String.join("; ", missing) + ". Run `golive batch` to produce them.");
        }
        Manifest manifest = Manifest.read(located.get(Manifest.FILE_NAME));

        Map<Integer, ScenarioPoint> points = new TreeMap<>();
        List<String> header = CsvTable.stream(located.get(ResultsLayout.POINTS), ResultsLayout.POINTS_COLUMNS, row -> {
            int id = row.integer("point_id");
            if (id < 0) {
                throw row.error("point_id", String.valueOf(id), "a non-negative integer");
            }
            Map<String, String> params = new LinkedHashMap<>();
            row.record().toMap().forEach((k, v) -> {
                if (!ResultsLayout.POINTS_COLUMNS.contains(k)) {
                    params.put(k, CsvFormat.untext(v));
                }
            });
            if (points.put(id, new ScenarioPoint(id, row.text("label"), params)) != null) {
                throw row.error("point_id " + id + " appears twice; each point must have one row");
            }
        });
        List<String> pointParameters = header.subList(header.indexOf("label") + 1, header.size());
        // keep parameter maps in header order
        points.replaceAll((id, p) -> {
            Map<String, String> ordered = new LinkedHashMap<>();
            for (String k : pointParameters) {
                ordered.put(k, p.parameters().get(k));
            }
            return new ScenarioPoint(id, p.label(), ordered);
        });
        if (points.isEmpty()) {
            throw new ResultsFormatException("points.csv has no data rows; expected at least one scenario point");
        }

        List<RunRecord> runs = new ArrayList<>();
        List<String> summaryMetrics = streamRuns(located.get(ResultsLayout.RUNS), points::containsKey, runs::add);

        Map<String, CurveBuilder> builders = new LinkedHashMap<>();
        Set<String> curveMetricSet = new LinkedHashSet<>();
        Predicate<String> keepLine = curveMetricsKept == null
                ? null
                : line -> {
                    for (String m : curveMetricsKept) {
                        if (line.contains("," + m + ",")) {
                            return true;
                        }
                    }
                    return false;
                };
        CsvTable.stream(located.get(ResultsLayout.CURVES), ResultsLayout.CURVES_COLUMNS, keepLine, row -> {
            int pointId = knownPoint(row, points);
            String strategy = arm(row);
            String metric = row.text("metric").trim();
            if (metric.isEmpty()) {
                throw row.error("metric", metric, "a daily metric name");
            }
            curveMetricSet.add(metric);
            if (curveMetricsKept != null && !curveMetricsKept.contains(metric)) {
                return;
            }
            builders.computeIfAbsent(key(pointId, strategy, metric), k -> new CurveBuilder(pointId, strategy, metric))
                    .add(row);
        });
        Map<String, Curve> curves = new LinkedHashMap<>();
        builders.forEach((k, b) -> curves.put(k, b.build()));

        List<ComparisonRow> comparisons = new ArrayList<>();
        streamComparisons(located.get(ResultsLayout.COMPARISON), points::containsKey, comparisons::add);

        List<SensitivityRow> sensitivity = new ArrayList<>();
        Path sensitivityFile = CsvTable.locate(directory, ResultsLayout.SENSITIVITY);
        if (sensitivityFile != null) {
            CsvTable.stream(sensitivityFile, ResultsLayout.SENSITIVITY_COLUMNS, row -> {
                String method = row.text("method").trim().toLowerCase(Locale.ROOT);
                if (!method.equals("morris") && !method.equals("sobol")) {
                    throw row.error("method", method, "morris or sobol");
                }
                String index = row.text("index").trim();
                if (!List.of("mu", "mu_star", "sigma", "S1", "ST").contains(index)) {
                    throw row.error("index", index, "one of mu, mu_star, sigma, S1, ST");
                }
                sensitivity.add(new SensitivityRow(
                        row.text("factor").trim(),
                        row.text("output").trim(),
                        method,
                        index,
                        row.number("value"),
                        row.number("ci_low"),
                        row.number("ci_high")));
            });
        }

        List<CalibrationCheck> calibration = new ArrayList<>();
        Path calibrationFile = CsvTable.locate(directory, ResultsLayout.CALIBRATION);
        if (calibrationFile != null) {
            CsvTable.stream(
                    calibrationFile,
                    ResultsLayout.CALIBRATION_COLUMNS,
                    row -> calibration.add(new CalibrationCheck(
                            row.text("target"),
                            row.text("kind"),
                            row.text("metric"),
                            row.number("low"),
                            row.number("high"),
                            row.number("simulated"),
                            row.number("ci_low"),
                            row.number("ci_high"),
                            bool(row, "pass"))));
        }

        return new ResultsData(
                directory,
                manifest,
                points,
                pointParameters,
                runs,
                summaryMetrics,
                curves,
                new ArrayList<>(curveMetricSet),
                comparisons,
                sensitivity,
                calibration);
    }

    /**
     * Streams the rows of a {@code runs.csv} as typed records, in file order, without holding the file: the batch
     * reads its own runs back through this (failed runs, paired comparisons, the precision rule), as the report does.
     *
     * @param runsCsv the file ({@code runs.csv} or {@code runs.csv.gz})
     * @param knownPoint which point ids the row may name (those of {@code points.csv}), or null for any
     * @param consumer receives each run
     * @return the summary metric columns of the file's header, in column order (those after {@code error})
     * @throws ResultsFormatException naming the row and column of a cell that breaks the format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<String> streamRuns(
            Path runsCsv, java.util.function.IntPredicate knownPoint, java.util.function.Consumer<RunRecord> consumer) {
        List<String> metricColumns = new ArrayList<>();
        List<String> header = CsvTable.stream(runsCsv, RUNS_COLUMNS, row -> {
            if (metricColumns.isEmpty()) {
                List<String> names = row.record().getParser().getHeaderNames();
                metricColumns.addAll(names.subList(names.indexOf("error") + 1, names.size()));
            }
            int pointId = row.integer("point_id");
            if (knownPoint != null && !knownPoint.test(pointId)) {
                throw row.error("point_id", String.valueOf(pointId), "a point_id listed in points.csv");
            }
            String status = row.text("status").trim();
            if (!status.equals(ResultsLayout.OK) && !status.equals(ResultsLayout.FAILED)) {
                throw row.error("status", status, ResultsLayout.OK + " or " + ResultsLayout.FAILED);
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (String m : metricColumns) {
                metrics.put(m, row.number(m));
            }
            consumer.accept(new RunRecord(
                    row.integer("run_id"),
                    pointId,
                    arm(row),
                    row.integer("replication"),
                    row.text("seed").trim(),
                    status.equals(ResultsLayout.OK),
                    row.text("error"),
                    metrics));
        });
        return List.copyOf(header.subList(header.indexOf("error") + 1, header.size()));
    }

    /**
     * Streams the rows of a {@code comparison.csv} as typed records, in file order.
     *
     * @param comparisonCsv the file
     * @param knownPoint which point ids the row may name (those of {@code points.csv}), or null for any
     * @param consumer receives each row
     * @throws ResultsFormatException naming the row and column of a cell that breaks the format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static void streamComparisons(
            Path comparisonCsv,
            java.util.function.IntPredicate knownPoint,
            java.util.function.Consumer<ComparisonRow> consumer) {
        CsvTable.stream(comparisonCsv, ResultsLayout.COMPARISON_COLUMNS, row -> {
            int pointId = row.integer("point_id");
            if (knownPoint != null && !knownPoint.test(pointId)) {
                throw row.error("point_id", String.valueOf(pointId), "a point_id listed in points.csv");
            }
            Map<String, String> raw = new LinkedHashMap<>();
            for (String c : ResultsLayout.COMPARISON_COLUMNS) {
                raw.put(c, row.text(c).trim());
            }
            consumer.accept(new ComparisonRow(
                    pointId,
                    row.text("arm").trim(),
                    row.text("reference_arm").trim(),
                    row.text("metric").trim(),
                    row.integer("n_pairs"),
                    row.number("mean_reference"),
                    row.number("mean_arm"),
                    row.number("mean_difference"),
                    row.number("ci_low"),
                    row.number("ci_high"),
                    row.number("p_value"),
                    raw));
        });
    }

    /**
     * One day of one run from the daily file, with the values of the metrics asked for.
     *
     * @param runId run id
     * @param pointId scenario point id
     * @param arm experiment arm
     * @param replication replication number
     * @param day day relative to go-live (negative before it)
     * @param values the asked metrics' values in the order asked; NaN where a cell is empty
     */
    public record RunDay(int runId, int pointId, String arm, int replication, int day, double[] values) {}

    /**
     * Streams the rows of a daily file ({@code daily.csv.gz} or {@code daily.csv}) as typed records, in file order.
     * Lines of other points are skipped before they are parsed, so a pass over some points of a large batch costs
     * little more than reading the file.
     *
     * @param dailyFile the file
     * @param points which point ids to pass on, or null for all
     * @param metrics daily metric columns whose values each record carries, in this order
     * @param consumer receives each day
     * @throws ResultsFormatException when the file lacks a column or a cell breaks the format
     * @throws UncheckedIOException if the file cannot be read
     */
    public static void streamDaily(
            Path dailyFile,
            java.util.function.IntPredicate points,
            List<String> metrics,
            java.util.function.Consumer<RunDay> consumer) {
        List<String> required = new ArrayList<>(ResultsLayout.DAILY_KEY_COLUMNS);
        required.addAll(metrics);
        Predicate<String> keepLine = points == null
                ? null
                : line -> {
                    int c1 = line.indexOf(',');
                    int c2 = line.indexOf(',', c1 + 1);
                    try {
                        return c1 < 0 || c2 < 0 || points.test(Integer.parseInt(line.substring(c1 + 1, c2)));
                    } catch (NumberFormatException e) {
                        return true; // the parser names the bad cell
                    }
                };
        int[] columns = new int[metrics.size()];
        boolean[] located = {false};
        CsvTable.stream(dailyFile, required, keepLine, row -> {
            if (!located[0]) {
                List<String> header = row.record().getParser().getHeaderNames();
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = header.indexOf(metrics.get(i));
                }
                located[0] = true;
            }
            int pointId = row.integer("point_id");
            if (points != null && !points.test(pointId)) {
                return;
            }
            double[] values = new double[columns.length];
            for (int i = 0; i < columns.length; i++) {
                values[i] = row.number(columns[i]);
            }
            consumer.accept(new RunDay(
                    row.integer("run_id"), pointId, arm(row), row.integer("replication"), row.integer("day"), values));
        });
    }

    private static boolean bool(CsvTable.Row row, String column) {
        String v = row.text(column).trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "true", "yes", "pass", "1":
                return true;
            case "false", "no", "fail", "0":
                return false;
            default:
                throw row.error(column, v, "true or false");
        }
    }

    private static int knownPoint(CsvTable.Row row, Map<Integer, ScenarioPoint> points) {
        int id = row.integer("point_id");
        if (!points.containsKey(id)) {
            throw row.error("point_id", String.valueOf(id), "a point_id listed in points.csv");
        }
        return id;
    }

    private static String arm(CsvTable.Row row) {
        String text = row.text("arm").trim();
        if (text.isEmpty()) {
            throw row.error("arm", text, "the name of an experiment arm, e.g. as-given");
        }
        return text;
    }

    private static String key(int pointId, String arm, String metric) {
        return pointId + "\u0000" + arm + "\u0000" + metric;
    }

    /** Collects one curve's rows in primitive arrays, then sorts them by day. */
    private static final class CurveBuilder {
        private final int pointId;
        private final String strategy;
        private final String metric;
        private int size;
        private int[] days = new int[64];
        private double[][] values = new double[6][64];

        CurveBuilder(int pointId, String strategy, String metric) {
            this.pointId = pointId;
            this.strategy = strategy;
            this.metric = metric;
        }

        void add(CsvTable.Row row) {
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                for (int i = 0; i < values.length; i++) {
                    values[i] = Arrays.copyOf(values[i], size * 2);
                }
            }
            days[size] = row.integer("day");
            String[] cols = {"mean", "ci_low", "ci_high", "p10", "p50", "p90"};
            for (int i = 0; i < cols.length; i++) {
                values[i][size] = row.number(cols[i]);
            }
            size++;
        }

        Curve build() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(days[a], days[b]));
            int[] d = new int[size];
            double[][] v = new double[6][size];
            for (int i = 0; i < size; i++) {
                d[i] = days[order[i]];
                for (int c = 0; c < 6; c++) {
                    v[c][i] = values[c][order[i]];
                }
                if (i > 0 && d[i] == d[i - 1]) {
                    throw new ResultsFormatException("curves.csv has two rows for point_id " + pointId + ", strategy "
                            + strategy + ", metric " + metric + ", day " + d[i]
                            + "; expected one row per point, strategy, day and metric");
                }
            }
            return new Curve(pointId, strategy, metric, d, v[0], v[1], v[2], v[3], v[4], v[5]);
        }
    }

    /** @return the directory the results were read from */
    public Path directory() {
        return directory;
    }

    /** @return the batch manifest */
    public Manifest manifest() {
        return manifest;
    }

    /** @return scenario points ordered by id */
    public List<ScenarioPoint> points() {
        return List.copyOf(points.values());
    }

    /**
     * Looks up a point.
     *
     * @param id point id
     * @return the point, if listed in {@code points.csv}
     */
    public Optional<ScenarioPoint> point(int id) {
        return Optional.ofNullable(points.get(id));
    }

    /** @return the varied-parameter columns of {@code points.csv}, in column order */
    public List<String> pointParameters() {
        return pointParameters;
    }

    /** @return every run, in file order */
    public List<RunRecord> runs() {
        return runs;
    }

    /** @return summary metric columns of {@code runs.csv}, in column order */
    public List<String> summaryMetrics() {
        return summaryMetrics;
    }

    /** @return daily metrics present in {@code curves.csv}, in order of first appearance */
    public List<String> curveMetrics() {
        return curveMetrics;
    }

    /**
     * Looks up one curve.
     *
     * @param pointId scenario point id
     * @param strategy experiment arm
     * @param metric daily metric name
     * @return the curve, if {@code curves.csv} has rows for it
     */
    public Optional<Curve> curve(int pointId, String strategy, String metric) {
        return Optional.ofNullable(curves.get(key(pointId, strategy, metric)));
    }

    /**
     * The experiment's arms in plan order (the order they first appear in {@code runs.csv}).
     *
     * @return arm names; one element for a batch without a comparison
     */
    public List<String> arms() {
        return arms;
    }

    /**
     * The arm every other arm is compared with: the {@code reference_arm} of {@code comparison.csv}, or the first
     * arm when nothing is compared.
     *
     * @return the reference arm's name
     */
    public String referenceArm() {
        return comparisons.isEmpty()
                ? arms().stream().findFirst().orElse("as-given")
                : comparisons.get(0).referenceArm();
    }

    /** @return every row of {@code comparison.csv}, in file order */
    public List<ComparisonRow> comparisons() {
        return comparisons;
    }

    /**
     * Looks up the paired comparison of one arm with the reference arm.
     *
     * @param pointId scenario point id
     * @param arm the compared arm
     * @param metric summary metric
     * @return the matching row of {@code comparison.csv}
     */
    public Optional<ComparisonRow> comparison(int pointId, String arm, String metric) {
        return comparisons.stream()
                .filter(c -> c.pointId() == pointId
                        && c.arm().equals(arm)
                        && c.metric().equals(metric))
                .findFirst();
    }

    /**
     * Looks up one paired comparison.
     *
     * @param pointId scenario point id
     * @param metric summary metric
     * @return the first matching row of {@code comparison.csv}
     */
    public Optional<ComparisonRow> comparison(int pointId, String metric) {
        return comparisons.stream()
                .filter(c -> c.pointId() == pointId && c.metric().equals(metric))
                .findFirst();
    }

    /** @return rows of {@code sensitivity.csv}; empty when the file is absent */
    public List<SensitivityRow> sensitivity() {
        return sensitivity;
    }

    /** @return rows of {@code calibration.csv}; empty when the file is absent */
    public List<CalibrationCheck> calibration() {
        return calibration;
    }
}
