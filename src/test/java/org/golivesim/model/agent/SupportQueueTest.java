package org.golivesim.model.agent;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleToIntFunction;
import org.golivesim.model.domain.Orderings;
import org.golivesim.model.domain.Ticket;
import org.golivesim.model.domain.TicketKind;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.Tally;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/** Queue discipline with a deterministic handle time: priority first, first come first served within a priority. */
class SupportQueueTest {
    private final SimState state = new SimState(1L);
    private final DayLedger ledger = new DayLedger();
    private final TicketBook book = new TicketBook(ledger, 0);
    private final List<String> served = new ArrayList<>();
    private final List<Double> finishedAt = new ArrayList<>();

    /** Handles every ticket in exactly one hour, with a 2-hour response target, and records the order. */
    private final class OneHourWork implements SupportQueue.Work {
        @Override
        public double targetHours(Ticket t) {
            return 2.0;
        }

        @Override
        public double handleHours(Ticket t) {
            return 1.0;
        }

        @Override
        public void finished(Ticket t, double now) {
            served.add(t.kind() + "#" + t.id());
            finishedAt.add(now);
            book.close(t, now, Ticket.Outcome.RESOLVED_FIRST_CONTACT);
        }
    }

    private SupportQueue queue(DoubleToIntFunction onDuty, boolean firstResponse) {
        state.start();
        return new SupportQueue("test desk", state.schedule, book, onDuty, new OneHourWork(), firstResponse);
    }

    private void arriveAt(SupportQueue q, double time, TicketKind kind) {
        state.schedule.scheduleOnce(time, Orderings.SUPPORT, s -> q.arrive(book.open(kind, null, time, 0), time));
    }

    private void runToEnd() {
        while (state.schedule.step(state)) {
            // events only
        }
    }

    @Test
    void urgentBeforeHighBeforeNormalBeforeLowAndFifoWithinAPriority() {
        SupportQueue q = queue(h -> 1, true);
        arriveAt(q, 0.0, TicketKind.WORKFLOW); // id 0, low: served at once, the desk being free
        arriveAt(q, 0.1, TicketKind.HOW_TO); // id 1, normal
        arriveAt(q, 0.2, TicketKind.OUTAGE); // id 2, urgent
        arriveAt(q, 0.3, TicketKind.RECORD); // id 3, low
        arriveAt(q, 0.4, TicketKind.DEFECT); // id 4, normal
        arriveAt(q, 0.5, TicketKind.ACCESS); // id 5, high
        arriveAt(q, 0.6, TicketKind.OUTAGE); // id 6, urgent
        runToEnd();
        assertEquals(
                List.of("WORKFLOW#0", "OUTAGE#2", "OUTAGE#6", "ACCESS#5", "HOW_TO#1", "DEFECT#4", "RECORD#3"), served);
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0), finishedAt);
        assertEquals(0, q.waiting());
        assertEquals(0, q.busy());
        assertEquals(7.0, q.busyHours());
    }

    @Test
    void pickingATicketUpIsItsFirstResponseAtTier1() {
        SupportQueue q = queue(h -> 1, true);
        arriveAt(q, 0.0, TicketKind.HOW_TO);
        arriveAt(q, 0.5, TicketKind.HOW_TO);
        arriveAt(q, 0.5, TicketKind.HOW_TO);
        runToEnd();
        // waits 0, 0.5 and 1.5 hours; targets 2 h: all met
        assertAll(
                () -> assertEquals(2.0, ledger.get(Tally.WAIT_HOURS_SUM), 1e-12),
                () -> assertEquals(3.0, ledger.get(Tally.WAIT_COUNT)),
                () -> assertEquals(3.0, ledger.get(Tally.SLA_MET)),
                () -> assertEquals(3.0, ledger.get(Tally.SLA_COUNT)));
    }

    @Test
    void tier2PickUpIsNotAFirstResponse() {
        SupportQueue q = queue(h -> 1, false);
        arriveAt(q, 0.0, TicketKind.HOW_TO);
        runToEnd();
        assertEquals(0.0, ledger.get(Tally.WAIT_COUNT));
        assertEquals(0.0, ledger.get(Tally.SLA_COUNT));
        assertEquals(1, served.size());
    }

    @Test
    void severalAnalystsWorkInParallel() {
        SupportQueue q = queue(h -> 3, true);
        for (int i = 0; i < 7; i++) {
            arriveAt(q, 0.0, TicketKind.ACCESS);
        }
        runToEnd();
        assertEquals(List.of(1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 3.0), finishedAt);
    }

    @Test
    void ticketsWaitForAnalystsToComeOnDutyAndAreDispatchedWhenTheyDo() {
        // nobody before hour 8; the model's hourly step calls dispatch
        SupportQueue q = queue(h -> h >= 8 ? 2 : 0, true);
        arriveAt(q, 1.0, TicketKind.HOW_TO);
        arriveAt(q, 2.0, TicketKind.OUTAGE);
        arriveAt(q, 3.0, TicketKind.HOW_TO);
        for (int h = 0; h <= 12; h++) {
            double hour = h;
            state.schedule.scheduleOnce(hour, Orderings.SUPPORT + 1, s -> q.dispatch(hour));
        }
        state.schedule.scheduleOnce(7.5, Orderings.SUPPORT, s -> assertEquals(3, q.waiting()));
        runToEnd();
        assertEquals(List.of("OUTAGE#1", "HOW_TO#0", "HOW_TO#2"), served);
        assertEquals(List.of(9.0, 9.0, 10.0), finishedAt);
        assertTrue(q.toString().startsWith("test desk[busy=0, waiting=0"), q.toString());
    }

    @Test
    void anOnCallAnalystTakesOnlyUrgentTicketsAndFinishesTheResponseTimeLater() {
        // nobody on duty; one analyst on call who needs half an hour before working
        SupportQueue q = queue(h -> 0, false);
        q.onCall(h -> 1, 0.5);
        arriveAt(q, 1.0, TicketKind.HOW_TO);
        arriveAt(q, 2.0, TicketKind.OUTAGE);
        arriveAt(q, 2.0, TicketKind.OUTAGE);
        runToEnd();
        assertEquals(List.of("OUTAGE#1", "OUTAGE#2"), served, "the how-to ticket waits for office hours");
        assertEquals(List.of(3.5, 5.0), finishedAt, "the second urgent ticket waits for the first");
        assertEquals(2.0, q.busyHours(), 1e-12, "busy hours count the work, not the response");
    }
}
