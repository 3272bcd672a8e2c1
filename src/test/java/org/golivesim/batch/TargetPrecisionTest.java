package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.golivesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --target-precision adds replications to every point and strategy until the target is met or the cap is reached. */
class TargetPrecisionTest {
    @TempDir
    Path dir;

    private Batch.Outcome run(double target, int cap) throws Exception {
        ScenarioLoader.Loaded loaded = TinyBatches.load(dir, TinyBatches.sweepYaml(1, 2));
        Path out = dir.resolve("out-" + target);
        Batch.Options o =
                new Batch.Options(out, 2, false, false, null, target, List.of("errors_per_1000_tasks"), cap, "test");
        return Batch.run(loaded, o, new LocalPoolRunner(2), TinyBatches.quiet());
    }

    @Test
    void anUnreachableTargetRunsUpToTheCapForEveryPointAndStrategy() throws Exception {
        Batch.Outcome o = run(1e-6, 4);
        int cells = o.plan().points().size() * o.plan().experiment().arms().size();
        assertEquals(4, o.replications());
        assertEquals(cells * 4, o.completed());
        long rows = Files.readAllLines(dir.resolve("out-1.0E-6").resolve("runs.csv"))
                        .size()
                - 1;
        assertEquals(cells * 4, rows);
    }

    @Test
    void aLooseTargetKeepsTheInitialReplications() throws Exception {
        Batch.Outcome o = run(0.99, 10);
        assertEquals(2, o.replications());
        assertEquals(o.plan().runs().size(), o.completed());
    }
}
