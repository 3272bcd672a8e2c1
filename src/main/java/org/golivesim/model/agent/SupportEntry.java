package org.golivesim.model.agent;

import org.golivesim.model.domain.TicketKind;
import org.golivesim.model.domain.TicketOwner;

/** Where clinicians' tickets enter support: the help desk, at the given time. */
public interface SupportEntry {
    /**
     * Opens a ticket of this kind for its owner at schedule hour {@code at} (now or later in the shift).
     *
     * @param key stable identity of the issue (keys the ticket's random draws)
     */
    void open(TicketKind kind, TicketOwner owner, double at, long key);
}
