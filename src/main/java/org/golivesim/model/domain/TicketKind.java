package org.golivesim.model.domain;

/** What a ticket is about; it sets priority, handle time, first-contact resolution and routing. */
public enum TicketKind {
    HOW_TO(Priority.NORMAL, true),
    ACCESS(Priority.HIGH, false),
    DEFECT(Priority.NORMAL, false),
    /** Workflow or configuration misfit in decision support and order sets. */
    WORKFLOW(Priority.LOW, true),
    /** Workflow misfit in patient-record management (routed by record-management sourcing). */
    RECORD(Priority.LOW, true),
    OUTAGE(Priority.URGENT, false);

    private final Priority priority;
    private final boolean clinicalContext;

    TicketKind(Priority priority, boolean clinicalContext) {
        this.priority = priority;
        this.clinicalContext = clinicalContext;
    }

    /** Default priority of tickets of this kind. */
    public Priority priority() {
        return priority;
    }

    /** Whether resolving it needs clinical-workflow context (vendors lack it). */
    public boolean needsClinicalContext() {
        return clinicalContext;
    }
}
