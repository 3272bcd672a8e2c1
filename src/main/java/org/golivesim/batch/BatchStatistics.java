package org.golivesim.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.golivesim.results.AtomicFiles;
import org.golivesim.results.CsvFormat;
import org.golivesim.results.ResultsData;
import org.golivesim.results.ResultsLayout;
import org.golivesim.scenario.Experiment;
import org.golivesim.stats.PairedComparison;
import org.golivesim.stats.Summary;

/**
 * Across-replication statistics of a finished batch, computed from the files on disk so that memory does not grow
 * with the number of runs: {@code curves.csv} (per point, arm, day and daily metric: mean, 95% t-interval,
 * 10/50/90th percentiles) and {@code comparison.csv} (per point, arm other than the reference, and summary metric:
 * the paired difference arm minus reference over replications that share a seed, its 95% interval and paired t-test
 * p-value). Points are
 * read in groups that fit a fixed memory budget, one pass over {@code daily.csv.gz} per group.
 */
public final class BatchStatistics {
    private static final long VALUES_PER_PASS = 8_000_000L;

    private BatchStatistics() {}

    /**
     * Writes curves.csv and comparison.csv.
     *
     * @param dir results directory holding runs.csv and daily.csv.gz
     * @param points number of scenario points
     * @param arms the experiment's arms in order, the reference among them
     * @throws IOException on a read or write failure
     */
    public static void write(Path dir, int points, Experiment arms) throws IOException {
        writeCurves(dir, points, arms.names());
        writeComparison(dir, arms);
    }

    static void writeCurves(Path dir, int points, List<String> arms) throws IOException {
        writeCurves(dir, points, arms, VALUES_PER_PASS);
    }

