package org.golivesim.observe;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one replication produced: its daily series (one row per day, columns in {@link DailyMetric} order) and its
 * summary metrics (in {@link Summaries} order). Immutable once built.
 *
 * @param firstDay day number of the first row (negative: the pre-go-live reference period; day 0 is go-live)
 * @param daily rows by day, each {@code DailyMetric.values().length} long
 * @param summary summary metric name to value, in a fixed order
 */
public record RunResult(int firstDay, double[][] daily, Map<String, Double> summary) implements Serializable {
    public RunResult {
        double[][] copy = new double[daily.length][];
        for (int i = 0; i < daily.length; i++) {
            copy[i] = daily[i].clone();
        }
        daily = copy;
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    /** A deep copy of the daily rows (the record keeps its own). */
    @Override
    public double[][] daily() {
        double[][] copy = new double[daily.length][];
        for (int i = 0; i < daily.length; i++) {
            copy[i] = daily[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunResult r
                && firstDay == r.firstDay
                && java.util.Arrays.deepEquals(daily, r.daily)
                && summary.equals(r.summary);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * firstDay + java.util.Arrays.deepHashCode(daily)) + summary.hashCode();
    }

    /** The value of a daily metric on a day (day 0 is go-live). */
    public double daily(int day, DailyMetric metric) {
        return daily[day - firstDay][metric.ordinal()];
    }

    /** Number of days recorded, including the reference period. */
    public int days() {
        return daily.length;
    }

    /** The last day recorded. */
    public int lastDay() {
        return firstDay + daily.length - 1;
    }

    /** A copy of one row. */
    public double[] row(int index) {
        return daily[index].clone();
    }

    /** A summary metric by name. */
    public double summary(String name) {
        Double v = summary.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no summary metric named '" + name + "'");
        }
        return v;
    }
}
