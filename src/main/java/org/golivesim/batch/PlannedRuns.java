package org.golivesim.batch;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.golivesim.scenario.Scenario;

/**
 * The runs of a plan in plan order (point, then arm, then replication), made on demand from one scenario per point
 * and arm: a plan of millions of runs holds only its points' scenarios, never a {@link RunSpec} per run.
 */
final class PlannedRuns extends AbstractList<RunSpec> implements RandomAccess, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Scenario[][] scenarios;
    private final String[] arms;
    private final long[] seeds;
    private final int replications;
    private final int size;

    /**
     * @param scenarios the resolved scenario of each point (first index) and arm (second index)
     * @param arms arm names in the experiment's order
     * @param replications replications per point and arm
     * @param masterSeed the scenario's seed
     */
    PlannedRuns(Scenario[][] scenarios, List<String> arms, int replications, long masterSeed) {
        this.scenarios = scenarios;
        this.arms = arms.toArray(new String[0]);
        this.replications = replications;
        this.seeds = new long[replications];
        for (int r = 0; r < replications; r++) {
            seeds[r] = Planner.replicationSeed(masterSeed, r);
        }
        this.size = Math.toIntExact((long) scenarios.length * this.arms.length * replications);
    }

    @Override
    public RunSpec get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("run " + index + " of " + size);
        }
        int perPoint = arms.length * replications;
        int point = index / perPoint;
        int arm = (index % perPoint) / replications;
        int replication = index % replications;
        return new RunSpec(index, point, arms[arm], replication, seeds[replication], scenarios[point][arm]);
    }

    @Override
    public int size() {
        return size;
    }
}
