package org.golivesim.model.process;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.golivesim.TestScenarios;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * IT operations' deterministic rules with exact values: adequacy, deferred maintenance, change review, detection by
 * monitoring, by the help desk or by other routes, and restore crews that queue concurrent incidents. The default
 * hospital has 2,500 HIS users, so at 200 users per analyst it needs 12.5 analysts.
 */
class ItOperationsTest {
    private static final double EXACT = 1e-12;

    private final SimState state = new SimState(1L);

    private ItOperations operations(String... overrides) {
        state.start();
        return new ItOperations(TestScenarios.of(overrides), state.schedule);
    }

    private void runUntil(double hour) {
        while (state.schedule.step(state) && state.schedule.getTime() < hour) {
            // events run in time order
        }
    }

    private void at(double hour, Runnable r) {
        state.schedule.scheduleOnce(hour, 0, st -> r.run());
    }

    @Test
    void adequacyIsStaffOverWhatTheHospitalsSizeNeeds() {
        ItOperations ops = operations("support.itOperationsAnalysts=5");
        assertAll(
                () -> assertEquals(12.5, ops.neededAnalysts(), EXACT),
                () -> assertEquals(0.4, ops.adequacy(), EXACT),
                () -> assertEquals(0.4, ops.coverage(), EXACT),
                () -> assertEquals(
                        1.0, operations("support.itOperationsAnalysts=25").coverage(), EXACT));
    }

    @Test
    void underStaffingDefersMaintenanceWhichRaisesIncidentRatesAndSpareCapacityWorksItOff() {
        ItOperations ops = operations("support.itOperationsAnalysts=5", "sourcing.hosting=in-house");
        for (int w = 0; w < 10; w++) {
            ops.week();
        }
        assertEquals(6.0, ops.deferredWeeks(), 1e-9, "10 weeks at adequacy 0.4 defer 6 weeks of work");
        assertEquals(1 + 0.05 * 6, ops.incidentRateMultiplier(), 1e-9);
        assertEquals(1 + 0.02 * 6, ops.restoreWorkMultiplier(ItOperations.Operator.IN_HOUSE), 1e-9);
        assertEquals(1.0, ops.inHouseShareOfIncidents(), EXACT, "in-house hosting: every incident is the hospital's");

        ItOperations ample = operations("support.itOperationsAnalysts=25");
        ample.week();
        assertEquals(0.0, ample.deferredWeeks(), EXACT, "the backlog never falls below zero");
    }

    @Test
    void aVendorHostedSystemShiftsOnlyTheHospitalsShareOfIncidents() {
        ItOperations ops = operations("support.itOperationsAnalysts=5", "vendor.slaTier=gold");
        for (int w = 0; w < 10; w++) {
            ops.week();
        }
        double local = 0.33 * 1.3;
        assertAll(
                () -> assertEquals(0.67 + local, ops.incidentRateMultiplier(), 1e-9),
                () -> assertEquals(local / (local + 0.67), ops.inHouseShareOfIncidents(), 1e-9),
                () -> assertEquals(ItOperations.Operator.IN_HOUSE, ops.operatorFor(0.38)),
                () -> assertEquals(ItOperations.Operator.VENDOR, ops.operatorFor(0.40)),
                () -> assertEquals(0.75, ops.restoreWorkMultiplier(ItOperations.Operator.VENDOR), EXACT));
    }

    @Test
    void changeReviewCoverageSetsTheChangeFailureRateBetweenTheDoraBands() {
        assertAll(
                () -> assertEquals(0.05 + 0.41 * (1 - 12 / 12.5), operations().changeFailureRate(), EXACT),
                () -> assertEquals(
                        0.05, operations("support.itOperationsAnalysts=13").changeFailureRate(), EXACT),
                () -> assertEquals(
                        0.05 + 0.41 * 0.6,
                        operations("support.itOperationsAnalysts=5").changeFailureRate(),
                        EXACT),
                () -> assertEquals(
                        0.46, operations("support.itOperationsAnalysts=0").changeFailureRate(), EXACT));
    }

    @Test
    void ransomwareRestoreScalesWithTheSquareRootOfStaffingShortfall() {
        assertEquals(
                Math.sqrt(12.5 / 5),
                operations("support.itOperationsAnalysts=5").ransomwareRestoreMultiplier(),
                EXACT);
        assertEquals(
                Math.sqrt(12.5 / 25),
                operations("support.itOperationsAnalysts=25").ransomwareRestoreMultiplier(),
                EXACT);
        assertEquals(
                Math.sqrt(12.5), operations("support.itOperationsAnalysts=0").ransomwareRestoreMultiplier(), EXACT);
    }

