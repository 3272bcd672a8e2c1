package org.golivesim.batch;

import java.nio.file.Path;
import java.util.List;
import org.golivesim.scenario.ScenarioLoader;

/**
 * A batch in its own process, for {@code BatchKillTest} and {@code FaultInjectionTest} to kill: {@code KillableBatch
 * SCENARIO_FILE RESULTS_DIR} runs every run of the file on one thread into the directory, as {@code golive batch
 * --threads 1 --no-report} would. With {@code -Dgolive.test.slowRunMillis=N} each run first sleeps N ms, so that
 * other writers can be tried while it works.
 */
public final class KillableBatch {
    private KillableBatch() {}

    public static void main(String[] args) throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(Path.of(args[0]), List.of());
        long slow = Long.getLong("golive.test.slowRunMillis", 0L);
        LocalPoolRunner runner = new LocalPoolRunner(1, (scenario, seed) -> {
            if (slow > 0) {
                try {
                    Thread.sleep(slow);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return org.golivesim.engine.Engine.run(scenario, seed);
        });
        Batch.run(loaded, TinyBatches.options(Path.of(args[1]), 1, false, false), runner, System.err);
    }
}
