package org.golivesim.stats;

import java.util.Objects;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Comparison of an experiment arm with its reference arm, run with common random numbers: replication {@code i} of
 * the arm and replication {@code i} of the reference share their random streams, so they are analysed as pairs. All
 * means and interval ends are in the unit of the compared quantity.
 *
 * @param nPairs number of pairs used (pairs with a NaN on either side are dropped)
 * @param meanArm mean of the arm over the pairs used; NaN when {@code nPairs == 0}
 * @param meanReference mean of the reference arm over the pairs used; NaN when {@code nPairs == 0}
 * @param meanDifference mean of {@code arm[i] - reference[i]}; NaN when {@code nPairs == 0}
 * @param ciLow lower end of the 95% Student-t confidence interval of the mean difference; NaN when {@code nPairs <
 *     2}
 * @param ciHigh upper end of that interval; NaN when {@code nPairs < 2}
 * @param pValue two-sided p-value of the paired t-test of a zero mean difference; NaN when {@code nPairs < 2}
 */
public record PairedComparison(
        int nPairs,
        double meanArm,
        double meanReference,
        double meanDifference,
        double ciLow,
        double ciHigh,
        double pValue) {

    /**
     * @throws StatisticsArgumentException if {@code nPairs} is negative, {@code ciLow > ciHigh} or {@code pValue}
     *     is outside [0, 1]
     */
    public PairedComparison {
        if (nPairs < 0) {
            throw new StatisticsArgumentException("nPairs", "is " + nPairs + "; a count must be >= 0");
        }
        if (ciLow > ciHigh) {
            throw new StatisticsArgumentException(
                    "ciLow", "is " + ciLow + ", above ciHigh " + ciHigh + "; the interval must be ordered");
        }
        if (pValue < 0.0 || pValue > 1.0) {
            throw new StatisticsArgumentException("pValue", "is " + pValue + "; a probability must be in [0, 1]");
        }
    }

    /**
     * Compares the two arms pair by pair. The interval is {@code meanDifference ± t(0.975, n-1) sd(d) / sqrt(n)}
     * over the differences {@code d}; the p-value is Commons Math's {@link TTest#pairedTTest(double[], double[])}.
     * When every difference is the same number the t statistic is undefined (0/0 or d/0): the interval then collapses
     * to that number, and the p-value is 1 if it is 0 (the arms agree exactly) and 0 otherwise (they differ in every
     * pair by the same amount, without noise).
     *
     * @param arm the quantity in each replication of the arm; not modified
     * @param reference the quantity in the same replications of the reference arm; not modified
     * @return the paired comparison, differences taken as {@code arm - reference}
     * @throws NullPointerException if either array is null
     * @throws LengthMismatchException if the arrays have different lengths (the message names both)
     * @throws StatisticsArgumentException if a value is infinite
     */
    public static PairedComparison of(double[] arm, double[] reference) {
        Objects.requireNonNull(arm, "arm");
        Objects.requireNonNull(reference, "reference");
        if (arm.length != reference.length) {
            throw new LengthMismatchException("reference", reference.length, "arm", arm.length);
        }
        Samples.finiteOrNaN(arm, "arm");
        Samples.finiteOrNaN(reference, "reference");
        int n = 0;
        for (int i = 0; i < arm.length; i++) {
            if (!Double.isNaN(arm[i]) && !Double.isNaN(reference[i])) {
                n++;
            }
        }
        double[] a = new double[n];
        double[] b = new double[n];
        double[] d = new double[n];
        for (int i = 0, j = 0; i < arm.length; i++) {
            if (!Double.isNaN(arm[i]) && !Double.isNaN(reference[i])) {
                a[j] = arm[i];
                b[j] = reference[i];
                d[j] = arm[i] - reference[i];
                j++;
            }
        }
        if (n == 0) {
            return new PairedComparison(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double meanA = StatUtils.mean(a);
        double meanB = StatUtils.mean(b);
        double meanD = StatUtils.mean(d);
        if (n < 2) {
            return new PairedComparison(n, meanA, meanB, meanD, Double.NaN, Double.NaN, Double.NaN);
        }
        if (allEqual(d)) {
            // The same difference in every pair: no sampling variation, so the interval is the point itself.
            double p = d[0] == 0.0 ? 1.0 : 0.0;
            return new PairedComparison(n, meanA, meanB, d[0], d[0], d[0], p);
        }
        double halfWidth = Samples.tQuantile(n - 1) * Math.sqrt(StatUtils.variance(d, meanD) / n);
        double p = new TTest().pairedTTest(a, b);
        return new PairedComparison(n, meanA, meanB, meanD, meanD - halfWidth, meanD + halfWidth, p);
    }

    /**
     * Half-width of the 95% confidence interval of the mean difference, in the quantity's unit.
     *
     * @return {@code (ciHigh - ciLow) / 2}; NaN when {@code nPairs < 2}
     */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2.0;
    }

    private static boolean allEqual(double[] d) {
        for (double v : d) {
            if (v != d[0]) {
                return false;
            }
        }
        return true;
    }
}
