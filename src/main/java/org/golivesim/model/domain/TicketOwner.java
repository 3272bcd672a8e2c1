package org.golivesim.model.domain;

/** Whoever opened a ticket and wants to hear how it ended. */
public interface TicketOwner {
    /** Called once when the ticket closes (resolved or not). */
    void ticketClosed(Ticket ticket);
}
