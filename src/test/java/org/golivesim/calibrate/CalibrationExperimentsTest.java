package org.golivesim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.golivesim.TestScenarios;
import org.golivesim.batch.LocalPoolRunner;
import org.golivesim.batch.Planner;
import org.golivesim.engine.Engine;
import org.golivesim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration's experiments run as arms of one experiment on the batch executor: each replication of each arm is the
 * run a batch would make of that arm (same scenario, same replication seed), so calibration measures exactly what
 * batches and reports show, with common random numbers across its experiments.
 */
class CalibrationExperimentsTest {

    @Test
    void eachExperimentReplicationIsTheRunABatchWouldMake(@TempDir Path dir) throws Exception {
        List<String> sets = new ArrayList<>(List.of(TestScenarios.smallHospital(60)));
        sets.add("horizonMonths=2");
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(TestScenarios.write(dir, "s.yaml", "seed: 5\n"), sets);
        var experiments = new LinkedHashSet<>(List.of("baseline", "team", "training4"));

        Map<String, List<Map<String, Double>>> data =
                Calibration.simulate(loaded, experiments, 2, new LocalPoolRunner(2));

        assertEquals(List.copyOf(experiments), List.copyOf(data.keySet()));
        for (String e : experiments) {
            assertEquals(2, data.get(e).size(), e);
            for (int r = 0; r < 2; r++) {
                var direct = Engine.run(
                        loaded.with(Calibration.overrides(e), "test").scenario(),
                        Planner.replicationSeed(loaded.scenario().seed(), r));
                assertEquals(direct.summary(), data.get(e).get(r), e + " replication " + r);
            }
        }
        assertNotEquals(
                data.get("baseline").get(0).get("errors_per_1000_tasks"),
                data.get("team").get(0).get("errors_per_1000_tasks"),
                "the arms really differ");
    }
}
