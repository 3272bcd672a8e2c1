package org.golivesim.stats;

import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Summary of the replications of one quantity: count, mean, sample standard deviation, a 95% Student-t confidence
 * interval of the mean and three percentiles. All values are in the unit of the summarised quantity.
 *
 * <p>Percentiles interpolate linearly between order statistics: the {@code q}-th percentile of the sorted values
 * {@code x[0..n-1]} is {@code x[floor(h)] + (h - floor(h)) * (x[floor(h)+1] - x[floor(h)])} with {@code h = (n-1) q}.
 * This is Hyndman and Fan's type 7, R's default {@code quantile(type = 7)} and numpy's default {@code
 * np.percentile(x, q, method='linear')}; it is computed by Commons Math's {@link Percentile} with {@link
 * Percentile.EstimationType#R_7}.
 *
 * @param n number of values summarised (NaN values excluded)
 * @param mean arithmetic mean; NaN when {@code n == 0}
 * @param sd sample standard deviation (divisor {@code n - 1}); NaN when {@code n < 2}
 * @param ciLow lower end of the 95% Student-t confidence interval of the mean, {@code mean - t(0.975, n-1) sd /
 *     sqrt(n)}; NaN when {@code n < 2}
 * @param ciHigh upper end of that interval; NaN when {@code n < 2}
 * @param p10 10th percentile (type 7); NaN when {@code n == 0}
 * @param p50 median (type 7); NaN when {@code n == 0}
 * @param p90 90th percentile (type 7); NaN when {@code n == 0}
 */
public record Summary(int n, double mean, double sd, double ciLow, double ciHigh, double p10, double p50, double p90) {

    /** Confidence level of the interval of the mean: 0.95. */
    public static final double CONFIDENCE_LEVEL = 0.95;

    /**
     * @throws StatisticsArgumentException if {@code n} is negative or {@code ciLow > ciHigh}
     */
    public Summary {
        if (n < 0) {
            throw new StatisticsArgumentException("n", "is " + n + "; a count must be >= 0");
        }
        if (ciLow > ciHigh) {
            throw new StatisticsArgumentException(
                    "ciLow", "is " + ciLow + ", above ciHigh " + ciHigh + "; the interval must be ordered");
        }
    }

    /**
     * Summarises the values of one quantity over replications. NaN marks a replication where the quantity is
     * undefined (for example a rate with a zero denominator); such values are left out and not counted in {@code n}.
     *
     * @param values one value per replication, in the quantity's unit; not modified
     * @return the summary of the non-NaN values
     * @throws NullPointerException if {@code values} is null
     * @throws StatisticsArgumentException if a value is infinite (only finite values and NaN are accepted)
     */
    public static Summary of(double[] values) {
        double[] x = Samples.finiteOrNaN(Objects.requireNonNull(values, "values"), "values");
        int n = x.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = StatUtils.mean(x);
        double sd = n < 2 ? Double.NaN : Math.sqrt(StatUtils.variance(x, mean));
        double halfWidth = n < 2 ? Double.NaN : Samples.tQuantile(n - 1) * sd / Math.sqrt(n);
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(sorted);
        return new Summary(
                n,
                mean,
                sd,
                mean - halfWidth,
                mean + halfWidth,
                percentile.evaluate(10.0),
                percentile.evaluate(50.0),
                percentile.evaluate(90.0));
    }

    /**
     * Half-width of the 95% confidence interval of the mean, in the quantity's unit.
     *
     * @return {@code (ciHigh - ciLow) / 2}; NaN when {@code n < 2}
     */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2.0;
    }

    /**
     * Half-width of the 95% confidence interval relative to the magnitude of the mean (dimensionless).
     *
     * @return {@code halfWidth() / |mean|}; 0 when the half-width is 0 (even when the mean is 0, since the mean is
     *     then known exactly), positive infinity when the mean is 0 and the half-width is not, NaN when {@code n < 2}
     */
    public double relativeHalfWidth() {
        double halfWidth = halfWidth();
        if (halfWidth == 0.0) {
            return 0.0;
        }
        return halfWidth / Math.abs(mean);
    }
}
