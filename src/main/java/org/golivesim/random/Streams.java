package org.golivesim.random;

import ec.util.MersenneTwisterFast;
import java.nio.charset.StandardCharsets;

/**
 * The named random streams of one run. A stream's seed is derived from the run's seed and the stream's name alone
 * (SplitMix64 over the run seed and a 64-bit FNV-1a hash of the name), so adding a stream never shifts another, and
 * two strategies run with the same run seed draw the same numbers from every stream whose mechanism they share
 * (common random numbers). The scheduler's own generator is separate and never used by the model.
 */
public final class Streams {
    private final long runSeed;

    /** @param runSeed the seed of this run (derived by the batch planner from the master seed and replication) */
    public Streams(long runSeed) {
        this.runSeed = runSeed;
    }

    /** The run seed these streams derive from. */
    public long runSeed() {
        return runSeed;
    }

    /**
     * A new generator for the named stream. Asking twice for one name gives two generators with the same sequence,
     * so each component asks once and keeps its stream.
     *
     * @param name a stable name such as {@code "outages"} or {@code "clinician.issues"}
     * @return the stream
     */
    public Stream stream(String name) {
        long s = streamSeed(runSeed, name);
        return new Stream(name, new MersenneTwisterGenerator(new MersenneTwisterFast(new int[] {
            (int) (s >>> 32), (int) s, 0x9E3779B9
        })));
    }

    /**
     * A short stream for one entity at one moment, e.g. one clinician's draws in one shift or one ticket's draws at
     * the help desk: SplitMix64 (the draws of {@link java.util.SplittableRandom}) seeded from the run seed, the name and the keys.
     * Keyed streams give strong common random numbers: an entity draws the same numbers in two strategies however
     * differently the rest of the model has moved.
     *
     * @param name stream family, e.g. {@code "clinician.shift"}
     * @param key1 first key (an entity id)
     * @param key2 second key (a time index or sequence number)
     * @return a fresh stream
     */
    public Stream keyed(String name, long key1, long key2) {
        return family(name).keyed(key1, key2);
    }

    /**
     * A family of keyed streams with its seed derived once: {@code family(name).keyed(k1, k2)} is
     * {@code keyed(name, k1, k2)} without hashing the name at every call (components that draw a keyed stream per
     * entity and shift keep their family).
     *
     * @param name stream family, e.g. {@code "clinician.shift"}
     * @return the family
     */
    public Family family(String name) {
        return new Family(name, streamSeed(runSeed, name));
    }

    /** Keyed streams of one family: see {@link #keyed}. */
    public static final class Family {
        private final String name;
        private final long seed;

        private Family(String name, long seed) {
            this.name = name;
            this.seed = seed;
        }

        /** The stream of this family for the keys: see {@link Streams#keyed}. */
        public Stream keyed(long key1, long key2) {
            return new Stream(name, new SplitMix64(seedOf(key1, key2)));
        }

        /**
         * A cursor over this family's streams: one stream moved from key to key in place, for loops that draw one
         * entity's keyed stream after another (every clinician on a shift, twice a shift) without allocating a stream
         * for each.
         */
        public Cursor cursor() {
            return new Cursor(this);
        }

        private long seedOf(long key1, long key2) {
            return seedWithMixedKey2(key1, mix(key2));
        }

        /** {@link #seedOf(long, long)} with {@code mix(key2)} given (a cursor keeps it while the second key stays). */
        private long seedWithMixedKey2(long key1, long mixedKey2) {
            return mix(seed ^ mix(key1 * 0x9E3779B97F4A7C15L + mixedKey2));
        }
    }

    /**
     * One keyed stream of a family that {@link #at} moves to other keys. The stream it returns draws exactly what
     * {@link Family#keyed} gives for the same keys, until the cursor moves again: use it at once and never keep it.
     */
    public static final class Cursor {
        private final Family family;
        private final SplitMix64 generator = new SplitMix64(0);
        private final Stream stream;
        private long key2 = 0;
        private long mixedKey2 = mix(0);

        private Cursor(Family family) {
            this.family = family;
            this.stream = new Stream(family.name, generator);
        }

        /**
         * The family's stream for the keys, from its first draw (the stream returned for the previous keys is moved).
         *
         * @param key1 first key (an entity id)
         * @param key2 second key (a time index or sequence number)
         * @return the cursor's stream, now at these keys
         */
        public Stream at(long key1, long key2) {
            if (key2 != this.key2) {
                // the second key (a time index) is shared by a whole loop over entities: mixed once
                this.key2 = key2;
                this.mixedKey2 = mix(key2);
            }
            generator.reseed(family.seedWithMixedKey2(key1, mixedKey2));
            return stream;
        }
    }

    /** MASON's Mersenne Twister as a {@link java.util.random.RandomGenerator}. */
    private record MersenneTwisterGenerator(MersenneTwisterFast mt) implements java.util.random.RandomGenerator {
        @Override
        public long nextLong() {
            return mt.nextLong();
        }

        @Override
        public double nextDouble() {
            return mt.nextDouble();
        }

        @Override
        public int nextInt(int bound) {
            return mt.nextInt(bound);
        }

        @Override
        public double nextGaussian() {
            return mt.nextGaussian();
        }
    }

    /** The 64-bit seed of a named stream of a run. */
    public static long streamSeed(long runSeed, String name) {
        return mix(runSeed ^ mix(fnv1a(name)));
    }

    /**
     * Derives a child seed, e.g. a replication's seed from the master seed: {@code mix(parent + golden * (index+1))}.
     *
     * @param parent the parent seed
     * @param index the child's index (replication number, design sample)
     * @return the child seed
     */
    public static long childSeed(long parent, long index) {
        return mix(parent + 0x9E3779B97F4A7C15L * (index + 1));
    }

    /** SplitMix64 finalizer: a bijective 64-bit mix with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long fnv1a(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
