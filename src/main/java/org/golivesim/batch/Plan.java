package org.golivesim.batch;

import java.util.List;
import java.util.Map;
import org.golivesim.scenario.Experiment;

/**
 * A batch's runs: its scenario points and, for each point, each arm and each replication, one {@link RunSpec}, in
 * point-major order (point, then arm in the experiment's order, then replication). The order is part of the output contract: files are
 * written in it, so the same plan gives the same bytes.
 *
 * @param points scenario points with the values their varied parameters take
 * @param runs run specifications in plan order
 * @param varied keys of the varied parameters, in file order
 * @param experiment the arms each point runs, and the reference arm
 * @param replications replications per point and arm
 * @param masterSeed the scenario's seed
 * @param design design name for the manifest
 */
public record Plan(
        List<Point> points,
        List<RunSpec> runs,
        List<String> varied,
        Experiment experiment,
        int replications,
        long masterSeed,
        String design) {

    /** How run seeds are derived, in words for the manifest. */
    public static final String SEED_SCHEME =
            "run seed = SplitMix64(master seed + 0x9E3779B97F4A7C15 * (replication + 1));"
                    + " every arm and every point share a replication's seed (common random numbers); each named stream's"
                    + " seed = SplitMix64(run seed XOR SplitMix64(FNV-1a-64(stream name)))";

    /**
     * One scenario point.
     *
     * @param pointId from 0
     * @param label the varied values in words, e.g. {@code training.physicianHours=4}
     * @param values varied parameter key to value text
     * @param budgetNotes what the point's budgets bought, in words (empty when it sets no budget)
     */
    public record Point(int pointId, String label, Map<String, String> values, List<String> budgetNotes)
            implements java.io.Serializable {}

    public Plan {
        points = List.copyOf(points);
        runs = runs instanceof PlannedRuns ? runs : List.copyOf(runs); // planned runs are made on demand
        varied = List.copyOf(varied);
    }
}
