package org.golivesim.random;

import java.util.random.RandomGenerator;

/**
 * The generator of keyed streams: SplitMix64 exactly as {@link java.util.SplittableRandom#SplittableRandom(long)}
 * draws it (the same {@code nextLong} and {@code nextInt}, so the same values from every method the two inherit from
 * {@link RandomGenerator}), in one small object. {@code SplittableRandom} carries a splitting proxy besides itself,
 * and the model makes two keyed streams per clinician and shift; {@code SplitMix64Test} checks the two agree draw for
 * draw.
 */
final class SplitMix64 implements RandomGenerator {
    /** {@code SplittableRandom}'s gamma for a generator made from a seed (the odd integer nearest 2^64 / phi). */
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long seed;

    /** @param seed the initial state, as given to {@code new SplittableRandom(seed)} */
    SplitMix64(long seed) {
        this.seed = seed;
    }

    /** Starts again from a new initial state (a {@link Streams.Cursor} moving to other keys). */
    void reseed(long seed) {
        this.seed = seed;
    }

    @Override
    public long nextLong() {
        return Streams.mix(nextSeed());
    }

    @Override
    public int nextInt() {
        long z = nextSeed();
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }

    private long nextSeed() {
        return seed += GOLDEN_GAMMA;
    }
}
