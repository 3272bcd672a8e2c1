package org.golivesim.model.agent;

import org.golivesim.model.domain.Calendar;
import org.golivesim.model.domain.Ticket;
import org.golivesim.model.domain.TicketKind;
import org.golivesim.model.domain.TicketOwner;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.Tally;

/**
 * The hospital's ticket system of record: opens tickets, records first responses against their targets and closes
 * them, keeping the backlog and the day's support metrics. Every support path (help desk, tier 2, vendors, the
 * defect fix queue) closes tickets here, so the metrics cannot miss one.
 */
public final class TicketBook {
    private final DayLedger ledger;
    private final double goLiveHour;
    private long nextId;
    private int open;
    private double weekOneOpened;
    private double weekOneResolvedByDay5;

    /**
     * @param ledger the day's tally
     * @param goLiveHour schedule hour of go-live (for the week-one resolution target)
     */
    public TicketBook(DayLedger ledger, double goLiveHour) {
        this.ledger = ledger;
        this.goLiveHour = goLiveHour;
    }

    /** Opens a ticket at the given time; {@code key} identifies the issue behind it. */
    public Ticket open(TicketKind kind, TicketOwner owner, double time, long key) {
        Ticket t = new Ticket(nextId++, key, kind, owner, time);
        open++;
        ledger.count(Tally.TICKETS_OPENED);
        if (inWeekOne(time)) {
            weekOneOpened++;
        }
        return t;
    }

    /** Records a response (first response to the ticket, or a vendor's response to an escalation) and its target. */
    public void responded(Ticket t, double time, double targetHours) {
        boolean first = Double.isNaN(t.firstResponseAt());
        t.respond(time, targetHours);
        if (first) {
            ledger.add(Tally.WAIT_HOURS_SUM, time - t.openedAt());
            ledger.count(Tally.WAIT_COUNT);
        }
        recordSla(time - t.openedAt(), targetHours);
    }

    /** Records whether a response arrived within its target. */
    public void recordSla(double hoursTaken, double targetHours) {
        ledger.count(Tally.SLA_COUNT);
        if (hoursTaken <= targetHours) {
            ledger.count(Tally.SLA_MET);
        }
    }

    /** Closes a ticket and tells its owner. */
    public void close(Ticket t, double time, Ticket.Outcome how) {
        t.close(time, how);
        open--;
        if (how == Ticket.Outcome.CLOSED_UNRESOLVED) {
            ledger.count(Tally.CLOSED_UNRESOLVED);
        } else {
            ledger.count(Tally.TICKETS_RESOLVED);
            ledger.add(Tally.RESOLUTION_HOURS_SUM, t.resolutionHours());
            ledger.count(Tally.RESOLUTION_COUNT);
            if (inWeekOne(t.openedAt()) && time < goLiveHour + 5 * Calendar.DAY) {
                weekOneResolvedByDay5++;
            }
        }
        if (t.owner() != null) {
            t.owner().ticketClosed(t);
        }
    }

    /** Schedule hour of go-live. */
    public double goLiveHour() {
        return goLiveHour;
    }

    /** Tickets open anywhere. */
    public int backlog() {
        return open;
    }

    /** Tickets opened in go-live week. */
    public double weekOneOpened() {
        return weekOneOpened;
    }

    /** Go-live-week tickets resolved by the end of day 5. */
    public double weekOneResolvedByDay5() {
        return weekOneResolvedByDay5;
    }

    private boolean inWeekOne(double time) {
        return time >= goLiveHour && time < goLiveHour + Calendar.WEEK;
    }
}
