package org.golivesim.model.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.golivesim.TestScenarios;
import org.golivesim.model.domain.Orderings;
import org.golivesim.model.domain.TicketKind;
import org.golivesim.model.process.DefectsAndReleases;
import org.golivesim.model.process.WorkflowFit;
import org.golivesim.observe.DayLedger;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * Incident calls and defect incidents at the support desk: the first call tier 1 passes on reports an incident,
 * calls wait in arrival order, and tier 2 restores a defect incident when its work is done (or when the fallback route
 * reaches it first).
 */
class DefectIncidentTest {
    private final SimState state = new SimState(1L);
    private SupportDesk desk;

    private void build(String... overrides) {
        List<String> all = new ArrayList<>(List.of("mechanisms.shiftEffects=false", "system.latentDefects=10"));
        all.addAll(List.of(overrides));
        Scenario s = TestScenarios.of(all.toArray(String[]::new));
        state.start();
        Streams streams = new Streams(9L);
        TicketBook book = new TicketBook(new DayLedger(), 0);
        WorkflowFit fit = new WorkflowFit(
                s.issues().misfitFixPerInHouseTicket(), s.issues().misfitFixPerVendorTicket());
        desk = new SupportDesk(
                s, state.schedule, book, new DayLedger(), streams, new DefectsAndReleases(s, streams.stream("d")), fit);
        state.schedule.scheduleRepeating(0.0, Orderings.SUPPORT + 1, st -> desk.hour(st.schedule.getTime()), 1.0);
    }

    private void runFor(double hours) {
        while (state.schedule.getTime() < hours) {
            state.schedule.step(state);
        }
    }

    @Test
    void aDefectIncidentNobodyCallsAboutReachesTier2AfterTheFallbackAndIsRestoredByItsWork() {
        build("operations.unmonitoredDetectionHours=2");
        List<Double> restored = new ArrayList<>();
        state.schedule.scheduleOnce(5.0, Orderings.ENVIRONMENT, st -> desk.defectIncident(5.0, 3.0, 0, restored::add));
        runFor(50);
        assertEquals(List.of(10.0), restored, "reported at 5 + 2 h, 3 h of tier-2 work");
    }

    @Test
    void aCalledInDefectIncidentIsRestoredSoonerAndWaitsForTier2WhenItIsBusy() {
        build("operations.unmonitoredDetectionHours=2", "sourcing.technicalSupport=in-house");
        List<Double> restored = new ArrayList<>();
        // 10,000 clinicians x 0.004 calls: the first call is answered at once and passed on within minutes
        state.schedule.scheduleOnce(
                5.0, Orderings.ENVIRONMENT, st -> desk.defectIncident(5.0, 3.0, 10_000, restored::add));
        runFor(50);
        assertEquals(1, restored.size());
        assertTrue(restored.get(0) > 8.0 && restored.get(0) < 9.0, "restored at " + restored.get(0));
    }

    @Test
    void withOneTier2AnalystBusyTheIncidentWaitsAndWithNoneOnCallItWaitsForTheOfficeDay() {
        build("operations.unmonitoredDetectionHours=2", "support.tier2Analysts=1");
        List<Double> restored = new ArrayList<>();
        state.schedule.scheduleOnce(5.0, Orderings.ENVIRONMENT, st -> {
            desk.defectIncident(5.0, 3.0, 0, restored::add);
            desk.defectIncident(5.0, 3.0, 0, restored::add);
        });
        runFor(50);
        // one analyst on duty around the clock (shift effects off: 40 h over 168 h rounds to 0 or 1 an hour); the
        // second waits for the first; neither can be restored before both have had their 3 h of work
        assertEquals(2, restored.size());
        assertTrue(restored.get(1) >= restored.get(0) + 3.0 - 1e-9, "second restored at " + restored.get(1));
    }

    @Test
    void incidentCallsAreUrgentAndGoAheadOfEarlierCalls() {
        build("sourcing.technicalSupport=in-house", "support.helpDeskAnalysts=5", "mechanisms.escalation=false");
        List<Double> reported = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            desk.open(TicketKind.HOW_TO, null, 1.0, i);
        }
        state.schedule.scheduleOnce(
                1.5, Orderings.ENVIRONMENT, st -> desk.incidentCalls(1.5, true, 100, reported::add));
        runFor(200);
        // 5 FTEs over 168 h: one or two analysts on duty each hour; the urgent call is answered when a current call
        // ends,
        // before the 30 how-to calls (several hours of work) waiting ahead of it
        assertTrue(!reported.isEmpty(), "a call was made and passed on");
        assertTrue(reported.get(0) < 1.5 + 1.0, "answered ahead of the queue, at " + reported.get(0));
    }

    @Test
    void outsideOfficeHoursTier2RestoresOnCallExceptInTheWeeksItsRotaCannotCoverThenTheFunctionWaits() {
        // 3 analysts, one on call, nobody on call in more than a quarter of the weeks: the rota covers three weeks in
        // four (weeks 0-2), not week 3; staff turnover off so that the rota stays at three
        String[] common = {
            "mechanisms.shiftEffects=true",
            "operations.unmonitoredDetectionHours=2",
            "support.tier2Analysts=3",
            "support.baseAttritionPerWeek=0",
            "support.attritionPerWeekAtFullBurnout=0"
        };
        double saturday = 5 * 24.0 + 10.0;
        double week = 168.0;
        List<Double> restored = new ArrayList<>();
        build(common);
        state.schedule.scheduleOnce(
                2 * week + saturday,
                Orderings.ENVIRONMENT,
                st -> desk.defectIncident(st.schedule.getTime(), 3.0, 0, restored::add));
        state.schedule.scheduleOnce(
                3 * week + saturday,
                Orderings.ENVIRONMENT,
                st -> desk.defectIncident(st.schedule.getTime(), 3.0, 0, restored::add));
        runFor(5 * week);
        assertEquals(2, restored.size());
        assertEquals(
                2 * week + saturday + 2.0 + 0.5 + 3.0,
                restored.get(0),
                1e-9,
                "covered week: the on-call analyst, 30 min after the escalation");
        assertEquals(
                4 * week + 0.5 + 3.0,
                restored.get(1),
                1e-9,
                "uncovered week: it waits for the next week's rota (Monday 00:00)");
    }
}
