package org.golivesim.random;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * One named random stream and the variates the model draws from it. Exponential, lognormal and small-mean Poisson
 * variates are drawn by inversion or transformation inline, because the model draws them millions of times per run
 * with a different parameter each time and Commons Math would allocate a distribution object per draw; large-mean
 * Poisson variates come from Commons Math. {@code StreamTest} checks every variate against the Commons Math
 * distribution with a Kolmogorov-Smirnov or chi-square test.
 */
public final class Stream {
    private static final double POISSON_INVERSION_LIMIT = 30.0;

    private final String name;
    private final RandomGenerator mt;

    Stream(String name, RandomGenerator generator) {
        this.name = name;
        this.mt = generator;
    }

    /** The stream's name. */
    public String name() {
        return name;
    }

    /** Uniform on [0, 1). */
    public double uniform() {
        return mt.nextDouble();
    }

    /** Uniform integer on [0, n). */
    public int nextInt(int n) {
        return mt.nextInt(n);
    }

    /** True with probability p (p outside [0, 1] is clamped by the comparison itself: p <= 0 never, p >= 1 always). */
    public boolean bernoulli(double p) {
        return mt.nextDouble() < p;
    }

    /** Standard normal. */
    public double gaussian() {
        return mt.nextGaussian();
    }

    /**
     * Exponential variate.
     *
     * @param mean the mean (> 0)
     */
    public double exponential(double mean) {
        return -mean * Math.log(1.0 - mt.nextDouble());
    }

    /**
     * Lognormal variate given its median and the standard deviation of its log.
     *
     * @param median median (> 0)
     * @param logSd sigma of the log (>= 0)
     */
    public double lognormalMedian(double median, double logSd) {
        return median * Math.exp(logSd * mt.nextGaussian());
    }

    /**
     * Lognormal variate given its mean and coefficient of variation; a zero cv returns the mean.
     *
     * @param mean mean (> 0)
     * @param cv coefficient of variation (>= 0)
     */
    public double lognormalMean(double mean, double cv) {
        if (cv == 0) {
            return mean;
        }
        double s2 = Math.log1p(cv * cv);
        return mean * Math.exp(-0.5 * s2 + Math.sqrt(s2) * mt.nextGaussian());
    }

    /**
     * Poisson variate.
     *
     * @param mean the mean (>= 0)
     */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < POISSON_INVERSION_LIMIT) {
            double u = mt.nextDouble();
            double p = Math.exp(-mean);
            double cdf = p;
            int k = 0;
            while (u > cdf && k < 1000) {
                k++;
                p *= mean / k;
                cdf += p;
            }
            return k;
        }
        return new PoissonDistribution(
                        asCommonsMath(),
                        mean,
                        PoissonDistribution.DEFAULT_EPSILON,
                        PoissonDistribution.DEFAULT_MAX_ITERATIONS)
                .sample();
    }

    /**
     * Binomial variate by summing Bernoulli trials for small n and a Poisson approximation when n is large and p small.
     *
     * @param n trials (>= 0)
     * @param p success probability
     */
    public int binomial(int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n > 200 && p < 0.05) {
            return Math.min(n, poisson(n * p));
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (mt.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    /** This stream as a Commons Math generator (draws advance this stream). */
    public org.apache.commons.math3.random.RandomGenerator asCommonsMath() {
        return new AbstractRandomGenerator() {
            @Override
            public void setSeed(long seed) {
                throw new UnsupportedOperationException("named streams are seeded once, by Streams");
            }

            @Override
            public double nextDouble() {
                return mt.nextDouble();
            }
        };
    }
}
