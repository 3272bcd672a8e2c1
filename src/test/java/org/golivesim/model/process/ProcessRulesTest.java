package org.golivesim.model.process;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.golivesim.TestScenarios;
import org.golivesim.model.Calendar;
import org.golivesim.model.agent.Clinician;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.RunLog;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.engine.Schedule;

/**
 * The deterministic rates of the system and threat processes with exact values: how hosting, maintenance,
 * compliance sourcing and the dedicated team set outage rates, restore times, patch latency and dwell time.
 */
class ProcessRulesTest {
    private static final double EXACT = 1e-12;
    /** Strength of a team of 11 at the default scale of 6 members: 1 - exp(-11/6). */
    private static final double EFFECT_11 = 1 - Math.exp(-11.0 / 6);
    /** IT operations' monitoring at the default 12 analysts for 2,500 users (coverage 12 / 12.5), hazard ratio 2. */
    private static final double IT_OPS = (1 + 0.96) / 2;

    private static Infrastructure infrastructure(Scenario s, int openVulnerabilities) {
        return new Infrastructure(
                s,
                new Calendar(s.preGoLiveDays()),
                new Schedule(),
                new DayLedger(),
                new RunLog(),
                new Streams(1).stream("outages"),
                () -> openVulnerabilities);
    }

    private static Threats threats(Scenario s) {
        return new Threats(
                s,
                new Schedule(),
                new DayLedger(),
                new RunLog(),
                new Clinician[0],
                infrastructure(s, 0),
                new Streams(1).stream("phishing"),
                new Streams(1).stream("intrusions"),
                new Streams(1).stream("breaches"));
    }

    @Test
    void theTeamsStrengthSaturatesWithItsSize() {
        assertEquals(
                0.0, TestScenarios.of("dedicatedTeam.size=11").dedicatedTeam().effect());
        assertEquals(
                EFFECT_11,
                TestScenarios.of("dedicatedTeam.enabled=true").dedicatedTeam().effect(),
                EXACT);
        assertEquals(
                1 - Math.exp(-1),
                TestScenarios.of("dedicatedTeam.enabled=true", "dedicatedTeam.size=6")
                        .dedicatedTeam()
                        .effect(),
                EXACT);
    }

    @Test
    void outageRateRisesWithOpenVulnerabilitiesAndDependsOnHosting() {
        Scenario vendor = TestScenarios.of("sourcing.hosting=vendor");
        Scenario inHouse = TestScenarios.of("sourcing.hosting=in-house");
        assertAll(
                () -> assertEquals(1.5, infrastructure(vendor, 0).fullOutagesPerYear(), EXACT),
                () -> assertEquals(
                        1.5 * (1 + 0.05 * 4), infrastructure(vendor, 4).fullOutagesPerYear(), EXACT),
                () -> assertEquals(1.8, infrastructure(inHouse, 0).fullOutagesPerYear(), EXACT));
    }

    @Test
    void partialIncidentsAreFourTimesAsFrequentAtGoLiveAndDecayBackAfterwards() {
        Scenario s = TestScenarios.of("sourcing.hosting=vendor", "preGoLiveWeeks=2");
        Infrastructure infra = infrastructure(s, 0);
        double goLive = 14 * 24;
        assertAll(
                () -> assertEquals(1.0, infra.partialIncidentsPerMonth(goLive - 1), EXACT),
                () -> assertEquals(4.0, infra.partialIncidentsPerMonth(goLive), EXACT),
                // 1 + (4 - 1) exp(-10 weeks / 10 weeks)
                () -> assertEquals(
                        1 + 3 * Math.exp(-1), infra.partialIncidentsPerMonth(goLive + 10 * Calendar.WEEK), EXACT));
    }

    @Test
    void meanRestoreIsTheLognormalMeanCutByTheTeamsMonitoring() {
        double spread = Math.exp(1.3 * 1.3 / 2);
        assertAll(
                () -> assertEquals(
                        3.0 * spread,
                        infrastructure(TestScenarios.of("sourcing.hosting=vendor"), 0)
                                .meanRestoreHours(),
                        EXACT),
                () -> assertEquals(
                        4.0 * spread,
                        infrastructure(TestScenarios.of("sourcing.hosting=in-house"), 0)
                                .meanRestoreHours(),
                        EXACT),
                () -> assertEquals(
                        3.0 * (1 - 0.4 * EFFECT_11) * spread,
                        infrastructure(TestScenarios.of("dedicatedTeam.enabled=true"), 0)
                                .meanRestoreHours(),
                        EXACT));
    }

    @Test
    void plannedDowntimeAndRestoresAccrueExactlyAndOverlapsCountOnce() {
        Scenario s = TestScenarios.of();
        sim.engine.SimState state = new sim.engine.SimState(1L);
        state.start();
        DayLedger ledger = new DayLedger();
        Infrastructure infra = new Infrastructure(
                s, new Calendar(14), state.schedule, ledger, new RunLog(), new Streams(1).stream("o"), () -> 0);
        state.schedule.scheduleOnce(10.0, 0, st -> infra.planned(10.0, 2.5));
        state.schedule.scheduleOnce(11.0, 0, st -> infra.planned(11.0, 0.5)); // inside the first window
        state.schedule.scheduleOnce(20.0, 0, st -> infra.planned(20.0, 0)); // nothing
        while (state.schedule.step(state)) {
            // run the restores
        }
        assertEquals(2.5, infra.cumulativeDownHours(30), EXACT);
        assertEquals(2.5, ledger.plannedDownHours, EXACT);
        assertEquals(0.0, infra.cumulativeUnplannedHours(30));
        assertEquals(false, infra.down());
    }

    @Test
    void patchLatencyFollowsMaintenanceSourcingAndTheTeamsPatching() {
        assertAll(
                () -> assertEquals(
                        32.0,
                        new Vulnerabilities(
                                        TestScenarios.of("sourcing.technicalSupport=vendor"),
                                        new Streams(1).stream("v"))
                                .medianLatencyDays(),
                        EXACT),
                () -> assertEquals(
                        32.0,
                        new Vulnerabilities(
                                        TestScenarios.of("sourcing.technicalSupport=in-house"),
                                        new Streams(1).stream("v"))
                                .medianLatencyDays(),
                        EXACT),
                () -> assertEquals(
                        32.0 * (1 - 0.5 * EFFECT_11),
                        new Vulnerabilities(TestScenarios.of("dedicatedTeam.enabled=true"), new Streams(1).stream("v"))
                                .medianLatencyDays(),
                        EXACT));
    }

    @Test
    void dwellTimeIsShortenedByInHouseComplianceAndTheTeamsMonitoring() {
        assertAll(
                () -> assertEquals(
                        280 / (1.3 * IT_OPS),
                        threats(TestScenarios.of("sourcing.compliance=in-house"))
                                .meanDwellDays(),
                        EXACT),
                () -> assertEquals(
                        280.0 / IT_OPS,
                        threats(TestScenarios.of("sourcing.compliance=vendor")).meanDwellDays(),
                        EXACT),
                () -> assertEquals(
                        280 / ((1 + 4 * EFFECT_11) * 1.3 * IT_OPS),
                        threats(TestScenarios.of("dedicatedTeam.enabled=true")).meanDwellDays(),
                        EXACT));
    }
}
