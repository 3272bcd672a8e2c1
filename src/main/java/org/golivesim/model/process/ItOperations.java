package org.golivesim.model.process;

import java.util.Arrays;
import java.util.function.DoubleConsumer;
import org.golivesim.model.domain.Calendar;
import org.golivesim.model.domain.Orderings;
import org.golivesim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * IT operations: monitoring, maintenance, change management, incident response and restore, run in-house by
 * {@code support.itOperationsAnalysts} or, for the parts of a vendor-hosted HIS on the provider's side, by the
 * hosting vendor. Rules (parameters in {@link Scenario.Operations}):
 *
 * <ul>
 *   <li><b>Adequacy</b> {@code a = analysts / needed}, with {@code needed = HIS users / usersPerAnalyst}.
 *   <li><b>Deferred maintenance</b>: each week after go-live the backlog of deferred maintenance (in weeks of the
 *       function's work) changes by {@code 1 - a} and never falls below zero: an under-staffed function defers work,
 *       spare capacity works it off. In-house incidents arrive at their base rate times
 *       {@code 1 + incidentRatePerDeferredWeek * backlog}, and in-house restores take
 *       {@code 1 + restoreSlowdownPerDeferredWeek * backlog} times longer (Valenstein 1996, 2003: systems without
 *       recent patches fail more).
 *   <li><b>Change review</b>: a share {@code min(1, a)} of releases is reviewed and tested; the change-failure rate
 *       runs from the reviewed rate (DORA elite, about 5%) to the unreviewed one (DORA low performers, 46%)
 *       ({@link #changeFailureRate()}).
 *   <li><b>Detection</b>: monitoring sees a full outage the vendor runs always, an in-house one with chance
 *       {@code min(1, a)}; it sees a partial-function incident (a failing interface, order function or slow screen)
 *       with chance {@code partialIncidentMonitoredShare}, times {@code min(1, a)} in-house. What it sees is detected
 *       after {@code monitoringDetectionMinutes}; the rest when the help desk passes on the first call about it (the
 *       handle {@link #incident} returns) or after {@code unmonitoredDetectionHours}, whichever is first. Help-desk
 *       staffing and hours are therefore a detection channel: the call waits in the desk's call queue.
 *   <li><b>Restore</b>: in-house, a detected incident waits for a free restore crew (crews =
 *       {@code max(1, floor(analysts on duty / analystsPerIncident))}, analysts on duty = analysts x FTE hours / 168),
 *       first detected first served, then takes its restore work; concurrent incidents queue. The vendor restores
 *       without queueing, its work scaled by its SLA tier's restore priority.
 *   <li><b>Out of hours</b>: the staff keep weekday office hours ({@code support.tier2OpensAtHour} for
 *       {@code support.tier2HoursPerDay} hours; around the clock with {@code mechanisms.shiftEffects} off). Outside
 *       them only the {@code onCallAnalysts} on call restore (at most {@code floor(onCallAnalysts /
 *       analystsPerIncident)} crews, at least one), and they start
 *       {@code onCallResponseMinutes} after detection. The rota covers {@code min(1, analysts x maxOnCallWeekShare /
 *       onCallAnalysts)} of the weeks ({@link OnCallRota}); in a week it cannot cover, someone is reached after
 *       {@code uncoveredCallOutHours}, or when office hours begin if that is sooner.
 *   <li><b>Ransomware restore</b> scales with {@code (needed / analysts)^ransomwareRestoreStaffingExponent}.
 * </ul>
 */
public final class ItOperations {
    /** Who runs an incident's detection and restore. */
    public enum Operator {
        /** The hospital's IT operations staff. */
        IN_HOUSE,
        /** The hosting vendor (provider-side incidents of a vendor-hosted HIS). */
        VENDOR
    }

    private final Scenario.Operations p;
    private final Schedule schedule;
    private final int analysts;
    private final double neededAnalysts;
    private final double adequacy;
    private final boolean vendorHosted;
    private final double vendorRestoreMultiplier;
    private final double[] crewFreeAt;
    private final int onCallCrews;
    private final double rotaCoverage;
    private final int opensAt;
    private final int hoursPerDay;
    private final boolean shifts;
    private double deferredWeeks;

    private static final class Pending {
        final Operator operator;
        final double workHours;
        final DoubleConsumer restored;
        boolean detected;

        Pending(Operator operator, double workHours, DoubleConsumer restored) {
            this.operator = operator;
            this.workHours = workHours;
            this.restored = restored;
        }
    }

    /**
     * @param s scenario
     * @param schedule the model's schedule (detections and restores are scheduled on it)
     */
    public ItOperations(Scenario s, Schedule schedule) {
        this.p = s.operations();
        this.schedule = schedule;
        this.analysts = s.support().itOperationsAnalysts();
        Scenario.Hospital h = s.hospital();
        double users = h.physicians() + h.nurses() + h.allied();
        this.neededAnalysts = users / p.usersPerAnalyst();
        this.adequacy = neededAnalysts > 0 ? analysts / neededAnalysts : 1.0;
        this.vendorHosted = s.sourcing().hosting().outsourced();
        this.vendorRestoreMultiplier = p.vendorRestoreMultiplier(s.vendor().slaTier());
        double onDuty = analysts * s.support().fteHoursPerWeek() / Calendar.WEEK;
        int crews = Math.max(1, (int) Math.floor(onDuty / p.analystsPerIncident()));
        this.crewFreeAt = new double[crews];
        Arrays.fill(crewFreeAt, Double.NEGATIVE_INFINITY);
        this.onCallCrews = Math.min(crews, Math.max(1, p.onCallAnalysts() / p.analystsPerIncident()));
        this.rotaCoverage = OnCallRota.coverage(analysts, s.support().maxOnCallWeekShare(), p.onCallAnalysts());
        this.opensAt = s.support().tier2OpensAtHour();
        this.hoursPerDay = s.support().tier2HoursPerDay();
        this.shifts = s.mechanisms().shiftEffects();
    }

    /** Share of weeks the on-call rota covers outside office hours. */
    public double onCallCoverage() {
        return rotaCoverage;
    }

    /** Restore crews outside office hours (the analysts on call). */
    public int onCallCrews() {
        return onCallCrews;
    }

    /**
     * The hour in-house restore work can start on an incident detected now, whoever is free: now in office hours;
     * outside them after the on-call response, or in a week the rota cannot cover after the call-out (never later
     * than the next office hours).
     */
    public double readyAt(double now) {
        if (officeHours(now)) {
            return now;
        }
        if (OnCallRota.covers(now, rotaCoverage)) {
            return now + p.onCallResponseMinutes() / Calendar.MINUTES_PER_HOUR;
        }
        return Math.min(now + p.uncoveredCallOutHours(), OnCallRota.nextOfficeHour(now, opensAt, hoursPerDay));
    }

    /** Whether the staff are at work now (always, with {@code mechanisms.shiftEffects} off). */
    private boolean officeHours(double now) {
        return !shifts || OnCallRota.officeHours(now, opensAt, hoursPerDay);
    }

    /** In-house staff over the staff the hospital's size needs. */
    public double adequacy() {
        return adequacy;
    }

    /** Analysts the hospital's size needs ({@code users / usersPerAnalyst}). */
    public double neededAnalysts() {
        return neededAnalysts;
    }

    /** Restore crews the in-house staff can field at once. */
    public int crews() {
        return crewFreeAt.length;
    }

    /** Deferred maintenance, in weeks of the function's work. */
    public double deferredWeeks() {
        return deferredWeeks;
    }

    /** Share of in-house incidents monitoring covers, and of releases that get change review: {@code min(1, a)}. */
    public double coverage() {
        return Math.min(1.0, adequacy);
    }

    /** The weekly step after go-live: maintenance deferred or worked off. */
    public void week() {
        deferredWeeks = Math.max(0.0, deferredWeeks + 1.0 - adequacy);
    }

    /** Multiplier on the rate of incidents the hospital's own operations cause: deferred maintenance. */
    public double inHouseIncidentMultiplier() {
        return 1.0 + p.incidentRatePerDeferredWeek() * deferredWeeks;
    }

    /** Multiplier on the HIS's base incident rate: the in-house part scaled by deferred maintenance. */
    public double incidentRateMultiplier() {
        double local = localShare();
        return (1 - local) + local * inHouseIncidentMultiplier();
    }

    /** Chance that an incident arising now is the hospital's own (in-house run) rather than the provider's. */
    public double inHouseShareOfIncidents() {
        double local = localShare() * inHouseIncidentMultiplier();
        return local / (local + (1 - localShare()));
    }

    private double localShare() {
        return vendorHosted ? p.localShareOfIncidentsVendorHosted() : 1.0;
    }

    /** Who runs an incident, from a uniform drawn for it. */
    public Operator operatorFor(double uniform) {
        return uniform < inHouseShareOfIncidents() ? Operator.IN_HOUSE : Operator.VENDOR;
    }

    /** Share of releases that cause an incident: {@code reviewed + (unreviewed - reviewed) (1 - min(1, a))}. */
    public double changeFailureRate() {
        return p.changeFailureRateReviewed()
                + (p.changeFailureRateUnreviewed() - p.changeFailureRateReviewed()) * (1 - coverage());
    }

    /** Multiplier on restore work by who runs it: deferred maintenance in-house, the tier's priority at a vendor. */
    public double restoreWorkMultiplier(Operator operator) {
        return operator == Operator.VENDOR
                ? vendorRestoreMultiplier
                : 1.0 + p.restoreSlowdownPerDeferredWeek() * deferredWeeks;
    }

    /** Multiplier on ransomware restore time: {@code (needed / max(1, analysts))^exponent}. */
    public double ransomwareRestoreMultiplier() {
        if (neededAnalysts <= 0) {
            return 1.0;
        }
        return Math.pow(neededAnalysts / Math.max(1, analysts), p.ransomwareRestoreStaffingExponent());
    }

    /**
     * An incident began now. It is detected, waits for a crew (in-house) and is restored; then {@code restored}
     * receives the restore hour.
     *
     * @param now schedule hour the incident began
     * @param operator who runs it
     * @param workHours restore work at a silver vendor or in-house without deferred maintenance, hours
     * @param monitorDraw uniform deciding whether monitoring sees it
     * @param partial whether it is a partial-function incident (monitoring sees fewer of them)
     * @param restored told the restore hour
     * @return the incident's report: call it with the hour the help desk passes on a call about it (detects it then,
     *     if nothing detected it before)
     */
    public DoubleConsumer incident(
            double now,
            Operator operator,
            double workHours,
            double monitorDraw,
            boolean partial,
            DoubleConsumer restored) {
        Pending incident = new Pending(operator, workHours * restoreWorkMultiplier(operator), restored);
        detectAfter(
                incident,
                now,
                monitored(operator, partial, monitorDraw)
                        ? p.monitoringDetectionMinutes() / Calendar.MINUTES_PER_HOUR
                        : p.unmonitoredDetectionHours());
        return at -> detect(incident, at);
    }

    /**
     * Whether monitoring sees an incident: a full outage at the vendor always, in-house with chance {@code min(1, a)};
     * a partial one with chance {@code partialIncidentMonitoredShare}, times {@code min(1, a)} in-house.
     */
    public boolean monitored(Operator operator, boolean partial, double uniform) {
        double chance =
                (partial ? p.partialIncidentMonitoredShare() : 1.0) * (operator == Operator.VENDOR ? 1.0 : coverage());
        return uniform < chance;
    }

    private void detectAfter(Pending incident, double now, double delayHours) {
        if (delayHours <= 0) {
            detect(incident, now);
        } else {
            schedule.scheduleOnce(
                    now + delayHours, Orderings.ENVIRONMENT, st -> detect(incident, st.schedule.getTime()));
        }
    }

    private void detect(Pending incident, double now) {
        if (incident.detected) {
            return;
        }
        incident.detected = true;
        double start = now;
        if (incident.operator == Operator.IN_HOUSE) {
            int available = officeHours(now) ? crewFreeAt.length : onCallCrews;
            int crew = 0;
            for (int i = 1; i < available; i++) {
                if (crewFreeAt[i] < crewFreeAt[crew]) {
                    crew = i;
                }
            }
            start = Math.max(readyAt(now), crewFreeAt[crew]);
            crewFreeAt[crew] = start + incident.workHours;
        }
        double end = start + incident.workHours;
        if (end <= now) {
            incident.restored.accept(now);
        } else {
            schedule.scheduleOnce(end, Orderings.ENVIRONMENT, st -> incident.restored.accept(st.schedule.getTime()));
        }
    }
}
