package org.golivesim.model.agent;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.golivesim.model.domain.Priority;
import org.golivesim.model.domain.Ticket;
import org.golivesim.model.domain.TicketKind;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.Tally;
import org.junit.jupiter.api.Test;

/** The ticket system of record: backlog, waits, SLA counts, resolutions and the go-live week target. */
class TicketBookTest {
    private static final double GO_LIVE = 336;

    private final DayLedger ledger = new DayLedger();
    private final TicketBook book = new TicketBook(ledger, GO_LIVE);
    private final List<Ticket> told = new ArrayList<>();

    @Test
    void openingCountsAndNumbersTicketsAndSetsPriorityByKind() {
        Ticket a = book.open(TicketKind.OUTAGE, told::add, 10, 0);
        Ticket b = book.open(TicketKind.WORKFLOW, told::add, 11, 0);
        assertAll(
                () -> assertEquals(0, a.id()),
                () -> assertEquals(1, b.id()),
                () -> assertEquals(Priority.URGENT, a.priority()),
                () -> assertEquals(Priority.LOW, b.priority()),
                () -> assertEquals(Ticket.Outcome.OPEN, a.outcome()),
                () -> assertEquals(2, book.backlog()),
                () -> assertEquals(2.0, ledger.get(Tally.TICKETS_OPENED)));
    }

    @Test
    void firstResponsesRecordWaitAndSlaButOnlyTheFirstCountsAsAWait() {
        Ticket t = book.open(TicketKind.HOW_TO, null, 100, 0);
        book.responded(t, 103, 4); // 3 h, within 4 h
        book.responded(t, 110, 4); // a later response (e.g. a vendor's): 10 h, missed
        assertAll(
                () -> assertEquals(3.0, ledger.get(Tally.WAIT_HOURS_SUM)),
                () -> assertEquals(1.0, ledger.get(Tally.WAIT_COUNT)),
                () -> assertEquals(2.0, ledger.get(Tally.SLA_COUNT)),
                () -> assertEquals(1.0, ledger.get(Tally.SLA_MET)),
                () -> assertEquals(103.0, t.firstResponseAt()),
                () -> assertEquals(3.0, t.waitHours()),
                () -> assertEquals(4.0, t.slaTargetHours()));
    }

    @Test
    void aResponseExactlyAtTheTargetMeetsIt() {
        book.recordSla(4.0, 4.0);
        book.recordSla(4.0000001, 4.0);
        assertEquals(1.0, ledger.get(Tally.SLA_MET));
        assertEquals(2.0, ledger.get(Tally.SLA_COUNT));
    }

    @Test
    void closingCountsResolvedAndUnresolvedSeparatelyAndTellsTheOwnerOnce() {
        Ticket resolved = book.open(TicketKind.ACCESS, told::add, 100, 0);
        Ticket escalated = book.open(TicketKind.DEFECT, told::add, 101, 0);
        Ticket dropped = book.open(TicketKind.WORKFLOW, told::add, 102, 0);
        Ticket ownerless = book.open(TicketKind.OUTAGE, null, 103, 0);
        book.close(resolved, 102, Ticket.Outcome.RESOLVED_FIRST_CONTACT);
        book.close(escalated, 111, Ticket.Outcome.RESOLVED_ESCALATED);
        book.close(dropped, 150, Ticket.Outcome.CLOSED_UNRESOLVED);
        assertAll(
                () -> assertEquals(1, book.backlog()),
                () -> assertEquals(2.0, ledger.get(Tally.TICKETS_RESOLVED)),
                () -> assertEquals(1.0, ledger.get(Tally.CLOSED_UNRESOLVED)),
                () -> assertEquals(2.0 + 10.0, ledger.get(Tally.RESOLUTION_HOURS_SUM)),
                () -> assertEquals(2.0, ledger.get(Tally.RESOLUTION_COUNT)),
                () -> assertEquals(List.of(resolved, escalated, dropped), told),
                () -> assertEquals(48.0, dropped.resolutionHours()));
        book.close(ownerless, 104, Ticket.Outcome.RESOLVED_FIRST_CONTACT);
        assertEquals(0, book.backlog());
        IllegalStateException twice = assertThrows(
                IllegalStateException.class, () -> book.close(resolved, 200, Ticket.Outcome.RESOLVED_ESCALATED));
        assertEquals("ticket 0 closed twice", twice.getMessage());
    }

    @Test
    void goLiveWeekTicketsCountWhenResolvedBeforeTheEndOfDayFive() {
        double day = 24;
        Ticket before = book.open(TicketKind.HOW_TO, null, GO_LIVE - 1, 0); // not a week-one ticket
        Ticket early = book.open(TicketKind.HOW_TO, null, GO_LIVE, 0); // opened at go-live
        Ticket late = book.open(TicketKind.HOW_TO, null, GO_LIVE + 2 * day, 0);
        Ticket unresolved = book.open(TicketKind.WORKFLOW, null, GO_LIVE + day, 0);
        Ticket lastHour = book.open(TicketKind.HOW_TO, null, GO_LIVE + 7 * day - 0.5, 0);
        Ticket nextWeek = book.open(TicketKind.HOW_TO, null, GO_LIVE + 7 * day, 0); // week two
        book.close(before, GO_LIVE + 1, Ticket.Outcome.RESOLVED_FIRST_CONTACT);
        book.close(early, GO_LIVE + 5 * day - 0.001, Ticket.Outcome.RESOLVED_ESCALATED); // in time
        book.close(late, GO_LIVE + 5 * day, Ticket.Outcome.RESOLVED_FIRST_CONTACT); // day 5 has ended
        book.close(unresolved, GO_LIVE + 2 * day, Ticket.Outcome.CLOSED_UNRESOLVED); // closed, not resolved
        book.close(nextWeek, GO_LIVE + 7 * day + 1, Ticket.Outcome.RESOLVED_FIRST_CONTACT);
        assertEquals(4.0, book.weekOneOpened()); // early, late, unresolved, lastHour
        assertEquals(1.0, book.weekOneResolvedByDay5());
        assertEquals(1, book.backlog());
        assertEquals(GO_LIVE + 7 * day - 0.5, lastHour.openedAt());
    }
}
