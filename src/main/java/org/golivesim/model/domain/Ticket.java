package org.golivesim.model.domain;

/**
 * A support ticket flowing through the queues. Mutable by design: it records its own timeline as it moves. Times are
 * schedule hours.
 */
public final class Ticket {
    /** How a ticket ended. */
    public enum Outcome {
        OPEN,
        RESOLVED_FIRST_CONTACT,
        RESOLVED_ESCALATED,
        CLOSED_UNRESOLVED
    }

    private final long id;
    private final long key;
    private final TicketKind kind;
    private final Priority priority;
    private final TicketOwner owner;
    private final double openedAt;
    private double firstResponseAt = Double.NaN;
    private double closedAt = Double.NaN;
    private double slaTargetHours = Double.NaN;
    private Outcome outcome = Outcome.OPEN;

    /**
     * @param id sequence number within the run
     * @param key stable identity of the issue behind it (clinician, shift, issue), keying its random draws
     * @param kind what it is about
     * @param owner who is told when it closes (a clinician), or null
     * @param openedAt schedule hour it was opened
     */
    public Ticket(long id, long key, TicketKind kind, TicketOwner owner, double openedAt) {
        this.id = id;
        this.key = key;
        this.kind = kind;
        this.priority = kind.priority();
        this.owner = owner;
        this.openedAt = openedAt;
    }

    public long id() {
        return id;
    }

    /** Stable identity of the issue behind the ticket; keys the ticket's random draws (common random numbers). */
    public long key() {
        return key;
    }

    public TicketKind kind() {
        return kind;
    }

    public Priority priority() {
        return priority;
    }

    public TicketOwner owner() {
        return owner;
    }

    public double openedAt() {
        return openedAt;
    }

    public double firstResponseAt() {
        return firstResponseAt;
    }

    public double closedAt() {
        return closedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Response target that applied to this ticket's first response, hours, or NaN. */
    public double slaTargetHours() {
        return slaTargetHours;
    }

    /** Records the first response (only the first call counts). */
    public void respond(double time, double targetHours) {
        if (Double.isNaN(firstResponseAt)) {
            firstResponseAt = time;
            slaTargetHours = targetHours;
        }
    }

    /** Closes the ticket. */
    public void close(double time, Outcome how) {
        if (outcome != Outcome.OPEN) {
            throw new IllegalStateException("ticket " + id + " closed twice");
        }
        closedAt = time;
        outcome = how;
    }

    /** Hours from opening to first response. */
    public double waitHours() {
        return firstResponseAt - openedAt;
    }

    /** Hours from opening to closing. */
    public double resolutionHours() {
        return closedAt - openedAt;
    }
}
