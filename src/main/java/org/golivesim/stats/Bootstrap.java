package org.golivesim.stats;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Nonparametric bootstrap helpers shared by the sensitivity estimators and calibration. */
public final class Bootstrap {
    private Bootstrap() {}

    /**
     * @throws StatisticsArgumentException if {@code resamples < 0}
     * @throws NullPointerException if resampling is asked for without a generator
     */
    static void checkResamples(int resamples, RandomGenerator rng) {
        if (resamples < 0) {
            throw new StatisticsArgumentException("resamples", "is " + resamples + "; allowed: >= 0");
        }
        if (resamples > 0 && rng == null) {
            throw new NullPointerException("rng is required when resamples > 0");
        }
    }

    /** Fills {@code indices} with draws of {@code rng.nextInt(indices.length)}, in order: one resample. */
    static void draw(int[] indices, RandomGenerator rng) {
        for (int j = 0; j < indices.length; j++) {
            indices[j] = rng.nextInt(indices.length);
        }
    }

    /**
     * The 2.5th and 97.5th percentiles (type 7) of the non-NaN resampled statistics; NaN when there are none.
     *
     * @return {@code {low, high}}
     */
    public static double[] percentileInterval(double[] resampled) {
        double[] finite = Arrays.stream(resampled).filter(v -> !Double.isNaN(v)).toArray();
        if (finite.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(finite);
        double tail = 100.0 * (1.0 - Summary.CONFIDENCE_LEVEL) / 2.0;
        return new double[] {percentile.evaluate(tail), percentile.evaluate(100.0 - tail)};
    }
}
