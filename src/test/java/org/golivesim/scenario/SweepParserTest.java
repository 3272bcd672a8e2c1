package org.golivesim.scenario;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.golivesim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code sweep:} section: what it accepts and how it reports what it does not. */
class SweepParserTest {
    @TempDir
    Path dir;

    private ScenarioException fails(String sweep) {
        return assertThrows(ScenarioException.class, () -> TestScenarios.load(dir, "name: s\nsweep:\n" + sweep));
    }

    private static List<String> keys(ScenarioException e) {
        return e.problems().stream().map(ScenarioException.Problem::key).toList();
    }

    @Test
    void aFactorialSweepListsItsValuesInFileOrder() {
        SweepSpec s = TestScenarios.load(
                        dir,
                        "sweep:\n  compareDedicatedTeam: false\n  parameters:\n"
                                + "    support.helpDeskAnalysts: [10, 20, 30]\n    vendor.slaTier: [silver, gold]\n")
                .sweep();
        assertAll(
                () -> assertEquals(SweepSpec.Design.FACTORIAL, s.design()),
                () -> assertEquals(false, s.compareDedicatedTeam()),
                () -> assertEquals(2, s.parameters().size()),
                () -> assertEquals(
                        "support.helpDeskAnalysts", s.parameters().get(0).key()),
                () -> assertEquals(
                        List.of("10", "20", "30"), s.parameters().get(0).values()),
                () -> assertEquals(
                        List.of("silver", "gold"), s.parameters().get(1).values()));
    }

    @Test
    void aLatinHypercubeTakesRanges() {
        SweepSpec s = TestScenarios.load(
                        dir,
                        "sweep:\n  design: latin-hypercube\n  samples: 8\n  designSeed: 5\n  parameters:\n"
                                + "    training.nurseHours: {min: 4, max: 24}\n")
                .sweep();
        SweepSpec.Dimension d = s.parameters().get(0);
        assertAll(
                () -> assertEquals(SweepSpec.Design.LATIN_HYPERCUBE, s.design()),
                () -> assertEquals(8, s.samples()),
                () -> assertEquals(5, s.designSeed()),
                () -> assertTrue(d.isRange()),
                () -> assertEquals(4.0, d.min()),
                () -> assertEquals(24.0, d.max()),
                () -> assertTrue(s.compareDedicatedTeam(), "strategies are compared unless switched off"));
    }

    @Test
    void aRangeInAFactorialDesignIsAnError() {
        ScenarioException e =
                fails("  design: factorial\n  parameters:\n    support.helpDeskAnalysts: {min: 1, max: 5}\n");
        assertEquals(List.of("sweep.parameters.support.helpDeskAnalysts"), keys(e));
        assertTrue(e.getMessage().contains("design: latin-hypercube"), e.getMessage());
    }

    @Test
    void anUnknownSweepKeyIsAnErrorListingTheAllowedKeys() {
        ScenarioException e = fails("  desing: factorial\n  parameters:\n    support.helpDeskAnalysts: [1]\n");
        assertEquals(List.of("sweep.desing"), keys(e));
        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("[design, samples, designSeed, compareDedicatedTeam, parameters, outputs]"));
    }

    @Test
    void anUnknownSweptParameterGetsASuggestion() {
        ScenarioException e = fails("  parameters:\n    training.nurseHorus: [1, 2]\n");
        assertEquals(List.of("training.nurseHorus"), keys(e));
        assertTrue(e.getMessage().contains("did you mean 'training.nurseHours'?"), e.getMessage());
    }

    @Test
    void everyProblemInTheSweepIsReportedTogether() {
        ScenarioException e = fails(String.join(
                "\n",
                "  design: grid", // not a design
                "  samples: none", // not a number
                "  compareDedicatedTeam: maybe", // not a boolean
                "  parameters:",
                "    training.physicianHours: [1, 300]", // 300 out of range
                "    training.nurseHours: {min: 30, max: 10}", // min above max
                "    training.alliedHours: {low: 1, high: 2}", // not min/max
                "    vendor.slaTier: {min: 1, max: 2}", // a range of words
                ""));
        assertEquals(
                List.of(
                        "sweep.design",
                        "sweep.samples",
                        "sweep.compareDedicatedTeam",
                        "training.physicianHours",
                        "training.nurseHours",
                        "training.alliedHours",
                        "vendor.slaTier"),
                keys(e));
        assertTrue(e.getMessage().startsWith("7 problems"), e.getMessage());
        assertTrue(e.getMessage().contains("value 300 is out of range"), e.getMessage());
        assertTrue(e.getMessage().contains("range min 30.0 exceeds max 10.0"), e.getMessage());
    }

    @Test
    void aLatinHypercubeNeedsAtLeastTwoSamples() {
        ScenarioException e =
                fails("  design: latin-hypercube\n  parameters:\n    training.nurseHours: {min: 1, max: 2}\n");
        assertEquals(List.of("sweep.samples"), keys(e));
    }

    @Test
    void aSweepNeedsAParameter() {
        ScenarioException e = fails("  design: factorial\n");
        assertEquals(List.of("sweep.parameters"), keys(e));
    }

    @Test
    void aSweepSectionMustBeAMapping() {
        ScenarioException e = fails("  - design\n");
        assertEquals(List.of("sweep"), keys(e));
    }

    @Test
    void onlyTheOutermostFilesSweepCounts() {
        TestScenarios.write(dir, "parent.yaml", "sweep:\n  parameters:\n    support.helpDeskAnalysts: [1, 2]\n");
        assertEquals(null, TestScenarios.load(dir, "extends: parent.yaml\n").sweep());
    }
}
