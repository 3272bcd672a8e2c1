package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.golivesim.TestScenarios;
import org.golivesim.scenario.Scenario;
import org.golivesim.scenario.ScenarioException;
import org.golivesim.scenario.ScenarioLoader;
import org.golivesim.scenario.ScenarioSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Turning sweep files into run specifications. */
class PlannerTest {
    @TempDir
    Path dir;

    private ScenarioLoader.Loaded sweep(String sweep) {
        return TestScenarios.load(dir, "seed: 42\nsweep:\n" + sweep);
    }

    @Test
    void aScenarioWithoutASweepIsOnePointAsGiven() {
        Plan plan = Planner.plan(TestScenarios.load(dir, "seed: 42\n"), 3);
        assertEquals(1, plan.points().size());
        assertEquals(List.of(Strategy.AS_GIVEN), plan.strategies());
        assertEquals(3, plan.runs().size());
        assertEquals("single", plan.design());
        assertEquals(42, plan.masterSeed());
        for (RunSpec s : plan.runs()) {
            assertEquals(s.replication(), s.runId());
            assertEquals(Planner.replicationSeed(42, s.replication()), s.seed());
        }
    }

    @Test
    void withoutTheComparisonEachPointRunsAsGivenOnly() {
        Plan plan = Planner.plan(
                sweep("  compareDedicatedTeam: false\n  parameters:\n    support.helpDeskAnalysts: [5, 10, 15]\n"), 2);
        assertEquals(6, plan.runs().size());
        assertEquals(List.of(Strategy.AS_GIVEN), plan.strategies());
        assertEquals("support.helpDeskAnalysts=10", plan.points().get(1).label());
        assertEquals(10, plan.runs().get(2).scenario().support().helpDeskAnalysts());
    }

    @Test
    void theDedicatedTeamArmDiffersOnlyInTheTeamSwitch() {
        Plan plan = Planner.plan(sweep("  parameters:\n    support.helpDeskAnalysts: [5]\n"), 1);
        RunSpec asGiven = plan.runs().get(0);
        RunSpec team = plan.runs().get(1);
        assertEquals(Strategy.DEDICATED_TEAM, team.strategy());
        assertEquals(asGiven.seed(), team.seed(), "both arms share the replication's seed");
        assertTrue(team.scenario().dedicatedTeam().enabled());
        assertEquals(asGiven.scenario(), withTeamSwitchedOff(team.scenario()), "nothing else differs between the arms");
    }

    @Test
    void aLatinHypercubeGivesItsSamplesWithWholeNumbersForIntegerKeysAndIsReproducible() {
        String lhs = "  design: latin-hypercube\n  samples: 6\n  designSeed: 9\n  parameters:\n"
                + "    support.helpDeskAnalysts: {min: 5, max: 30}\n    training.nurseHours: {min: 4, max: 24}\n";
        Plan plan = Planner.plan(sweep(lhs), 1);
        assertEquals(6, plan.points().size());
        assertEquals("latin-hypercube", plan.design());
        for (Plan.Point p : plan.points()) {
            String analysts = p.values().get("support.helpDeskAnalysts");
            assertTrue(analysts.matches("\\d+"), analysts);
            int a = Integer.parseInt(analysts);
            assertTrue(a >= 5 && a <= 30, analysts);
            double h = Double.parseDouble(p.values().get("training.nurseHours"));
            assertTrue(h >= 4 && h <= 24, p.values().toString());
        }
        assertEquals(plan.points(), Planner.plan(sweep(lhs), 1).points());
    }

    @Test
    void aPointThatMakesAnInvalidScenarioIsNamed() {
        ScenarioLoader.Loaded loaded = TestScenarios.load(
                dir,
                "budget:\n  helpDeskUsdPerYear: 1000000\nsweep:\n  parameters:\n    support.helpDeskAnalysts: [5, 10]\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Planner.plan(loaded, 1));
        assertTrue(e.getMessage().contains("sweep point 0"), e.getMessage());
        assertTrue(e.getMessage().contains("budget.helpDeskUsdPerYear"), e.getMessage());
    }

    @Test
    void strategiesAreFoundByTheirLabels() {
        assertEquals(Strategy.DEDICATED_TEAM, Strategy.byLabel("dedicated-team"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Strategy.byLabel("team"));
        assertTrue(e.getMessage().contains("'team'") && e.getMessage().contains("as-given, dedicated-team"));
    }

    /** The same scenario with the team switched off, rebuilt from its values as a sweep point is. */
    private static Scenario withTeamSwitchedOff(Scenario s) {
        Map<String, String> values = new LinkedHashMap<>(ScenarioSchema.values(s));
        values.put("dedicatedTeam.enabled", "false");
        String[] overrides = values.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return TestScenarios.of(overrides);
    }
}