    @Test
    void crewsAreAnalystsOnDutyOverAnalystsPerIncidentAtLeastOne() {
        assertAll(
                () -> assertEquals(2, operations().crews(), "12 x 40 / 168 = 2.86 on duty"),
                () -> assertEquals(
                        5, operations("support.itOperationsAnalysts=24").crews()),
                () -> assertEquals(
                        1, operations("support.itOperationsAnalysts=2").crews()),
                () -> assertEquals(
                        1, operations("support.itOperationsAnalysts=0").crews()),
                () -> assertEquals(
                        2,
                        operations("support.itOperationsAnalysts=24", "operations.analystsPerIncident=2")
                                .crews()));
    }

    @Test
    void monitoredIncidentsAreDetectedAfterMinutesAndConcurrentOnesQueueForCrews() {
        // 5 analysts: one crew, coverage 0.4; a monitor draw of 0.1 is covered
        ItOperations ops = operations("support.itOperationsAnalysts=5", "sourcing.hosting=in-house");
        List<double[]> restored = new ArrayList<>();
        ops.incident(10.0, ItOperations.Operator.IN_HOUSE, 3.0, 0.1, false, t -> restored.add(new double[] {1, t}));
        // a partial incident: monitoring sees it with chance 0.5 x 0.4 = 0.2
        ops.incident(11.0, ItOperations.Operator.IN_HOUSE, 2.0, 0.1, true, t -> restored.add(new double[] {2, t}));
        ops.incident(11.0, ItOperations.Operator.VENDOR, 2.0, 0.9, false, t -> restored.add(new double[] {3, t}));
        runUntil(100);
        double detect = 5.0 / 60;
        assertAll(
                () -> assertEquals(3, restored.size()),
                // the vendor restores without a queue, at the silver multiplier 1.0
                () -> assertEquals(3, restored.get(0)[0]),
                () -> assertEquals(11.0 + detect + 2.0, restored.get(0)[1], 1e-9),
                // the first in-house incident takes the only crew
                () -> assertEquals(1, restored.get(1)[0]),
                () -> assertEquals(10.0 + detect + 3.0, restored.get(1)[1], 1e-9),
                // the second waits for it
                () -> assertEquals(2, restored.get(2)[0]),
                () -> assertEquals(10.0 + detect + 3.0 + 2.0, restored.get(2)[1], 1e-9));
    }

    @Test
    void anUnmonitoredIncidentIsDetectedWhenTheHelpDeskPassesOnACallOrElseAfterTheFallbackDelay() {
        ItOperations ops = operations("support.itOperationsAnalysts=5", "sourcing.hosting=in-house");
        List<Double> restored = new ArrayList<>();
        List<java.util.function.DoubleConsumer> reports = new ArrayList<>();
        at(10.0, () -> reports.add(ops.incident(10.0, ItOperations.Operator.IN_HOUSE, 1.0, 0.9, false, restored::add)));
        at(10.5, () -> reports.get(0).accept(10.5));
        // a partial incident at 20:00 reported by a call after 1.25 h: out of hours, in a week the rota of 5 covers
        // (5 x 0.25 / 2 = 0.625 of the weeks, the first among them), so the on-call analyst starts 30 min later
        at(20.0, () -> reports.add(ops.incident(20.0, ItOperations.Operator.IN_HOUSE, 1.0, 0.9, true, restored::add)));
        at(21.25, () -> reports.get(1).accept(21.25));
        // an outage no call reports in time: the fallback of 2 h; a later call changes nothing
        at(40.0, () -> reports.add(ops.incident(40.0, ItOperations.Operator.IN_HOUSE, 1.0, 0.9, false, restored::add)));
        at(60.0, () -> reports.get(2).accept(60.0));
        runUntil(100);
        // the outage at 16:00 is detected by the fallback at 18:00, after office hours: on call, 30 min later
        assertEquals(List.of(11.5, 22.75, 43.5), restored);
    }

    @Test
    void monitoringSeesFullOutagesAndAShareOfPartialIncidents() {
        ItOperations ops = operations("support.itOperationsAnalysts=5", "sourcing.hosting=in-house");
        double c = ops.coverage();
        assertAll(
                () -> assertEquals(0.4, c, 1e-9),
                () -> assertTrue(ops.monitored(ItOperations.Operator.VENDOR, false, 0.999)),
                () -> assertTrue(ops.monitored(ItOperations.Operator.VENDOR, true, 0.49)),
                () -> assertTrue(!ops.monitored(ItOperations.Operator.VENDOR, true, 0.51)),
                () -> assertTrue(ops.monitored(ItOperations.Operator.IN_HOUSE, false, 0.39)),
                () -> assertTrue(!ops.monitored(ItOperations.Operator.IN_HOUSE, false, 0.41)),
                () -> assertTrue(ops.monitored(ItOperations.Operator.IN_HOUSE, true, 0.19)),
                () -> assertTrue(!ops.monitored(ItOperations.Operator.IN_HOUSE, true, 0.21)));
    }

