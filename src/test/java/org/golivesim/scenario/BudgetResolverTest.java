package org.golivesim.scenario;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.golivesim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Funding given as money: unit prices, what a budget buys, and conflicts with the natural-unit form. */
class BudgetResolverTest {
    @TempDir
    Path dir;

    /**
     * Default hospital and costs: 300 physicians x 6 h x (150 + 20) USD + 1500 nurses x 12 h x (55 + 20) USD + 700
     * allied x 8 h x (45 + 20) USD = 306,000 + 1,350,000 + 364,000.
     */
    @Test
    void trainingCostIsClinicianTimePlusTrainersForEveryRole() {
        assertEquals(2_020_000.0, BudgetResolver.trainingCost(ScenarioSchema.defaults()), 1e-6);
        assertEquals(
                10 * 2 * 170.0 + 20 * 3 * 75.0,
                BudgetResolver.trainingCost(TestScenarios.of(
                        "hospital.physicians=10",
                        "hospital.nurses=20",
                        "hospital.allied=0",
                        "training.physicianHours=2",
                        "training.nurseHours=3")),
                1e-9);
    }

    @ParameterizedTest(name = "{0} desk at {1}: {2} USD per FTE")
    @CsvSource({"vendor, silver, 55000", "vendor, gold, 71500", "vendor, bronze, 46750", "in-house, gold, 70000"})
    void deskAnalystPriceFollowsSourcingAndSlaTier(String sourcing, String tier, double price) {
        Scenario s = TestScenarios.of("sourcing.technicalSupport=" + sourcing, "vendor.slaTier=" + tier);
        assertEquals(price, BudgetResolver.deskAnalystPrice(s), 1e-9);
    }

    @ParameterizedTest(name = "{0} USD per year at a {1} desk buys {2} analysts")
    @CsvSource({
        "1000000, vendor, 18", // 1,000,000 / 55,000 = 18.18
        "1100000, vendor, 20", // exactly 20 FTEs: no round-off loss
        "54999, vendor, 0",
        "1000000, in-house, 14" // 1,000,000 / 70,000 = 14.29
    })
    void helpDeskBudgetBuysWholeAnalystsAtTheDeskPrice(String budget, String sourcing, int analysts) {
        ScenarioLoader.Loaded loaded = TestScenarios.load(
                dir,
                "budget:\n  helpDeskUsdPerYear: " + budget + "\nsourcing:\n  technicalSupport: " + sourcing + "\n");
        assertEquals(analysts, loaded.scenario().support().helpDeskAnalysts());
        assertEquals(1, loaded.notes().size());
        assertTrue(
                loaded.notes().get(0).contains("(support.helpDeskAnalysts = " + analysts + ")"),
                loaded.notes().get(0));
    }

    @Test
    void tier2AndTeamBudgetsBuyAnalystsAndMembers() {
        ScenarioLoader.Loaded loaded =
                TestScenarios.load(dir, "budget:\n  tier2UsdPerYear: 1000000\n  dedicatedTeamUsdPerYear: 1000000\n");
        assertAll(
                () -> assertEquals(9, loaded.scenario().support().tier2Analysts()), // 1e6 / 110,000
                () -> assertEquals(7, loaded.scenario().dedicatedTeam().size()), // 1e6 / 130,000
                () -> assertEquals(2, loaded.notes().size()));
    }

    @Test
    void trainingBudgetScalesEveryRolesHoursInTheScenariosRatio() {
        ScenarioLoader.Loaded loaded = TestScenarios.load(dir, "budget:\n  trainingUsd: 4040000\n");
        Scenario.Training t = loaded.scenario().training();
        assertAll(
                () -> assertEquals(12.0, t.physicianHours(), 1e-6),
                () -> assertEquals(24.0, t.nurseHours(), 1e-6),
                () -> assertEquals(16.0, t.alliedHours(), 1e-6),
                () -> assertEquals(4_040_000.0, BudgetResolver.trainingCost(loaded.scenario()), 1.0));
    }

    @Test
    void aBudgetIsResolvedAgainForEachSweepPoint() {
        ScenarioLoader.Loaded loaded = TestScenarios.load(dir, "budget:\n  helpDeskUsdPerYear: 1000000\n");
        Scenario gold =
                loaded.with(java.util.Map.of("vendor.slaTier", "gold"), "point").scenario();
        assertEquals(13, gold.support().helpDeskAnalysts()); // 1,000,000 / 71,500 = 13.99
    }

    @Test
    void aBudgetTogetherWithItsNaturalUnitIsAnErrorNamingBoth() {
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> TestScenarios.load(
                        dir, "budget:\n  helpDeskUsdPerYear: 1000000\nsupport:\n  helpDeskAnalysts: 12\n"));
        assertEquals(1, e.problems().size());
        ScenarioException.Problem p = e.problems().get(0);
        assertEquals("support.helpDeskAnalysts", p.key());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("budget.helpDeskUsdPerYear"), p.message());
    }

    @Test
    void aTrainingBudgetWithExplicitHoursNamesEveryConflictingKey() {
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> TestScenarios.load(dir, "budget:\n  trainingUsd: 1000000\n", "training.nurseHours=3"));
        assertEquals("training.nurseHours", e.problems().get(0).key());
        assertTrue(e.getMessage().contains("budget.trainingUsd"), e.getMessage());
    }

    @Test
    void aTrainingBudgetNeedsHoursToSetTheRatio() {
        TestScenarios.write(dir, "zero.yaml", "training:\n  physicianHours: 0\n  nurseHours: 0\n  alliedHours: 0\n");
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> TestScenarios.load(dir, "extends: zero.yaml\nbudget:\n  trainingUsd: 1000000\n"));
        // the parent file states the three hours, so each conflicts with the budget, and there is no ratio to scale
        assertEquals(
                java.util.List.of(
                        "training.physicianHours", "training.nurseHours", "training.alliedHours", "budget.trainingUsd"),
                e.problems().stream().map(ScenarioException.Problem::key).toList());
        assertTrue(e.getMessage().contains("needs non-zero training hours"), e.getMessage());
    }

    @Test
    void aBudgetAtAZeroPriceIsAnError() {
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> TestScenarios.load(
                        dir, "budget:\n  tier2UsdPerYear: 1000\ncosts:\n  tier2AnalystUsdPerYear: 0\n"));
        assertEquals("budget.tier2UsdPerYear", e.problems().get(0).key());
        assertTrue(e.getMessage().contains("unit price"), e.getMessage());
    }
}
