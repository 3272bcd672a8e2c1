package org.golivesim.report;

/**
 * The key outcomes drawn as curves over time, each from one daily metric of {@code curves.csv} and with the
 * transformation that makes it readable: noisy daily series are averaged per week, counts and money are
 * accumulated.
 */
public enum CurveOutcome {
    /** Unplanned downtime, hours per day, weekly average. */
    UNPLANNED_DOWNTIME(
            "unplanned_downtime_hours",
            "Unplanned downtime",
            "Hours per day (weekly average)",
            Transform.WEEKLY_MEAN,
            1),
    /** Availability, weekly average. */
    AVAILABILITY(
            "availability",
            "System availability",
            "Fraction of time available (weekly average)",
            Transform.WEEKLY_MEAN,
            1),
    /** Errors per 1,000 tasks, weekly average. */
    ERRORS("errors_per_1000_tasks", "Errors", "Errors per 1,000 tasks (weekly average)", Transform.WEEKLY_MEAN, 1),
    /** Security breaches, cumulative from the first simulated day. */
    BREACHES("breaches", "Security breaches", "Cumulative breaches", Transform.CUMULATIVE, 1),
    /** Open-ticket backlog, weekly average. */
    BACKLOG("backlog", "Help-desk backlog", "Open tickets (weekly average)", Transform.WEEKLY_MEAN, 1),
    /** Productivity index, weekly average. */
    PRODUCTIVITY(
            "productivity_index",
            "Clinician productivity",
            "Productivity index (weekly average)",
            Transform.WEEKLY_MEAN,
            1),
    /** Total cost, cumulative from the first simulated day, in USD millions. */
    COST("cost_total_usd", "Cumulative total cost", "Cumulative cost (USD millions)", Transform.CUMULATIVE, 1e-6);

    /** How daily values become plotted values. */
    public enum Transform {
        /**
         * Calendar weeks (day 0–6 is the first week after go-live); the mean and the 95% limits are each averaged
         * over the week's days. The averaged limits are at least as wide as an exact interval for the weekly mean.
         */
        WEEKLY_MEAN,
        /**
         * Running sums from the first simulated day. The sum of daily means is the exact mean of the cumulative
         * total; the summed daily 95% limits are at least as wide as an exact interval for the cumulative total.
         */
        CUMULATIVE
    }

    private final String metric;
    private final String title;
    private final String yAxisTitle;
    private final Transform transform;
    private final double scale;

    CurveOutcome(String metric, String title, String yAxisTitle, Transform transform, double scale) {
        this.metric = metric;
        this.title = title;
        this.yAxisTitle = yAxisTitle;
        this.transform = transform;
        this.scale = scale;
    }

    /** @return the daily metric in {@code curves.csv} */
    public String metric() {
        return metric;
    }

    /** @return chart title in words */
    public String title() {
        return title;
    }

    /** @return y axis title with unit and smoothing */
    public String yAxisTitle() {
        return yAxisTitle;
    }

    /** @return the transformation applied to daily values */
    public Transform transform() {
        return transform;
    }

    /** @return factor applied to values before plotting (1e-6 for USD millions) */
    public double scale() {
        return scale;
    }
}
