package org.golivesim.observe;

import java.util.function.ToDoubleFunction;
import org.golivesim.scenario.TimeUnits;

/**
 * One run's daily rows and event log as the per-run summaries see them: the post-go-live period starts at row
 * {@link #start()}, and every aggregation skips days whose value is NaN (a ratio with nothing to divide). The static
 * factories are the aggregation kinds the catalogue declares ({@link RunMetric}): a sum over the days, a ratio of sums
 * weighted by another daily metric, a mean of a state, the last day's value.
 */
final class RunDays {
    static final double DAYS_PER_MONTH = TimeUnits.DAYS_PER_MONTH;

    private final int start;
    private final double[][] daily;
    private final RunLog log;
    private final DailyRecorder.WeekOneTickets weekOne;

    RunDays(int firstDay, double[][] daily, RunLog log, DailyRecorder.WeekOneTickets weekOne) {
        this.start = -firstDay;
        this.daily = daily;
        this.log = log;
        this.weekOne = weekOne;
    }

    /**
     * How a run's days aggregate into one summary value, with the rule in words for the docs.
     *
     * @param text the rule, e.g. "sum of daily `errors`"
     * @param compute the rule itself
     */
    record Rule(String text, ToDoubleFunction<RunDays> compute) {}

    /** A rule that the catalogue states in its own words. */
    static Rule rule(String text, ToDoubleFunction<RunDays> compute) {
        return new Rule(text, compute);
    }

    /** Sum over the post-go-live days. */
    static Rule sumOf(DailyMetric m) {
        return new Rule("sum of daily `" + m.column() + "`", r -> r.sum(m));
    }

    /** A daily ratio averaged over the post-go-live days with the weight of its denominator. */
    static Rule ratioOfSums(DailyMetric ratio, DailyMetric weight) {
        return new Rule(
                "daily `" + ratio.column() + "` weighted by `" + weight.column() + "`",
                r -> r.ratioOfSums(r.start, r.daily.length, ratio, weight));
    }

    /** Mean of a daily state over the post-go-live days. */
    static Rule meanOf(DailyMetric m) {
        return new Rule("mean of daily `" + m.column() + "`", r -> r.mean(r.start, r.daily.length, m));
    }

    /** The state on the last day of the run. */
    static Rule lastOf(DailyMetric m) {
        return new Rule("daily `" + m.column() + "` on the last day", r -> r.daily[r.daily.length - 1][m.ordinal()]);
    }

    int start() {
        return start;
    }

    int length() {
        return daily.length;
    }

    RunLog log() {
        return log;
    }

    DailyRecorder.WeekOneTickets weekOne() {
        return weekOne;
    }

    /** Days after go-live. */
    int days() {
        return daily.length - start;
    }

    double years() {
        return days() / TimeUnits.DAYS_PER_YEAR;
    }

    double months() {
        return days() / DAYS_PER_MONTH;
    }

    double value(int day, DailyMetric m) {
        return daily[day][m.ordinal()];
    }

    double sum(DailyMetric m) {
        double s = 0;
        for (int i = Math.max(0, start); i < daily.length; i++) {
            double v = daily[i][m.ordinal()];
            if (!Double.isNaN(v)) {
                s += v;
            }
        }
        return s;
    }

    double mean(int from, int to, DailyMetric m) {
        double s = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, daily.length); i++) {
            double v = daily[i][m.ordinal()];
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    double ratioOfSums(int from, int to, DailyMetric ratio, DailyMetric weight) {
        double s = 0;
        double w = 0;
        for (int i = Math.max(0, from); i < to; i++) {
            double v = daily[i][ratio.ordinal()];
            double wt = daily[i][weight.ordinal()];
            if (!Double.isNaN(v) && wt > 0) {
                s += v * wt;
                w += wt;
            }
        }
        return w == 0 ? Double.NaN : s / w;
    }

    /** Mean over calendar month {@code month} (1-based) after go-live; NaN when the run ends before it does. */
    double monthMean(int month, DailyMetric m) {
        int from = start + (int) Math.round((month - 1) * DAYS_PER_MONTH);
        int to = start + (int) Math.round(month * DAYS_PER_MONTH);
        return to > daily.length ? Double.NaN : mean(from, to, m);
    }

    double[] weeklyMeans(DailyMetric m) {
        int weeks = (daily.length - start) / 7;
        double[] out = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            out[w] = mean(start + 7 * w, start + 7 * w + 7, m);
        }
        return out;
    }

    double[] weeklySums(DailyMetric m) {
        int weeks = (daily.length - start) / 7;
        double[] out = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            for (int d = 0; d < 7; d++) {
                double v = daily[start + 7 * w + d][m.ordinal()];
                if (!Double.isNaN(v)) {
                    out[w] += v;
                }
            }
        }
        return out;
    }
}
