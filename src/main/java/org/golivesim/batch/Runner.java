package org.golivesim.batch;

import java.util.List;
import java.util.function.Consumer;

/**
 * Executes run specifications and hands their outcomes, in specification order, to a sink. The local thread pool is
 * one implementation; a distributed engine can be another, because a {@link RunSpec} carries everything a run needs.
 */
public interface Runner {
    /**
     * Runs every spec. A run that throws becomes a failed {@link RunOutcome}; the others go on.
     *
     * @param specs runs in plan order
     * @param sink receives outcomes in the same order, on the calling thread
     * @throws InterruptedException when the caller is interrupted
     */
    void run(List<RunSpec> specs, Consumer<RunOutcome> sink) throws InterruptedException;

    /** Runs one spec, turning any exception into a failed outcome. */
    static RunOutcome execute(RunSpec spec) {
        try {
            return new RunOutcome(spec, org.golivesim.engine.Engine.run(spec.scenario(), spec.seed()), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new RunOutcome(spec, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
