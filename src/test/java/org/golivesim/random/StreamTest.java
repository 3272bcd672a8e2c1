package org.golivesim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.IntegerDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every variate of {@link Stream} against the Commons Math distribution it claims to sample: Kolmogorov-Smirnov for
 * continuous variates, chi-square goodness of fit for discrete ones. Each test draws {@value #N} values from a stream
 * of a fixed run seed (chosen once, never tuned) and rejects at {@value #ALPHA}; with about twenty such tests the
 * chance of a false alarm somewhere is about 2%.
 */
class StreamTest {
    private static final double ALPHA = 0.001;
    private static final int N = 20_000;
    private static final long RUN_SEED = 20261125L;

    private static Stream stream(String name) {
        return new Streams(RUN_SEED).stream("StreamTest." + name);
    }

    /** Commons Math distributions want a generator; these are never sampled, only asked for their CDF and PMF. */
    private static RandomGenerator unused() {
        return new MersenneTwister(1);
    }

    private static void assertFitsContinuous(RealDistribution d, double[] sample, String what) {
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(d, sample);
        assertTrue(p > ALPHA, what + ": Kolmogorov-Smirnov p = " + p + " <= alpha " + ALPHA + " (n = " + N + ")");
    }

    /**
     * Chi-square goodness of fit of integer draws against a distribution's PMF. Cells are single values while the
     * expected count is at least 5; the tails are pooled into the first and last cells so every cell expects >= 5.
     */
    private static void assertFitsDiscrete(IntegerDistribution d, IntSupplier draw, String what) {
        int lo = d.inverseCumulativeProbability(1e-4);
        int hi = d.inverseCumulativeProbability(1 - 1e-4);
        while (lo < hi && N * d.cumulativeProbability(lo) < 5) {
            lo++;
        }
        while (hi > lo && N * (1 - d.cumulativeProbability(hi - 1)) < 5) {
            hi--;
        }
        int cells = hi - lo + 1;
        long[] observed = new long[cells];
        for (int i = 0; i < N; i++) {
            int k = draw.getAsInt();
            observed[Math.max(0, Math.min(cells - 1, k - lo))]++;
        }
        double[] expected = new double[cells];
        for (int c = 0; c < cells; c++) {
            int k = lo + c;
            double prob = c == 0
                    ? d.cumulativeProbability(k)
                    : c == cells - 1 ? 1 - d.cumulativeProbability(k - 1) : d.probability(k);
            expected[c] = N * prob;
        }
        assertTrue(cells >= 2, what + ": fewer than two cells with expected count >= 5");
        double p = new ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue(
                p > ALPHA,
                what + ": chi-square p = " + p + " <= alpha " + ALPHA + " (" + cells + " cells, n = " + N + ")");
    }

    private static double[] draws(java.util.function.DoubleSupplier s) {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = s.getAsDouble();
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 1.0, 37.5})
    void exponentialFollowsTheExponentialDistribution(double mean) {
        Stream s = stream("exponential." + mean);
        assertFitsContinuous(
                new ExponentialDistribution(unused(), mean),
                draws(() -> s.exponential(mean)),
                "exponential(" + mean + ")");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1.3, 2.0})
    void lognormalMedianFollowsTheLognormalWithThatMedianAndLogSd(double logSd) {
        double median = 3.0;
        Stream s = stream("lognormalMedian." + logSd);
        // Commons Math's scale is the mean of the log, i.e. ln(median); its shape is the sd of the log
        assertFitsContinuous(
                new LogNormalDistribution(unused(), Math.log(median), logSd, 1e-9),
                draws(() -> s.lognormalMedian(median, logSd)),
                "lognormalMedian(" + median + ", " + logSd + ")");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.8, 2.5})
    void lognormalMeanFollowsTheLognormalWithThatMeanAndCv(double cv) {
        double mean = 12.0;
        double s2 = Math.log1p(cv * cv);
        Stream s = stream("lognormalMean." + cv);
        assertFitsContinuous(
                new LogNormalDistribution(unused(), Math.log(mean) - s2 / 2, Math.sqrt(s2), 1e-9),
                draws(() -> s.lognormalMean(mean, cv)),
                "lognormalMean(" + mean + ", " + cv + ")");
    }

    /** A cv with its log-variance computed once draws exactly what the plain cv draws (and nothing at cv 0). */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3, 0.6, 1.2})
    void lognormalMeanWithAPrecomputedCvEqualsThePlainCv(double cv) {
        Stream plain = stream("lognormalMean.precomputed." + cv);
        Stream precomputed = stream("lognormalMean.precomputed." + cv);
        Stream.LognormalCv shape = Stream.LognormalCv.of(cv);
        for (int i = 0; i < N; i++) {
            double mean = 1 + i % 17;
            assertEquals(plain.lognormalMean(mean, cv), precomputed.lognormalMean(mean, shape), "draw " + i);
        }
        assertEquals(plain.uniform(), precomputed.uniform(), "the streams stay in step");
    }

    @Test
    void lognormalMeanWithZeroCvIsTheMeanAndDrawsNothing() {
        Stream s = stream("lognormalMean.zero");
        Stream twin = stream("lognormalMean.zero");
        assertEquals(12.0, s.lognormalMean(12.0, 0));
        assertEquals(twin.uniform(), s.uniform(), "a zero cv must not advance the stream");
    }

    /** 0.3 and 4 use inversion, 29.5 is inversion's largest regime, 50 goes to Commons Math. */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 4.0, 29.5, 50.0, 400.0})
    void poissonFollowsThePoissonDistribution(double mean) {
        Stream s = stream("poisson." + mean);
        assertFitsDiscrete(
                new PoissonDistribution(unused(), mean, 1e-12, 10_000_000),
                () -> s.poisson(mean),
                "poisson(" + mean + ")");
    }

    @Test
    void poissonOfZeroOrNegativeMeanIsZero() {
        Stream s = stream("poisson.zero");
        assertEquals(0, s.poisson(0.0));
        assertEquals(0, s.poisson(-1.0));
    }

    /**
     * The zero shortcut (no exponential when the uniform is certainly below {@code exp(-mean)}) and a precomputed
     * {@link Stream.PoissonMean} give, draw for draw, the plain inversion from {@code Math.exp(-mean)}, including
     * uniforms just below and above {@code exp(-mean)}, where the shortcut must defer to the exponential.
     */
    @ParameterizedTest
    @ValueSource(doubles = {1e-9, 0.003, 0.05, 0.3, 0.7, 0.999, 1.0, 1.5, 12.0})
    void poissonShortcutsEqualThePlainInversion(double mean) {
        Stream shortcut = stream("poisson.inversion." + mean);
        Stream precomputed = stream("poisson.inversion." + mean);
        Stream reference = stream("poisson.inversion." + mean);
        Stream.PoissonMean m = Stream.PoissonMean.of(mean);
        for (int i = 0; i < N; i++) {
            int expected = plainInversion(reference.uniform(), mean);
            assertEquals(expected, shortcut.poisson(mean), "poisson(" + mean + ") draw " + i);
            assertEquals(expected, precomputed.poisson(m), "poisson(PoissonMean " + mean + ") draw " + i);
        }
        double zero = Math.exp(-mean);
        for (double u :
                new double[] {Math.nextDown(zero), zero, Math.nextUp(zero), Math.nextDown(Math.nextDown(zero))}) {
            Stream fixed = new Stream("fixed", new FixedUniform(u));
            assertEquals(plainInversion(u, mean), fixed.poisson(mean), "poisson(" + mean + ") at u = " + u);
        }
    }

    /** The inversion as written before the shortcuts: the reference the shortcuts must reproduce exactly. */
    private static int plainInversion(double u, double mean) {
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

    /** A generator that returns one uniform forever. */
    private record FixedUniform(double u) implements java.util.random.RandomGenerator {
        @Override
        public long nextLong() {
            throw new UnsupportedOperationException("only uniforms");
        }

        @Override
        public double nextDouble() {
            return u;
        }
    }

    /** Below 200 trials (or with p >= 0.05) the variate is an exact sum of Bernoulli trials. */
    @ParameterizedTest
    @ValueSource(strings = {"1,0.5", "20,0.3", "200,0.01", "1000,0.2"})
    void binomialFollowsTheBinomialDistributionWhenSummingTrials(String np) {
        int n = Integer.parseInt(np.split(",")[0]);
        double p = Double.parseDouble(np.split(",")[1]);
        Stream s = stream("binomial." + np);
        assertFitsDiscrete(new BinomialDistribution(unused(), n, p), () -> s.binomial(n, p), "binomial(" + np + ")");
    }

    /**
     * Above 200 trials with p < 0.05 the variate is the documented Poisson(np) approximation (capped at n). It is
     * checked against that Poisson law, and the approximation's own error is bounded: the total-variation distance
     * between Binomial(n, p) and Poisson(np) is at most p (Barbour and Hall 1984), computed here exactly.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2500,0.02", "201,0.003"})
    void binomialUsesAPoissonApproximationForManyRareTrials(String np) {
        int n = Integer.parseInt(np.split(",")[0]);
        double p = Double.parseDouble(np.split(",")[1]);
        Stream s = stream("binomial.poisson." + np);
        PoissonDistribution poisson = new PoissonDistribution(unused(), n * p, 1e-12, 10_000_000);
        assertFitsDiscrete(poisson, () -> s.binomial(n, p), "binomial(" + np + ") as Poisson(" + n * p + ")");
        BinomialDistribution exact = new BinomialDistribution(unused(), n, p);
        double tv = 0;
        for (int k = 0; k <= n; k++) {
            tv += Math.abs(exact.probability(k) - poisson.probability(k));
        }
        tv = tv / 2 + (1 - poisson.cumulativeProbability(n)) / 2;
        assertTrue(tv <= p, "total variation " + tv + " exceeds the bound p = " + p);
    }

    @Test
    void binomialEdgeCasesAreExact() {
        Stream s = stream("binomial.edges");
        assertEquals(0, s.binomial(0, 0.5));
        assertEquals(0, s.binomial(-3, 0.5));
        assertEquals(0, s.binomial(10, 0.0));
        assertEquals(10, s.binomial(10, 1.0));
        assertEquals(10, s.binomial(10, 1.5));
    }

    @Test
    void uniformBernoulliAndNextIntFollowTheirLaws() {
        Stream s = stream("uniform");
        assertFitsContinuous(
                new org.apache.commons.math3.distribution.UniformRealDistribution(unused(), 0, 1),
                draws(s::uniform),
                "uniform");
        Stream g = stream("gaussian");
        assertFitsContinuous(
                new org.apache.commons.math3.distribution.NormalDistribution(unused(), 0, 1, 1e-9),
                draws(g::gaussian),
                "gaussian");
        Stream b = stream("bernoulli");
        assertFitsDiscrete(
                new BinomialDistribution(unused(), 1, 0.3), () -> b.bernoulli(0.3) ? 1 : 0, "bernoulli(0.3)");
        Stream k = stream("nextInt");
        assertFitsDiscrete(
                new org.apache.commons.math3.distribution.UniformIntegerDistribution(unused(), 0, 6),
                () -> k.nextInt(7),
                "nextInt(7)");
    }

    @Test
    void bernoulliNeverFiresAtZeroAndAlwaysAtOne() {
        Stream s = stream("bernoulli.edges");
        for (int i = 0; i < 1000; i++) {
            assertEquals(false, s.bernoulli(0.0));
            assertEquals(true, s.bernoulli(1.0));
        }
    }

    @Test
    void commonsMathAdapterDrawsFromTheStreamAndRefusesReseeding() {
        Stream a = stream("adapter");
        Stream b = stream("adapter");
        RandomGenerator g = a.asCommonsMath();
        List<Double> viaAdapter = new ArrayList<>();
        List<Double> direct = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            viaAdapter.add(g.nextDouble());
            direct.add(b.uniform());
        }
        assertEquals(direct, viaAdapter);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> g.setSeed(1L));
        assertTrue(e.getMessage().contains("seeded once"), e.getMessage());
    }
}
