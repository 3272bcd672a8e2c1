package org.golivesim.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/** Shared checks and quantiles for the summaries in this package. */
final class Samples {
    /** Accuracy of the inverse Student-t CDF; Commons Math's default (1e-9) is coarser than the reference values. */
    private static final double T_INVERSE_ACCURACY = 1e-13;

    private Samples() {}

    /**
     * The non-NaN values of {@code values}, in order.
     *
     * @throws StatisticsArgumentException if a value is infinite
     */
    static double[] finiteOrNaN(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                throw new StatisticsArgumentException(
                        name + "[" + i + "]", "is " + values[i] + "; only finite values or NaN (missing) are allowed");
            }
        }
        return Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    }

    /**
     * Rejects NaN or infinite values: model outputs of a sensitivity design must all be present.
     *
     * @throws StatisticsArgumentException naming the first bad index
     */
    static void requireFinite(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new StatisticsArgumentException(
                        name + "[" + i + "]",
                        "is " + values[i] + "; every design point needs a finite model output (re-run failed points)");
            }
        }
    }

    /** The 0.975 quantile of Student's t with {@code degreesOfFreedom}, for a two-sided 95% interval. */
    static double tQuantile(int degreesOfFreedom) {
        // No generator: the distribution is only inverted here, never sampled, so no randomness is involved.
        TDistribution t = new TDistribution((RandomGenerator) null, degreesOfFreedom, T_INVERSE_ACCURACY);
        return t.inverseCumulativeProbability(0.5 + Summary.CONFIDENCE_LEVEL / 2.0);
    }
}
