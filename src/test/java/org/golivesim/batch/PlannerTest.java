package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.golivesim.TestScenarios;
import org.golivesim.scenario.Arm;
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
        assertEquals(List.of(Arm.AS_GIVEN), plan.experiment().names());
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
        assertEquals(List.of(Arm.AS_GIVEN), plan.experiment().names());
        assertEquals("support.helpDeskAnalysts=10", plan.points().get(1).label());
        assertEquals(10, plan.runs().get(2).scenario().support().helpDeskAnalysts());
    }

    @Test
    void theDedicatedTeamArmDiffersOnlyInTheTeamSwitch() {
        Plan plan = Planner.plan(sweep("  parameters:\n    support.helpDeskAnalysts: [5]\n"), 1);
        RunSpec asGiven = plan.runs().get(0);
        RunSpec team = plan.runs().get(1);
        assertEquals(Arm.DEDICATED_TEAM, team.arm());
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
    void namedArmsRunAtEveryPointInFileOrderWithTheReplicationSeed() throws IOException {
        Files.writeString(dir.resolve("lean.yaml"), "support:\n  helpDeskAnalysts: 6\n");
        ScenarioLoader.Loaded loaded = TestScenarios.load(
                dir,
                "seed: 42\nsweep:\n  parameters:\n    training.nurseHours: [4, 8]\n"
                        + "compare:\n  reference: base\n  arms:\n    base: {}\n"
                        + "    team: { dedicatedTeam: { enabled: true } }\n    lean: { file: lean.yaml }\n");
        Plan plan = Planner.plan(loaded, 2);
        assertEquals(List.of("base", "team", "lean"), plan.experiment().names());
        assertEquals("base", plan.experiment().reference());
        assertEquals(2 * 3 * 2, plan.runs().size());
        RunSpec base = plan.runs().get(6);
        RunSpec team = plan.runs().get(8);
        RunSpec lean = plan.runs().get(10);
        assertEquals(List.of(1, 1, 1), List.of(base.pointId(), team.pointId(), lean.pointId()));
        assertEquals(List.of("base", "team", "lean"), List.of(base.arm(), team.arm(), lean.arm()));
        assertEquals(base.seed(), lean.seed(), "every arm of a replication shares its seed");
        assertTrue(team.scenario().dedicatedTeam().enabled());
        assertEquals(6, lean.scenario().support().helpDeskAnalysts(), "the arm's own file applies");
        assertEquals(8.0, lean.scenario().training().nurseHours(), "the point's values apply to a file arm too");
        assertEquals(20, base.scenario().support().helpDeskAnalysts());
    }

    @Test
    void badArmDefinitionsNameTheArmTheKeyAndWhatIsAllowed() throws IOException {
        Files.writeString(dir.resolve("short.yaml"), "horizonMonths: 3\n");
        ScenarioException unknown = assertThrows(
                ScenarioException.class,
                () -> TestScenarios.load(
                        dir, "compare:\n  reference: a\n  arms:\n    a: {}\n    b: { support.helpDeskAnalyst: 3 }\n"));
        assertTrue(unknown.getMessage().contains("compare.arms.b"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("unknown key"), unknown.getMessage());
        ScenarioException missingFile = assertThrows(
                ScenarioException.class,
                () -> TestScenarios.load(
                        dir, "compare:\n  reference: a\n  arms:\n    a: {}\n    b: { file: nope.yaml }\n"));
        assertTrue(missingFile.getMessage().contains("'nope.yaml' not found"), missingFile.getMessage());
        ScenarioException duplicate = assertThrows(
                ScenarioException.class,
                () -> TestScenarios.load(dir, "compare:\n  reference: a\n  arms:\n    a: {}\n    a: {}\n"));
        assertTrue(duplicate.getMessage().contains("defined twice"), duplicate.getMessage());
        ScenarioException noReference = assertThrows(
                ScenarioException.class,
                () -> TestScenarios.load(dir, "compare:\n  reference: c\n  arms:\n    a: {}\n    b: {}\n"));
        assertTrue(
                noReference.getMessage().contains("'c' is not an arm; allowed: one of [a, b]"),
                noReference.getMessage());
        ScenarioException horizon = assertThrows(
                ScenarioException.class,
                () -> TestScenarios.load(
                        dir, "compare:\n  reference: a\n  arms:\n    a: {}\n    b: { file: short.yaml }\n"));
        assertTrue(horizon.getMessage().contains("horizonMonths is 3 but 12"), horizon.getMessage());
        ScenarioException both = assertThrows(
                ScenarioException.class,
                () -> TestScenarios.load(
                        dir,
                        "sweep:\n  compareDedicatedTeam: true\n  parameters:\n    support.helpDeskAnalysts: [5]\n"
                                + "compare:\n  reference: a\n  arms:\n    a: {}\n"));
        assertTrue(both.getMessage().contains("sweep.compareDedicatedTeam"), both.getMessage());
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

    @Test
    void aPlanOfMillionsOfRunsIsMadeOnDemandNotHeldInMemory() {
        ScenarioLoader.Loaded loaded = TestScenarios.load(
                dir,
                "seed: 42\nsweep:\n  design: factorial\n  compareDedicatedTeam: true\n  parameters:\n"
                        + "    support.helpDeskAnalysts: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13]\n");
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        Plan plan = Planner.plan(loaded, 100_000);
        System.gc();
        long held = rt.totalMemory() - rt.freeMemory() - before;
        assertEquals(2_000_000, plan.runs().size());
        assertEquals(2_000_000L, Planner.count(loaded, 100_000));
        // 2,000,000 RunSpec objects would take well over 60 MB
        assertTrue(held < 30_000_000L, "the plan holds " + held + " bytes");
        RunSpec s = plan.runs().get(1_234_567); // point 6, arm 0 (6*200000 = 1200000), replication 34567
        assertEquals(1_234_567, s.runId());
        assertEquals(6, s.pointId());
        assertEquals(Arm.AS_GIVEN, s.arm());
        assertEquals(34_567, s.replication());
        assertEquals(Planner.replicationSeed(42, 34_567), s.seed());
        assertEquals(10, s.scenario().support().helpDeskAnalysts());
        assertEquals("dedicated-team", plan.runs().get(1_334_567).arm());
        assertEquals(plan.runs().get(5), plan.runs().get(5), "made again on demand, the same value");
    }
}
