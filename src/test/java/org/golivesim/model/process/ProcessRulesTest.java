package org.golivesim.model.process;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.golivesim.TestScenarios;
import org.golivesim.model.agent.Clinician;
import org.golivesim.model.domain.Calendar;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.RunLog;
import org.golivesim.observe.Tally;
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
    void theTeamsStrengthSaturatesWithItsSizePerClinician() {
        Scenario off = TestScenarios.of("dedicatedTeam.size=11");
        assertEquals(0.0, off.dedicatedTeam().effect(off.hospital().clinicians()));
        // the default size follows the hospital: 0.44 per 100 of 2,500 clinicians = 11 members
        Scenario on = TestScenarios.of("dedicatedTeam.enabled=true");
        assertEquals(11, on.dedicatedTeam().members(on.hospital().clinicians()));
        assertEquals(EFFECT_11, on.dedicatedTeam().effect(on.hospital().clinicians()), EXACT);
        // 6 members at 2,500 clinicians: 0.24 per 100, the effect scale: 1 - 1/e
        Scenario six = TestScenarios.of("dedicatedTeam.enabled=true", "dedicatedTeam.size=6");
        assertEquals(1 - Math.exp(-1), six.dedicatedTeam().effect(six.hospital().clinicians()), EXACT);
        // a 500-clinician hospital gets round(2.2) = 2 members, 0.4 per 100 clinicians
        Scenario small = TestScenarios.of(
                "dedicatedTeam.enabled=true", "hospital.physicians=60", "hospital.nurses=300", "hospital.allied=140");
        assertEquals(2, small.dedicatedTeam().members(500));
        assertEquals(1 - Math.exp(-0.4 / 0.24), small.dedicatedTeam().effect(500), EXACT);
        // an explicit effect scale in members keeps the absolute rule, whatever the hospital's size
        Scenario absolute = TestScenarios.of(
                "dedicatedTeam.enabled=true", "dedicatedTeam.size=6", "dedicatedTeam.effectScaleMembers=6");
        assertEquals(1 - Math.exp(-1), absolute.dedicatedTeam().effect(500), EXACT);
        assertEquals(1 - Math.exp(-1), absolute.dedicatedTeam().effect(2500), EXACT);
    }

    @Test
    void eachTeamFunctionSwitchZeroesOnlyItsOwnStrength() {
        Scenario.DedicatedTeam all =
                TestScenarios.of("dedicatedTeam.enabled=true").dedicatedTeam();
        Scenario.DedicatedTeam none = TestScenarios.of(
                        "dedicatedTeam.enabled=true",
                        "dedicatedTeam.monitoring=false",
                        "dedicatedTeam.training=false",
                        "dedicatedTeam.changeManagement=false",
                        "dedicatedTeam.workflowRedesign=false",
                        "dedicatedTeam.atTheElbow=false")
                .dedicatedTeam();
        assertAll(
                () -> assertEquals(EFFECT_11, all.monitoringEffect(2500), EXACT),
                () -> assertEquals(EFFECT_11, all.changeManagementEffect(2500), EXACT),
                () -> assertEquals(EFFECT_11, all.workflowRedesignEffect(2500), EXACT),
                () -> assertEquals(66, all.sessionsPerWeek(2500)),
                () -> assertEquals(4, all.tier2Analysts(2500)),
                () -> assertEquals(0.0, none.monitoringEffect(2500)),
                () -> assertEquals(0.0, none.changeManagementEffect(2500)),
                () -> assertEquals(0.0, none.workflowRedesignEffect(2500)),
                () -> assertEquals(0, none.sessionsPerWeek(2500)),
                () -> assertEquals(0, none.tier2Analysts(2500)),
                () -> assertEquals(11, none.members(2500), "the members stay (and are paid)"));
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
        assertEquals(2.5, ledger.get(Tally.PLANNED_DOWN_HOURS), EXACT);
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

    @Test
    void switchingOffTheTeamsMonitoringRestoresTheRestoreTimesAndDwellOfNoTeam() {
        Scenario none = TestScenarios.of();
        Scenario team = TestScenarios.of("dedicatedTeam.enabled=true");
        Scenario noMonitoring = TestScenarios.of("dedicatedTeam.enabled=true", "dedicatedTeam.monitoring=false");
        double base = infrastructure(none, 0).meanRestoreHours();
        assertEquals(base * (1 - EFFECT_11 * 0.4), infrastructure(team, 0).meanRestoreHours(), 1e-9);
        assertEquals(base, infrastructure(noMonitoring, 0).meanRestoreHours(), EXACT);
        assertEquals(threats(none).meanDwellDays(), threats(noMonitoring).meanDwellDays(), EXACT);
        assertTrue(threats(team).meanDwellDays() < threats(none).meanDwellDays());
    }
}
