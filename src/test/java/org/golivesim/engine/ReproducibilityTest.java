package org.golivesim.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.golivesim.TestResults;
import org.golivesim.TestScenarios;
import org.golivesim.observe.RunResult;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** A run is a function of (scenario, seed): the same inputs give equal results, whatever else runs alongside. */
class ReproducibilityTest {
    private static final Scenario SMALL =
            TestScenarios.of("horizonMonths=3", "hospital.physicians=45", "hospital.nurses=180", "hospital.allied=75");

    @Test
    void theSameScenarioAndSeedGiveEqualResults() {
        TestResults.assertSameResult(Engine.run(SMALL, 11L), Engine.run(SMALL, 11L));
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        assertFalse(java.util.Arrays.deepEquals(
                Engine.run(SMALL, 11L).daily(), Engine.run(SMALL, 12L).daily()));
    }

    @Test
    void runsInParallelThreadsEqualRunsInSequence() throws Exception {
        List<RunResult> sequential = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            sequential.add(Engine.run(SMALL, seed));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RunResult>> parallel = new ArrayList<>();
            for (long seed = 1; seed <= 4; seed++) {
                long s = seed;
                parallel.add(pool.submit(() -> Engine.run(SMALL, s)));
            }
            for (int i = 0; i < 4; i++) {
                TestResults.assertSameResult(sequential.get(i), parallel.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theScenariosOwnSeedDoesNotEnterARunGivenItsRunSeed() {
        // the master seed only derives replication seeds; a run depends on its run seed alone
        Scenario otherMaster = TestScenarios.of(
                "horizonMonths=3", "hospital.physicians=45", "hospital.nurses=180", "hospital.allied=75", "seed=1");
        TestResults.assertSameResult(Engine.run(SMALL, 11L), Engine.run(otherMaster, 11L));
    }
}
