package org.golivesim.model.agent;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.golivesim.TestScenarios;
import org.golivesim.model.domain.Priority;
import org.golivesim.model.domain.Ticket;
import org.golivesim.model.domain.TicketKind;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.Tally;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * What the SLA tier makes a vendor do, and how its capacity strains: exact response times when it never misses and
 * answers at the full target, tier multipliers and the overload stretch of work time, and the monthly service credit.
 */
class VendorTest {
    private final SimState state = new SimState(1L);
    private final DayLedger ledger = new DayLedger();
    private final TicketBook book = new TicketBook(ledger, 0);
    private final List<Double> resolvedAt = new ArrayList<>();

    private Vendor vendor(String... overrides) {
        Scenario s = TestScenarios.of(overrides);
        state.start();
        SlaContract contract = new SlaContract("clinical decision support", 1000.0, 0.9, 0.1);
        return new Vendor(
                "clinical decision support",
                s.vendor(),
                state.schedule,
                book,
                new Streams(5L),
                (t, now) -> resolvedAt.add(now),
                contract);
    }

    private void runFor(double hours) {
        while (state.schedule.getTime() < hours && state.schedule.step(state)) {}
    }

    @Test
    void theTierSetsTheResponseTargetsFromTheParameterSheet() {
        Scenario gold = TestScenarios.of("vendor.slaTier=gold");
        Scenario bronze = TestScenarios.of("vendor.slaTier=bronze", "vendor.responseHoursNormalBronze=30");
        assertAll(
                () -> assertEquals(0.5, gold.vendor().responseTargetHours(Priority.URGENT.rank())),
                () -> assertEquals(24.0, gold.vendor().responseTargetHours(Priority.LOW.rank())),
                () -> assertEquals(30.0, bronze.vendor().responseTargetHours(Priority.NORMAL.rank())),
                () -> assertEquals(12.0, TestScenarios.of().vendor().responseTargetHours(Priority.NORMAL.rank())));
    }

    @Test
    void aVendorThatNeverMissesAnswersAtTheTargetAndCountsItOnTheContract() {
        Vendor v = vendor(
                "vendor.slaTier=gold",
                "vendor.slaMissProbabilityGold=0",
                "vendor.metResponseMinShareOfTarget=1",
                "vendor.closeUnresolvedWorkflow=0");
        Ticket t = book.open(TicketKind.WORKFLOW, null, 0.0, 1L);
        v.escalate(t, 0.0);
        runFor(5000);
        double target = TestScenarios.of("vendor.slaTier=gold")
                .vendor()
                .responseTargetHours(t.priority().rank());
        assertEquals(1.0, ledger.get(Tally.SLA_COUNT));
        assertEquals(1.0, ledger.get(Tally.SLA_MET), "a response at exactly the target meets it");
        assertEquals(1.0, v.contract().attainment());
        assertEquals(1, resolvedAt.size());
        assertEquals(Ticket.Outcome.RESOLVED_ESCALATED, t.outcome());
        assertEquals(24.0, target, "a workflow ticket is low priority: 24 h at gold");
        assertEquals(true, resolvedAt.get(0) > target, "work starts after the response: " + resolvedAt);
    }

    @Test
    void workTimeFollowsTheTierAndStretchesWithOverload() {
        Vendor gold = vendor("vendor.slaTier=gold", "vendor.workHours=10", "vendor.overloadWorkStretch=0.5");
        Vendor bronze = vendor("vendor.slaTier=bronze", "vendor.workHours=10", "vendor.overloadWorkStretch=0.5");
        Vendor silver = vendor("vendor.slaTier=silver", "vendor.workHours=10");
        assertAll(
                () -> assertEquals(6.0, gold.meanWorkHours(1.0), 1e-12),
                () -> assertEquals(15.0, bronze.meanWorkHours(1.0), 1e-12),
                () -> assertEquals(10.0, silver.meanWorkHours(1.0), 1e-12),
                // twice the contracted load: 1 + 0.5 x (2 - 1) = 1.5 times as long
                () -> assertEquals(9.0, gold.meanWorkHours(2.0), 1e-12));
    }

    @Test
    void overloadIsTheRememberedLoadOverTheContractedLoad() {
        Vendor v = vendor("vendor.contractedTicketsPerWeek=2", "vendor.loadMemoryWeeks=1");
        assertEquals(1.0, v.overload(), "no load: no overload");
        for (int i = 0; i < 8; i++) {
            v.escalate(book.open(TicketKind.WORKFLOW, null, 0.0, i), 0.0);
        }
        // eight tickets at once against 2 per week of memory: overload 4
        assertEquals(4.0, v.overload(), 1e-12);
    }

    @Test
    void aMonthBelowTheAttainmentTargetOwesTheCreditShareOfItsFee() {
        SlaContract c = new SlaContract("technical support", 50_000, 0.9, 0.1);
        for (int i = 0; i < 9; i++) {
            c.record(1.0, 2.0);
        }
        c.record(3.0, 2.0);
        assertEquals(0.0, c.closeMonth(), "9 of 10 on time meets a 90% target");
        for (int i = 0; i < 8; i++) {
            c.record(1.0, 2.0);
        }
        c.record(3.0, 2.0);
        c.record(3.0, 2.0);
        assertEquals(5_000.0, c.closeMonth(), 1e-9, "8 of 10: 10% of the month's fee");
        assertEquals(0.0, c.closeMonth(), "a month without responses owes nothing");
    }
}
