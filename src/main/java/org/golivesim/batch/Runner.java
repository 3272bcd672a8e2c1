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

    /**
     * Runs one spec, turning anything it throws, {@link Error}s included, into a failed outcome: one run that runs out
     * of memory or hits a bug is recorded as failed and the batch goes on.
     */
    static RunOutcome execute(RunSpec spec) {
        return execute(spec, org.golivesim.engine.Engine::run);
    }

    /** Runs one spec on the given engine (tests inject failures through it). */
    static RunOutcome execute(
            RunSpec spec,
            java.util.function.BiFunction<org.golivesim.scenario.Scenario, Long, org.golivesim.observe.RunResult>
                    engine) {
        try {
            return new RunOutcome(spec, engine.apply(spec.scenario(), spec.seed()), null);
        } catch (Throwable e) { // NOPMD: isolation of one run is the point
            return new RunOutcome(spec, null, describe(e));
        }
    }

    /**
     * A run's failure in one line: the exception's class and message; for running out of memory, how much heap this
     * JVM may use and how to give it more.
     */
    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            long maxMb = Runtime.getRuntime().maxMemory() >> 20;
            long suggest = Math.max(1024, Long.highestOneBit(Math.max(1, maxMb)) << 2);
            return "OutOfMemoryError: the run needed more than the " + maxMb + " MB of heap this JVM may use ("
                    + e.getMessage() + "); give it more, e.g. GOLIVE_JAVA_OPTS=-Xmx" + suggest + "m, or fewer"
                    + " --threads";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
