package org.golivesim.observe;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-run summary metrics, computed from the daily rows of the post-go-live period (day 0 on) and the run log by the
 * rules of the catalogue ({@link RunMetric}); its declaration order is the column order of {@code runs.csv}.
 */
public final class Summaries {
    private static final List<String> NAMES =
            Arrays.stream(RunMetric.values()).map(RunMetric::column).toList();

    private Summaries() {}

    /** The summary metric names, in column order. */
    public static List<String> names() {
        return NAMES;
    }

    static Map<String, Double> of(int firstDay, double[][] daily, RunLog log, DailyRecorder.WeekOneTickets weekOne) {
        RunDays run = new RunDays(firstDay, daily, log, weekOne);
        Map<String, Double> s = new LinkedHashMap<>();
        for (RunMetric m : RunMetric.values()) {
            s.put(m.column(), m.compute(run));
        }
        return s;
    }
}
