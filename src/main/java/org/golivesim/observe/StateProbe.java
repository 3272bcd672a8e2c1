package org.golivesim.observe;

/** Read-only view of the model's state that the recorder samples at the end of each day. */
public interface StateProbe {
    /**
     * Called by the recorder before it reads the day's row: probes whose statistics pass over a whole population take
     * them once here (the state does not change while the row is read).
     */
    default void beforeReading() {}

    /** Tickets open anywhere (desk, tier 2, vendor, fix queue). */
    int backlog();

    /** Unfilled in-house support positions. */
    int staffVacancies();

    double proficiencyMean();

    double proficiencySd();

    double satisfactionMean();

    /** Net-promoter-style score of clinicians' view of the HIS and its support, -100..100. */
    double netPromoterScore();

    /** Discovered, unfixed defects. */
    int activeDefects();

    /** Disclosed, unpatched vulnerabilities. */
    int openVulnerabilities();

    /** Compromised accounts not yet detected. */
    int openCompromises();

    /** IT operations' deferred maintenance, in weeks of its work (0 where a probe does not model it). */
    default double deferredMaintenanceWeeks() {
        return 0.0;
    }
}