    /** Writes curves.csv holding at most {@code valuesPerPass} values in memory at once. */
    static void writeCurves(Path dir, int points, List<String> arms, long valuesPerPass) throws IOException {
        int days = 0;
        try (BufferedReader r = daily(dir)) {
            r.readLine(); // the header: its columns are the catalogue's (the journal checked the bytes)
            String first = null;
            String line;
            while ((line = r.readLine()) != null) {
                String run = line.substring(0, line.indexOf(','));
                if (first == null) {
                    first = run;
                } else if (!first.equals(run)) {
                    break;
                }
                days++;
            }
        }
        int runs;
        try (var lines = Files.lines(dir.resolve(ResultsLayout.RUNS))) {
            runs = (int) Math.max(1, lines.count() - 1);
        }
        List<String> metrics = ResultsLayout.dailyMetricColumns();
        // memory plan: at most VALUES_PER_PASS values held at once, splitting by points and, for a point with very
        // many replications, by metrics; each pass reads daily.csv.gz once
        long perPointPerMetric = (long) Math.max(1, days) * Math.max(1, (runs + points - 1) / Math.max(1, points));
        int metricsPerPass = (int) Math.max(1, Math.min(metrics.size(), valuesPerPass / perPointPerMetric));
        int pointsPerPass = metricsPerPass < metrics.size()
                ? 1
                : (int) Math.max(1, valuesPerPass / (perPointPerMetric * metrics.size()));
        Path tmp = Files.createTempFile(dir, ".curves-", ".tmp");
        try (java.io.BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write(CsvFormat.line(ResultsLayout.CURVES_COLUMNS));
            for (int from = 0; from < points; from += pointsPerPass) {
                int to = Math.min(points, from + pointsPerPass);
                for (int m0 = 0; m0 < metrics.size(); m0 += metricsPerPass) {
                    int m1 = Math.min(metrics.size(), m0 + metricsPerPass);
                    writeCurvePass(dir, metrics, arms, from, to, m0, m1, out);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
        Files.move(
                tmp,
                dir.resolve(ResultsLayout.CURVES),
                java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** One pass: the curves of points [from, to) and metrics [m0, m1). */
    private static void writeCurvePass(
            Path dir, List<String> metrics, List<String> arms, int from, int to, int m0, int m1, java.io.Writer out)
            throws IOException {
        // point -> arm -> day -> values over runs of metrics m0..m1-1
        Map<Integer, Map<String, TreeMap<Integer, List<double[]>>>> data = new TreeMap<>();
        ResultsData.streamDaily(
                dir.resolve(ResultsLayout.DAILY),
                p -> p >= from && p < to,
                metrics.subList(m0, m1),
                d -> data.computeIfAbsent(d.pointId(), k -> new TreeMap<>())
                        .computeIfAbsent(d.arm(), k -> new TreeMap<>())
                        .computeIfAbsent(d.day(), k -> new ArrayList<>())
                        .add(d.values()));
        StringBuilder sb = new StringBuilder();
        for (var byPoint : data.entrySet()) {
            for (String arm : arms) {
                if (!byPoint.getValue().containsKey(arm)) {
                    continue;
                }
                for (var byDay : byPoint.getValue().get(arm).entrySet()) {
                    List<double[]> rows = byDay.getValue();
                    for (int m = m0; m < m1; m++) {
                        double[] v = new double[rows.size()];
                        for (int i = 0; i < v.length; i++) {
                            v[i] = rows.get(i)[m - m0];
                        }
                        Summary s = Summary.of(v);
                        sb.setLength(0);
                        sb.append(byPoint.getKey())
                                .append(',')
                                .append(CsvFormat.text(arm))
                                .append(',')
                                .append(byDay.getKey())
                                .append(',')
                                .append(metrics.get(m))
                                .append(',')
                                .append(s.n())
                                .append(',')
                                .append(CsvFormat.num6(s.mean()))
                                .append(',')
                                .append(CsvFormat.num6(s.ciLow()))
                                .append(',')
                                .append(CsvFormat.num6(s.ciHigh()))
                                .append(',')
                                .append(CsvFormat.num6(s.p10()))
                                .append(',')
                                .append(CsvFormat.num6(s.p50()))
                                .append(',')
                                .append(CsvFormat.num6(s.p90()))
                                .append('\n');
                        out.write(sb.toString());
                    }
                }
            }
        }
    }

    static void writeComparison(Path dir, Experiment arms) throws IOException {
        List<String> metrics = ResultsLayout.runMetricColumns();
        // point -> replication -> arm -> the run's summary metrics in catalogue order
        Map<Integer, Map<Integer, Map<String, double[]>>> rows = new TreeMap<>();
        ResultsData.streamRuns(dir.resolve(ResultsLayout.RUNS), null, r -> {
            if (r.ok()) {
                double[] values = new double[metrics.size()];
                for (int m = 0; m < values.length; m++) {
                    values[m] = r.metric(metrics.get(m));
                }
                rows.computeIfAbsent(r.pointId(), k -> new TreeMap<>())
                        .computeIfAbsent(r.replication(), k -> new HashMap<>())
                        .put(r.arm(), values);
            }
        });
        StringBuilder out = new StringBuilder();
        out.append(CsvFormat.line(ResultsLayout.COMPARISON_COLUMNS));
        String reference = arms.reference();
        for (var byPoint : rows.entrySet()) {
            for (String arm : arms.names()) {
                if (arm.equals(reference)) {
                    continue;
                }
                List<double[]> armRows = new ArrayList<>();
                List<double[]> referenceRows = new ArrayList<>();
                for (var byRep : byPoint.getValue().values()) {
                    double[] a = byRep.get(arm);
                    double[] b = byRep.get(reference);
                    if (a != null && b != null) {
                        armRows.add(a);
                        referenceRows.add(b);
                    }
                }
                if (armRows.isEmpty()) {
                    continue;
                }
                for (int m = 0; m < metrics.size(); m++) {
                    double[] x = new double[armRows.size()];
                    double[] y = new double[referenceRows.size()];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = armRows.get(i)[m];
                        y[i] = referenceRows.get(i)[m];
                    }
                    PairedComparison c = PairedComparison.of(x, y);
                    out.append(byPoint.getKey())
                            .append(',')
                            .append(CsvFormat.text(arm))
                            .append(',')
                            .append(CsvFormat.text(reference))
                            .append(',')
                            .append(metrics.get(m))
                            .append(',')
                            .append(c.nPairs())
                            .append(',')
                            .append(CsvFormat.num6(c.meanReference()))
                            .append(',')
                            .append(CsvFormat.num6(c.meanArm()))
                            .append(',')
                            .append(CsvFormat.num6(c.meanDifference()))
                            .append(',')
                            .append(CsvFormat.num6(c.ciLow()))
                            .append(',')
                            .append(CsvFormat.num6(c.ciHigh()))
                            .append(',')
                            .append(CsvFormat.num6(c.pValue()))
                            .append('\n');
                }
            }
        }
        AtomicFiles.writeString(dir.resolve(ResultsLayout.COMPARISON), out.toString());
    }

    /**
     * Summary metric values of finished runs by point and arm, read from runs.csv (for the precision rule).
     *
     * @return point -> arm -> metric -> values
     */
    static Map<Integer, Map<String, Map<String, List<Double>>>> summaries(Path dir, List<String> metricNames) {
        Map<Integer, Map<String, Map<String, List<Double>>>> out = new TreeMap<>();
        ResultsData.streamRuns(dir.resolve(ResultsLayout.RUNS), null, r -> {
            if (r.ok()) {
                Map<String, List<Double>> byMetric = out.computeIfAbsent(r.pointId(), k -> new TreeMap<>())
                        .computeIfAbsent(r.arm(), k -> new LinkedHashMap<>());
                for (String m : metricNames) {
                    byMetric.computeIfAbsent(m, k -> new ArrayList<>()).add(r.metric(m));
                }
            }
        });
        return out;
    }

    /**
     * How many runs of {@code runs.csv} failed.
     *
     * @param dir results directory
     * @return runs whose status is {@code failed}
     */
    static int failedRuns(Path dir) {
        int[] failed = {0};
        ResultsData.streamRuns(dir.resolve(ResultsLayout.RUNS), null, r -> failed[0] += r.ok() ? 0 : 1);
        return failed[0];
    }

    private static BufferedReader daily(Path dir) throws IOException {
        return new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve(ResultsLayout.DAILY)), 1 << 16),
                StandardCharsets.UTF_8));
    }
}
