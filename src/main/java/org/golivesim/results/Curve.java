package org.golivesim.results;

import java.util.Arrays;
import java.util.Objects;

/**
 * The across-replication summary of one daily metric for one scenario point and experiment arm, from {@code
 * curves.csv}, ordered by day. Day 0 is go-live; negative days are the pre-go-live reference period. Missing
 * cells are NaN. Accessors return copies.
 */
public final class Curve {

    private final int pointId;
    private final String arm;
    private final String metric;
    private final int[] days;
    private final double[] mean;
    private final double[] ciLow;
    private final double[] ciHigh;
    private final double[] p10;
    private final double[] p50;
    private final double[] p90;

    /**
     * Creates a curve; all arrays must have the same length and days must be strictly increasing.
     *
     * @param pointId scenario point id
     * @param arm experiment arm
     * @param metric daily metric name
     * @param days day numbers
     * @param mean mean over replications
     * @param ciLow lower 95% confidence limit of the mean
     * @param ciHigh upper 95% confidence limit of the mean
     * @param p10 10th percentile over replications
     * @param p50 median over replications
     * @param p90 90th percentile over replications
     * @throws IllegalArgumentException if lengths differ or days are not strictly increasing
     */
    public Curve(
            int pointId,
            String arm,
            String metric,
            int[] days,
            double[] mean,
            double[] ciLow,
            double[] ciHigh,
            double[] p10,
            double[] p50,
            double[] p90) {
        this.pointId = pointId;
        this.arm = Objects.requireNonNull(arm, "arm");
        this.metric = Objects.requireNonNull(metric, "metric");
        this.days = days.clone();
        this.mean = mean.clone();
        this.ciLow = ciLow.clone();
        this.ciHigh = ciHigh.clone();
        this.p10 = p10.clone();
        this.p50 = p50.clone();
        this.p90 = p90.clone();
        int n = days.length;
        for (double[] a : new double[][] {mean, ciLow, ciHigh, p10, p50, p90}) {
            if (a.length != n) {
                throw new IllegalArgumentException("curve arrays must all have " + n + " entries");
            }
        }
        for (int i = 1; i < n; i++) {
            if (days[i] <= days[i - 1]) {
                throw new IllegalArgumentException("curve days must be strictly increasing; day " + days[i]
                        + " follows " + days[i - 1] + " for point " + pointId + ", " + arm + ", "
                        + metric);
            }
        }
    }

    /** @return scenario point id */
    public int pointId() {
        return pointId;
    }

    /** @return the experiment arm */
    public String arm() {
        return arm;
    }

    /** @return daily metric name */
    public String metric() {
        return metric;
    }

    /** @return number of days */
    public int size() {
        return days.length;
    }

    /** @return day numbers (0 = go-live) */
    public int[] days() {
        return days.clone();
    }

    /** @return daily mean over replications */
    public double[] mean() {
        return mean.clone();
    }

    /** @return lower 95% confidence limit of the daily mean */
    public double[] ciLow() {
        return ciLow.clone();
    }

    /** @return upper 95% confidence limit of the daily mean */
    public double[] ciHigh() {
        return ciHigh.clone();
    }

    /** @return 10th percentile over replications */
    public double[] p10() {
        return p10.clone();
    }

    /** @return median over replications */
    public double[] p50() {
        return p50.clone();
    }

    /** @return 90th percentile over replications */
    public double[] p90() {
        return p90.clone();
    }

    @Override
    public String toString() {
        return "Curve[point=" + pointId + ", " + arm + ", " + metric + ", days="
                + (days.length == 0 ? "none" : days[0] + ".." + days[days.length - 1]) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Curve c
                && pointId == c.pointId
                && arm.equals(c.arm)
                && metric.equals(c.metric)
                && Arrays.equals(days, c.days)
                && Arrays.equals(mean, c.mean)
                && Arrays.equals(ciLow, c.ciLow)
                && Arrays.equals(ciHigh, c.ciHigh)
                && Arrays.equals(p10, c.p10)
                && Arrays.equals(p50, c.p50)
                && Arrays.equals(p90, c.p90);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pointId, arm, metric, Arrays.hashCode(days), Arrays.hashCode(mean));
    }
}
