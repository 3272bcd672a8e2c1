package org.golivesim.batch;

import java.nio.file.Path;
import java.util.List;
import org.golivesim.scenario.ScenarioLoader;

/**
 * A batch in its own process, for {@code BatchKillTest} to kill: {@code KillableBatch SCENARIO_FILE RESULTS_DIR} runs
 * every run of the file on one thread into the directory, as {@code golive batch --threads 1 --no-report} would.
 */
public final class KillableBatch {
    private KillableBatch() {}

    public static void main(String[] args) throws Exception {
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(Path.of(args[0]), List.of());
        Batch.run(loaded, TinyBatches.options(Path.of(args[1]), 1, false, false), new LocalPoolRunner(1), System.err);
    }
}