    @Test
    void withoutStaffingEffectsTheMeanTimeToRestoreIsTheRestoreWork() {
        Scenario s = TestScenarios.of("support.itOperationsAnalysts=1000", "operations.monitoringDetectionMinutes=0");
        state.start();
        ItOperations ops = new ItOperations(s, state.schedule);
        List<Double> restored = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ops.incident(9.0, ItOperations.Operator.IN_HOUSE, 4.0, 0.5, false, restored::add);
        }
        runUntil(100);
        assertEquals(50, restored.size());
        assertTrue(
                restored.stream().allMatch(t -> t == 13.0),
                "50 concurrent incidents in office hours, 238 crews: none waits");
    }

    @Test
    void outOfHoursTheOnCallRotaRestoresAfterItsResponseAndAWeekItCannotCoverWaitsForACallOut() {
        // 4 analysts x 0.25 / 2 on call a week: the rota covers every other week (weeks 0, 2, ...; week 1 not)
        ItOperations ops = operations("support.itOperationsAnalysts=4", "sourcing.hosting=in-house");
        double week = 168.0;
        List<double[]> restored = new ArrayList<>();
        // Monday 10:00 of week 0: office hours, restore starts at detection (5 min)
        ops.incident(10.0, ItOperations.Operator.IN_HOUSE, 1.0, 0.0, false, t -> restored.add(new double[] {1, t}));
        // Monday 20:00 of week 0: covered, the on-call analyst starts 30 min after detection
        ops.incident(20.0, ItOperations.Operator.IN_HOUSE, 1.0, 0.0, false, t -> restored.add(new double[] {2, t}));
        // Monday 20:00 of week 1: nobody on call, someone is reached 2 h after detection
        ops.incident(
                week + 20.0, ItOperations.Operator.IN_HOUSE, 1.0, 0.0, false, t -> restored.add(new double[] {3, t}));
        // Tuesday 07:00 of week 1: the call-out would end after 08:00, when the office opens
        ops.incident(
                week + 31.0, ItOperations.Operator.IN_HOUSE, 1.0, 0.0, false, t -> restored.add(new double[] {4, t}));
        runUntil(1000);
        double detect = 5.0 / 60;
        assertAll(
                () -> assertEquals(0.5, ops.onCallCoverage(), EXACT),
                () -> assertEquals(1, ops.onCallCrews(), "one crew at 4 x 40 / 168 on duty"),
                () -> assertEquals(4, restored.size()),
                () -> assertEquals(10.0 + detect + 1.0, restored.get(0)[1], 1e-9),
                () -> assertEquals(20.0 + detect + 0.5 + 1.0, restored.get(1)[1], 1e-9),
                () -> assertEquals(week + 20.0 + detect + 2.0 + 1.0, restored.get(2)[1], 1e-9),
                () -> assertEquals(week + 32.0 + 1.0, restored.get(3)[1], 1e-9));
    }

    @Test
    void outOfHoursOnlyTheAnalystsOnCallRestoreSoConcurrentIncidentsQueueForThem() {
        // 24 analysts: five crews in office hours, two on call (primary and secondary)
        ItOperations ops = operations("support.itOperationsAnalysts=24", "sourcing.hosting=in-house");
        List<Double> office = new ArrayList<>();
        List<Double> night = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ops.incident(10.0, ItOperations.Operator.IN_HOUSE, 2.0, 0.0, false, office::add);
            ops.incident(22.0, ItOperations.Operator.IN_HOUSE, 2.0, 0.0, false, night::add);
        }
        runUntil(100);
        double detect = 5.0 / 60;
        assertAll(
                () -> assertEquals(2, ops.onCallCrews()),
                () -> assertEquals(List.of(12.0 + detect, 12.0 + detect, 12.0 + detect), office),
                () -> assertEquals(22.0 + detect + 0.5 + 2.0, night.get(0), 1e-9),
                () -> assertEquals(22.0 + detect + 0.5 + 2.0, night.get(1), 1e-9),
                () -> assertEquals(22.0 + detect + 0.5 + 4.0, night.get(2), 1e-9, "the third waits for a crew"));
    }

    @Test
    void withShiftEffectsOffTheStaffAreAtWorkAroundTheClock() {
        ItOperations ops = operations(
                "support.itOperationsAnalysts=4", "sourcing.hosting=in-house", "mechanisms.shiftEffects=false");
        List<Double> restored = new ArrayList<>();
        // Monday 20:00 of week 1, a week the rota of 4 would not cover: restored like an office-hours incident
        ops.incident(168.0 + 20.0, ItOperations.Operator.IN_HOUSE, 1.0, 0.0, false, restored::add);
        runUntil(1000);
        assertEquals(List.of(168.0 + 20.0 + 5.0 / 60 + 1.0), restored);
    }
}
