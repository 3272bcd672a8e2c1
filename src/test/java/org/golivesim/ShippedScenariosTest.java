package org.golivesim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.golivesim.batch.Plan;
import org.golivesim.batch.Planner;
import org.golivesim.batch.RunSpec;
import org.golivesim.engine.Engine;
import org.golivesim.observe.RunResult;
import org.golivesim.scenario.Arm;
import org.golivesim.scenario.ParamInfo;
import org.golivesim.scenario.ScenarioLoader;
import org.golivesim.scenario.ScenarioSchema;
import org.golivesim.scenario.SweepSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Smoke test of every file in {@code scenarios/}: it loads and validates; a scenario runs (shortened to one month); a
 * sweep plans the number of runs its design, strategies and replications imply, and every planned run carries its
 * point's values.
 */
class ShippedScenariosTest {
    private static final Path SCENARIOS = Path.of("scenarios");
    private static final List<String> SHORT = List.of("horizonMonths=1", "replications=1");

    static Stream<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreShippedScenarios() throws IOException {
        assertTrue(files().count() >= 6, "scenarios/ should hold the shipped scenario files");
    }

    @ParameterizedTest
    @MethodSource("files")
    void loadsValidatesAndRuns(Path file) {
        ScenarioLoader.Loaded full = ScenarioLoader.load(file, List.of());
        assertFalse(full.scenario().name().isBlank(), file + " should name its scenario");
        ScenarioLoader.Loaded loaded = ScenarioLoader.load(file, SHORT);
        assertEquals(1, loaded.scenario().horizonMonths());
        if (loaded.sweep() != null) {
            checkPlan(full, full.scenario().replications());
            checkPlan(loaded, 1);
            return;
        }
        RunResult r = Engine.run(loaded.scenario(), loaded.scenario().seed());
        assertEquals(loaded.scenario().horizonDays(), r.summary("days_after_go_live"));
        assertEquals(-loaded.scenario().preGoLiveDays(), r.firstDay());
        assertTrue(r.summary("tasks") > 0, file + ": clinicians did no work");
        double availability = r.summary("availability");
        assertTrue(availability > 0 && availability <= 1, file + ": availability " + availability);
        assertTrue(r.summary("cost_total_usd") > 0, file + ": nothing was costed");
    }

    private static void checkPlan(ScenarioLoader.Loaded loaded, int replications) {
        SweepSpec sweep = loaded.sweep();
        int points = 1;
        if (sweep.design() == SweepSpec.Design.FACTORIAL) {
            for (SweepSpec.Dimension d : sweep.parameters()) {
                points *= d.values().size();
            }
        } else if (sweep.design() == SweepSpec.Design.MORRIS) {
            points = sweep.samples() * (sweep.parameters().size() + 1); // trajectories x (k + 1)
        } else if (sweep.design() == SweepSpec.Design.SOBOL) {
            points = sweep.samples() * (sweep.parameters().size() + 2); // Saltelli: N (k + 2)
        } else {
            points = sweep.samples();
        }
        int strategies = sweep.compareDedicatedTeam() ? 2 : 1;
        Plan plan = Planner.plan(loaded, replications);
        assertEquals(points, plan.points().size());
        assertEquals(points * strategies * replications, plan.runs().size());
        for (RunSpec spec : plan.runs()) {
            Map<String, String> values = ScenarioSchema.values(spec.scenario());
            plan.points().get(spec.pointId()).values().forEach((key, text) -> {
                ParamInfo p = ScenarioSchema.find(key);
                assertEquals(ScenarioSchema.parse(p, text), ScenarioSchema.parse(p, values.get(key)), key);
            });
            boolean team = spec.arm().equals(Arm.DEDICATED_TEAM)
                    || loaded.scenario().dedicatedTeam().enabled();
            assertEquals(team, spec.scenario().dedicatedTeam().enabled(), "run " + spec.runId());
            assertEquals(Planner.replicationSeed(loaded.scenario().seed(), spec.replication()), spec.seed());
        }
    }
}
