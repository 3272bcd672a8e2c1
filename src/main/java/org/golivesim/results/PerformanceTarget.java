package org.golivesim.results;

import java.util.Objects;

/**
 * A performance target a configuration must meet, judged on the mean of a summary metric over the successful
 * replications of that configuration.
 *
 * @param metric summary metric column of {@code runs.csv}, e.g. {@code availability}
 * @param bound whether the threshold is an upper ({@link Bound#MAX}) or lower ({@link Bound#MIN}) limit
 * @param threshold the limit, in the metric's own unit
 * @param origin where the target comes from, in words (e.g. "manifest.json targets" or a default's rationale)
 */
public record PerformanceTarget(String metric, Bound bound, double threshold, String origin) {

    /** Direction of a target. */
    public enum Bound {
        /** The metric's mean must be at most the threshold. */
        MAX,
        /** The metric's mean must be at least the threshold. */
        MIN
    }

    /**
     * Validates the fields.
     *
     * @param metric summary metric column of {@code runs.csv}, e.g. {@code availability}
     * @param bound whether the threshold is an upper ({@link Bound#MAX}) or lower ({@link Bound#MIN}) limit
     * @param threshold the limit, in the metric's own unit
     * @param origin where the target comes from, in words (e.g. "manifest.json targets" or a default's rationale)
     * @throws IllegalArgumentException if the metric is blank or the threshold is not finite
     */
    public PerformanceTarget {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(origin, "origin");
        if (metric.isBlank()) {
            throw new IllegalArgumentException("target metric must not be blank");
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("target threshold for " + metric + " must be finite, got " + threshold);
        }
    }

    /**
     * Tells whether a value meets this target; a missing (NaN) value never does.
     *
     * @param value the configuration's mean of {@link #metric()}
     * @return true when within the limit
     */
    public boolean isMetBy(double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        return bound == Bound.MAX ? value <= threshold : value >= threshold;
    }
}
