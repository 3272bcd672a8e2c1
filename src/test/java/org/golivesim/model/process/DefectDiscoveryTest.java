package org.golivesim.model.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.golivesim.TestScenarios;
import org.golivesim.random.Stream;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Defect discovery is a non-homogeneous Poisson process in usage hours with the Goel-Okumoto mean
 * {@code a (1 - exp(-b U))}: after U usage hours the number discovered is Poisson with that mean, however the usage
 * arrived. {@value #REPLICATIONS} independent replications (each with its own run seed, so its own "defects" stream)
 * feed usage in irregular chunks like the model's shifts do; at three usage levels the total discovered over all
 * replications is then Poisson with {@value #REPLICATIONS} times the mean, which gives an exact test, and the
 * replications' variance must equal their mean (the dispersion test). Both reject at alpha = {@value #ALPHA}.
 */
class DefectDiscoveryTest {
    private static final double ALPHA = 0.001;
    private static final int REPLICATIONS = 2000;
    private static final double[] USAGE = {0.3e6, 1e6, 3e6};

    @Test
    void expectedDiscoveryIsGoelOkumoto() {
        DefectsAndReleases d = new DefectsAndReleases(
                TestScenarios.of(), new Streams(1).stream("defects")); // a = 200 latent, b = 1 per million hours
        assertEquals(0.0, d.expectedDiscovered(0));
        assertEquals(51.83635586365642, d.expectedDiscovered(0.3e6), 1e-12); // 200 (1 - exp(-0.3))
        assertEquals(126.42411176571153, d.expectedDiscovered(1e6), 1e-12); // 200 (1 - exp(-1))
        assertEquals(190.0425863264272, d.expectedDiscovered(3e6), 1e-12); // 200 (1 - exp(-3))
        assertEquals(200.0, d.expectedDiscovered(1e9), 1e-12);
    }

    @Test
    void discoveredDefectsAfterUsageFollowThePoissonLawWithTheGoelOkumotoMean() {
        Scenario s = TestScenarios.of();
        Stream chunks = new Streams(20261125L).stream("DefectDiscoveryTest.usage");
        long[][] found = new long[USAGE.length][REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            DefectsAndReleases d =
                    new DefectsAndReleases(s, new Streams(Streams.childSeed(20261125L, r)).stream("defects"));
            for (int level = 0; level < USAGE.length; level++) {
                while (d.usageHours() < USAGE[level]) {
                    d.usage(Math.min(USAGE[level] - d.usageHours(), 200 + 2000 * chunks.uniform()));
                }
                found[level][r] = Math.round(d.discovered());
                assertEquals(d.discovered(), d.activeDefects(), "no release has fixed anything yet");
            }
        }
        for (int level = 0; level < USAGE.length; level++) {
            double mean = s.system().latentDefects()
                    * (1 - Math.exp(-s.system().defectDiscoveryPerMillionUsageHours() * USAGE[level] / 1e6));
            long total = 0;
            for (long x : found[level]) {
                total += x;
            }
            PoissonDistribution sum =
                    new PoissonDistribution(new MersenneTwister(1), REPLICATIONS * mean, 1e-12, 10_000_000);
            double p = 2
                    * Math.min(sum.cumulativeProbability((int) total), 1 - sum.cumulativeProbability((int) total - 1));
            double sampleMean = (double) total / REPLICATIONS;
            assertTrue(
                    p > ALPHA,
                    String.format(
                            Locale.ROOT,
                            "after %.0f usage hours: mean discovered %.3f vs Goel-Okumoto %.3f; exact Poisson p = %.2e"
                                    + " <= alpha %s",
                            USAGE[level],
                            sampleMean,
                            mean,
                            p,
                            ALPHA));
            double ss = 0;
            for (long x : found[level]) {
                ss += (x - sampleMean) * (x - sampleMean);
            }
            double dispersion = ss / sampleMean; // chi-square with R - 1 degrees of freedom for Poisson counts
            ChiSquaredDistribution chi = new ChiSquaredDistribution(new MersenneTwister(1), REPLICATIONS - 1);
            double pd = 2 * Math.min(chi.cumulativeProbability(dispersion), 1 - chi.cumulativeProbability(dispersion));
            assertTrue(
                    pd > ALPHA,
                    String.format(
                            Locale.ROOT,
                            "after %.0f usage hours: variance/mean = %.3f, dispersion test p = %.2e <= alpha %s",
                            USAGE[level],
                            ss / (REPLICATIONS - 1) / sampleMean,
                            pd,
                            ALPHA));
        }
    }
}
