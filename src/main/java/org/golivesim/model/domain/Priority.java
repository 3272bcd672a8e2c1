package org.golivesim.model.domain;

/** Ticket priority; the rank orders queues (0 first) and indexes SLA targets. */
public enum Priority {
    URGENT,
    HIGH,
    NORMAL,
    LOW;

    /** 0 for urgent to 3 for low. */
    public int rank() {
        return ordinal();
    }
}
