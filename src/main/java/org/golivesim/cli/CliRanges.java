package org.golivesim.cli;

import org.golivesim.batch.BatchException;
import org.golivesim.scenario.ParamInfo;
import org.golivesim.scenario.ScenarioSchema;

/**
 * Ranges of command-line values: the same as the scenario file's for values a file can also give (replications),
 * and the tool's own for the rest (threads). A value out of range is bad input naming the flag and what is allowed.
 */
final class CliRanges {
    /** Most worker threads: beyond this a machine's cores are long exhausted and each thread only costs memory. */
    static final int MAX_THREADS = 512;

    private CliRanges() {}

    /** Worker threads: the given count in [1, {@value #MAX_THREADS}], or all cores when not given. */
    static int threads(Integer given) {
        if (given == null) {
            return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
        }
        if (given < 1 || given > MAX_THREADS) {
            throw new BatchException(
                    "--threads " + given + " is out of range; allowed: an integer in [1, " + MAX_THREADS + "]");
        }
        return given;
    }

    /**
     * A replication count from a flag, checked against the file key {@code replications}'s range.
     *
     * @return the value, or null when not given
     */
    static Integer replications(String flag, Integer given) {
        if (given == null) {
            return null;
        }
        ParamInfo p = ScenarioSchema.find("replications");
        if (given < p.min() || given > p.max()) {
            throw new BatchException(flag + " " + given + " is out of range; allowed: " + p.allowedText()
                    + " (as for the file key replications)");
        }
        return given;
    }
}
