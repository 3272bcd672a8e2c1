package org.golivesim.observe;

import java.util.Arrays;

/**
 * The running tally of one simulated day, written by the model's components as things happen and read by
 * {@link DailyRecorder} at the day's end (the last schedule ordering), which then clears it. Each counter is a
 * {@link Tally}: mechanisms add to it ({@link #add}), the metric catalogue reads it ({@link #get}).
 */
public final class DayLedger {
    private final double[] counts = new double[Tally.values().length];

    /**
     * Adds to a counter.
     *
     * @param tally the counter
     * @param amount what to add, in the counter's unit (negative for a refund, e.g. a service credit)
     */
    public void add(Tally tally, double amount) {
        counts[tally.ordinal()] += amount;
    }

    /**
     * Adds one to a counter (one event).
     *
     * @param tally the counter
     */
    public void count(Tally tally) {
        counts[tally.ordinal()]++;
    }

    /**
     * Reads a counter.
     *
     * @param tally the counter
     * @return its value so far today
     */
    public double get(Tally tally) {
        return counts[tally.ordinal()];
    }

    /** Clears every counter for the next day. */
    public void clear() {
        Arrays.fill(counts, 0.0);
    }
}
