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
    private static final int POISSON_INVERSION_MAX_K = 1000;
    /** Largest mean for which the inversion's zero is decided without an exponential. */
    private static final double ZERO_SHORTCUT_MAX_MEAN = 1.0;
    /** Safety margin below {@code exp(-mean)} for the shortcut, far above the rounding errors involved. */
    private static final double ZERO_SHORTCUT_MARGIN = 0x1.0p-40;

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
     * {@link #lognormalMean(double, double)} with the log-variance of a coefficient of variation computed once
     * ({@link LognormalCv}): the same draw and the same value.
     *
     * @param mean mean (> 0)
     * @param cv the coefficient of variation with its log-variance
     */
    public double lognormalMean(double mean, LognormalCv cv) {
        if (cv.cv() == 0) {
            return mean;
        }
        return mean * Math.exp(-0.5 * cv.logVariance() + cv.logSd() * mt.nextGaussian());
    }

    /**
     * A coefficient of variation of lognormal variates with {@code log(1 + cv^2)} and its square root computed once,
     * for a cv that many draws share (e.g. every ticket's handle time).
     *
     * @param cv coefficient of variation (>= 0)
     * @param logVariance {@code Math.log1p(cv * cv)}
     * @param logSd {@code Math.sqrt(logVariance)}
     */
    public record LognormalCv(double cv, double logVariance, double logSd) {
        /** The cv with its log-variance and log standard deviation. */
        public static LognormalCv of(double cv) {
            double s2 = Math.log1p(cv * cv);
            return new LognormalCv(cv, s2, Math.sqrt(s2));
        }
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
            if (mean <= ZERO_SHORTCUT_MAX_MEAN && u < expNegativeLowerBound(mean)) {
                return 0;
            }
            return inversion(u, mean, Math.exp(-mean));
        }
        return commonsMathPoisson(mean);
    }

    /**
     * Poisson variate of a mean whose {@code exp(-mean)} was computed once ({@link PoissonMean}): the same draws and the
     * same value as {@link #poisson(double)} of its mean.
     *
     * @param mean the mean with its probability of zero
     */
    public int poisson(PoissonMean mean) {
        double m = mean.mean();
        if (m <= 0) {
            return 0;
        }
        if (m < POISSON_INVERSION_LIMIT) {
            return inversion(mt.nextDouble(), m, mean.zeroProbability());
        }
        return commonsMathPoisson(m);
    }

    /**
     * A Poisson mean and its probability of zero, {@code exp(-mean)}, computed once for a mean that many draws share
     * (e.g. every clinician's access issues in a shift).
     *
     * @param mean the mean (>= 0)
     * @param zeroProbability {@code Math.exp(-mean)}
     */
    public record PoissonMean(double mean, double zeroProbability) {
        /** The mean with its {@code exp(-mean)}. */
        public static PoissonMean of(double mean) {
            return new PoissonMean(mean, Math.exp(-mean));
        }
    }

    /** Inversion of the Poisson distribution function from {@code u}, starting at {@code p = P(0) = exp(-mean)}. */
    private static int inversion(double u, double mean, double p) {
        double cdf = p;
        int k = 0;
        while (u > cdf && k < POISSON_INVERSION_MAX_K) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    /**
     * A number certainly below the double {@code Math.exp(-mean)} for {@code 0 < mean <= 1}, so that a uniform below it
     * is a zero of the inversion without computing the exponential (most of the model's Poisson means are small): the
     * Taylor polynomial {@code 1 - m + m^2/2 - m^3/6} is below {@code exp(-m)} for {@code m >= 0} (the remainder
     * {@code exp(-xi) m^4/24} is positive), its rounding error is a few units of 2^-53 for {@code m <= 1}, and
     * {@code Math.exp} is within one ulp (2^-53 below 1) of the exact value; {@link #ZERO_SHORTCUT_MARGIN} covers both
     * many times over. The result is the one {@code u <= Math.exp(-mean)} gives, bit for bit.
     */
    private static double expNegativeLowerBound(double m) {
        return 1 - m * (1 - m * (0.5 - m / 6)) - ZERO_SHORTCUT_MARGIN;
    }

    private int commonsMathPoisson(double mean) {
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
