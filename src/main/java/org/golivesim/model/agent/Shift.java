package org.golivesim.model.agent;

import org.golivesim.model.domain.TicketKind;
import org.golivesim.observe.DayLedger;
import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;

/**
 * The circumstances of one shift as the clinicians on it see them: when it runs, whether the new HIS is live, the
 * state of the system (defects, misfit, downtime during the shift), the help available and where tickets go. Built by
 * the {@link Workforce} at the shift's start and completed with the downtime at its end.
 */
final class Shift {
    private final Workforce w;
    private final double start;
    private final boolean live;
    private final int activeDefects;
    private final double activeDefectShare;
    private final double misfit;
    private final SuperUsers superUsers;
    private final Stream.PoissonMean accessIssues;
    private final Stream.PoissonMean defectIssues;
    private final Stream.PoissonMean workflowIssues;
    private final long number;
    private double downHours;
    private double partialHours;

    Shift(
            Workforce w,
            double start,
            boolean live,
            int activeDefects,
            double activeDefectShare,
            double misfit,
            SuperUsers superUsers) {
        this.w = w;
        this.start = start;
        this.live = live;
        this.activeDefects = activeDefects;
        this.activeDefectShare = activeDefectShare;
        this.misfit = misfit;
        this.superUsers = superUsers;
        this.number = Math.round(start / org.golivesim.model.domain.ShiftSlot.HOURS);
        // every clinician on the shift has the same mean number of these issues: exp(-mean) once per shift
        Scenario.Issues q = w.issues();
        double h = hours();
        this.accessIssues = Stream.PoissonMean.of(q.accessPerHour() * h);
        this.defectIssues = Stream.PoissonMean.of(q.defectPerHourPerActiveDefect() * activeDefects * h);
        this.workflowIssues = Stream.PoissonMean.of(q.workflowMisfitPerHour() * misfit * h);
    }

    void downtime(double downHours, double partialHours) {
        this.downHours = downHours;
        this.partialHours = partialHours;
    }

    double start() {
        return start;
    }

    double hours() {
        return org.golivesim.model.domain.ShiftSlot.HOURS;
    }

    boolean live() {
        return live;
    }

    int activeDefects() {
        return activeDefects;
    }

    double activeDefectShare() {
        return activeDefectShare;
    }

    double misfit() {
        return misfit;
    }

    /** Mean number of access issues of a clinician in this shift (on the new HIS or the legacy system). */
    Stream.PoissonMean accessIssues() {
        return accessIssues;
    }

    /** Mean number of defect encounters of a clinician in this shift (new HIS). */
    Stream.PoissonMean defectIssues() {
        return defectIssues;
    }

    /** Mean number of workflow-misfit issues of a clinician in this shift (new HIS). */
    Stream.PoissonMean workflowIssues() {
        return workflowIssues;
    }

    double downHours() {
        return downHours;
    }

    double partialHours() {
        return partialHours;
    }

    SuperUsers superUsers() {
        return superUsers;
    }

    boolean workaroundsAllowed() {
        return w.workaroundsAllowed();
    }

    boolean learningOn() {
        return w.learningOn();
    }

    Scenario.Issues issues() {
        return w.issues();
    }

    Scenario.Work work() {
        return w.work();
    }

    Scenario.Errors errors() {
        return w.errors();
    }

    ErrorOdds odds() {
        return w.odds();
    }

    /** Probability that one workaround in use ends during a shift (persistence {@code issues.workaroundPersistenceDays}). */
    double workaroundEndProbability() {
        return w.workaroundEndProbability();
    }

    /** Factor by which remembered support experience fades over one shift (half-life {@code supportMemoryHalfLifeDays}). */
    double supportMemoryFade() {
        return w.supportMemoryFade();
    }

    Scenario.Learning learning() {
        return w.learning();
    }

    Scenario.Support support() {
        return w.support();
    }

    DayLedger ledger() {
        return w.ledger();
    }

    /** Number of this shift since the start of the run (8-hour steps). */
    long number() {
        return number;
    }

    /**
     * The draws of one clinician in this shift: a keyed stream, so the clinician's issues, choices and errors in a
     * shift use the same numbers in every strategy (common random numbers). The stream is the workforce's cursor,
     * moved to this clinician and phase: valid until the next clinician's draws.
     *
     * @param phase 0 at the shift's start, 1 at its end
     */
    Stream draws(int clinicianId, int phase) {
        return w.shiftDraws().at(clinicianId, number() * 2 + phase);
    }

    void openTicket(TicketKind kind, Clinician owner, double at, long key) {
        w.supportEntry().open(kind, owner, at, key);
    }
}
