package org.golivesim.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.golivesim.batch.RunOutcome;
import org.golivesim.observe.DailyMetric;
import org.golivesim.observe.RunResult;
import org.golivesim.observe.Summaries;
import org.golivesim.report.MetricInfo;
import org.golivesim.stats.PairedComparison;
import org.golivesim.stats.Summary;

/**
 * What an experiment has produced so far, in memory: each finished run by arm and replication, so curves (mean,
 * 95% interval, 10th-90th percentiles per day) and paired differences (arm minus reference over the replications
 * both arms have finished, common random numbers) can be shown while the rest still run.
 */
final class LiveResults {
    private final String reference;
    private final String arm;
    private final Map<String, TreeMap<Integer, RunResult>> byArm = new LinkedHashMap<>();
    private int failed;

    LiveResults(String reference, String arm) {
        this.reference = reference;
        this.arm = arm;
        byArm.put(reference, new TreeMap<>());
        byArm.put(arm, new TreeMap<>());
    }

    synchronized void add(RunOutcome o) {
        if (!o.ok()) {
            failed++;
            return;
        }
        byArm.computeIfAbsent(o.spec().arm(), k -> new TreeMap<>()).put(o.spec().replication(), o.result());
    }

    synchronized int failed() {
        return failed;
    }

    /** Replications both arms have finished. */
    synchronized int pairs() {
        return (int) byArm.get(reference).keySet().stream()
                .filter(byArm.get(arm)::containsKey)
                .count();
    }

    /** Runs finished, per arm. */
    synchronized Map<String, Integer> finished() {
        Map<String, Integer> out = new LinkedHashMap<>();
        byArm.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    /**
     * One daily metric's curves for each arm over the replications finished so far.
     *
     * @return {@code {"metric", "title", "days": [...], "series": [{"arm", "n", "mean", "ci_low", "ci_high", "p10",
     *     "p90"}]}}
     */
    synchronized Map<String, Object> curve(DailyMetric metric) {
        List<Map<String, Object>> series = new ArrayList<>();
        int[] days = null;
        for (Map.Entry<String, TreeMap<Integer, RunResult>> e : byArm.entrySet()) {
            List<RunResult> runs = new ArrayList<>(e.getValue().values());
            if (runs.isEmpty()) {
                continue;
            }
            RunResult first = runs.get(0);
            int n = first.days();
            if (days == null) {
                days = new int[n];
                for (int i = 0; i < n; i++) {
                    days[i] = first.firstDay() + i;
                }
            }
            double[][] cols = new double[5][n];
            double[] v = new double[runs.size()];
            for (int i = 0; i < n; i++) {
                int day = first.firstDay() + i;
                for (int r = 0; r < runs.size(); r++) {
                    v[r] = runs.get(r).daily(day, metric);
                }
                Summary s = Summary.of(v);
                cols[0][i] = s.mean();
                cols[1][i] = s.ciLow();
                cols[2][i] = s.ciHigh();
                cols[3][i] = s.p10();
                cols[4][i] = s.p90();
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("arm", e.getKey());
            m.put("n", runs.size());
            m.put("mean", Json.finite(cols[0]));
            m.put("ci_low", Json.finite(cols[1]));
            m.put("ci_high", Json.finite(cols[2]));
            m.put("p10", Json.finite(cols[3]));
            m.put("p90", Json.finite(cols[4]));
            series.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metric", metric.column());
        out.put("title", MetricInfo.of(metric.column()).titleWithUnit());
        out.put("days", days == null ? new int[0] : days);
        out.put("series", series);
        return out;
    }

    /** Paired differences (arm minus reference) of every summary metric over the finished pairs. */
    synchronized List<Map<String, Object>> differences() {
        List<Integer> reps = byArm.get(reference).keySet().stream()
                .filter(byArm.get(arm)::containsKey)
                .toList();
        List<Map<String, Object>> out = new ArrayList<>();
        if (reps.isEmpty()) {
            return out;
        }
        for (String metric : Summaries.names()) {
            double[] a = new double[reps.size()];
            double[] b = new double[reps.size()];
            for (int i = 0; i < reps.size(); i++) {
                a[i] = byArm.get(arm).get(reps.get(i)).summary(metric);
                b[i] = byArm.get(reference).get(reps.get(i)).summary(metric);
            }
            boolean finite = true;
            for (int i = 0; i < a.length; i++) {
                finite &= Double.isFinite(a[i]) && Double.isFinite(b[i]);
            }
            if (!finite) {
                continue;
            }
            PairedComparison c = PairedComparison.of(a, b);
            out.add(row(metric, c.nPairs(), c.meanReference(), c.meanArm(), c.meanDifference(), c.ciLow(), c.ciHigh()));
        }
        return out;
    }

    static Map<String, Object> row(
            String metric, int n, double meanReference, double meanArm, double diff, double lo, double hi) {
        MetricInfo info = MetricInfo.of(metric);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", metric);
        m.put("title", info.name());
        m.put("unit", info.unit());
        m.put("better", info.better().name().toLowerCase(java.util.Locale.ROOT));
        m.put("pairs", n);
        m.put("mean_reference", Json.finite(meanReference));
        m.put("mean_arm", Json.finite(meanArm));
        m.put("mean_difference", Json.finite(diff));
        m.put("ci_low", Json.finite(lo));
        m.put("ci_high", Json.finite(hi));
        return m;
    }
}
