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
        return new Stream(name, new MersenneTwisterFast(new int[] {(int) (s >>> 32), (int) s, 0x9E3779B9}));
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
