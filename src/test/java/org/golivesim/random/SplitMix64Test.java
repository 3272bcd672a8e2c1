package org.golivesim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Keyed streams moved from {@link SplittableRandom} to {@link SplitMix64} without changing one draw: for many seeds,
 * every method the model's variates use gives the same values, interleaved as the variates interleave them.
 */
class SplitMix64Test {
    private static final int SEEDS = 2_000;
    private static final int DRAWS = 50;

    @Test
    void drawsWhatSplittableRandomDrawsFromTheSameSeed() {
        SplittableRandom seeds = new SplittableRandom(20261208L);
        for (int s = 0; s < SEEDS; s++) {
            long seed = s < 3 ? s - 1 : seeds.nextLong();
            SplittableRandom expected = new SplittableRandom(seed);
            SplitMix64 actual = new SplitMix64(seed);
            for (int i = 0; i < DRAWS; i++) {
                String at = "seed " + seed + ", draw " + i;
                switch (i % 6) {
                    case 0 -> assertEquals(expected.nextDouble(), actual.nextDouble(), at);
                    case 1 -> assertEquals(expected.nextLong(), actual.nextLong(), at);
                    case 2 -> assertEquals(expected.nextInt(), actual.nextInt(), at);
                    case 3 -> assertEquals(expected.nextInt(1 + i * 7), actual.nextInt(1 + i * 7), at);
                    case 4 -> assertEquals(expected.nextGaussian(), actual.nextGaussian(), at);
                    default -> assertEquals(expected.nextBoolean(), actual.nextBoolean(), at);
                }
            }
        }
    }

    @Test
    void keyedStreamsDrawTheirVariatesAsBefore() {
        Streams.Family family = new Streams(20261125L).family("clinician.shift");
        for (int k = 0; k < SEEDS; k++) {
            Stream keyed = family.keyed(k, k * 3L);
            long seed = Streams.mix(Streams.streamSeed(20261125L, "clinician.shift")
                    ^ Streams.mix(k * 0x9E3779B97F4A7C15L + Streams.mix(k * 3L)));
            Stream reference = new Stream("reference", new SplittableRandom(seed));
            for (int i = 0; i < DRAWS / 5; i++) {
                assertEquals(reference.poisson(0.4), keyed.poisson(0.4), "poisson, key " + k);
                assertEquals(reference.uniform(), keyed.uniform(), "uniform, key " + k);
                assertEquals(reference.binomial(12, 0.3), keyed.binomial(12, 0.3), "binomial, key " + k);
                assertEquals(reference.lognormalMean(2, 0.5), keyed.lognormalMean(2, 0.5), "lognormal, key " + k);
                assertEquals(reference.nextInt(17), keyed.nextInt(17), "nextInt, key " + k);
                assertEquals(reference.exponential(3), keyed.exponential(3), "exponential, key " + k);
            }
        }
    }
}
