package org.golivesim.model.process;

import java.util.function.DoubleConsumer;
import java.util.function.IntSupplier;
import org.golivesim.model.domain.Calendar;
import org.golivesim.model.domain.Orderings;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.RunLog;
import org.golivesim.observe.Tally;
import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * The HIS's infrastructure: up, partially down or fully down. Rules (parameters in {@link Scenario.HisSystem}):
 *
 * <ul>
 *   <li><b>Full unplanned outages</b> arrive as a Poisson process, checked hourly while the system is not already
 *       down, at the hosting model's yearly rate raised by {@code outageRatePerOpenVulnerability} for each open
 *       vulnerability (Valenstein 1996, 2003) and, for the hospital's own share of incidents, by deferred maintenance
 *       ({@link ItOperations}). Each is the hospital's own or, when hosted, the provider's; its restore work is
 *       lognormal with that operator's median, cut by the dedicated team's monitoring, and {@link ItOperations}
 *       decides when it is detected and restored. With detection immediate and crews plentiful, outage up/down
 *       cycles have availability MTBF / (MTBF + MTTR), which {@code InfrastructureAvailabilityTest} checks.
 *   <li><b>Partial-function incidents</b> arrive likewise, with an early-life multiplier that decays after go-live
 *       (VA OIG 2024: about four a month early on, mostly partial). A share {@code defectShareOfPartialIncidents} of
 *       them are application defects (a broken order function, interface mapping or screen): no infrastructure
 *       monitor sees them, clinicians report them through the help desk, and in-house tier 2 restores the function
 *       (workaround or configuration change) when it gets to them ({@link DefectIncidents}); the rest are
 *       infrastructure incidents that {@link ItOperations} detects and restores.
 *   <li><b>Calls</b>: every full outage and partial incident prompts calls from the clinicians on duty; the first
 *       call the help desk answers and passes on detects it if nothing did before ({@link Reporting}).
 *   <li><b>Change incidents</b>: a release fails with the change-failure rate of {@link ItOperations}; a share of
 *       failures takes the system fully down, the rest degrade it.
 *   <li><b>Planned downtime</b>: maintenance windows and release installs, scheduled by others through
 *       {@link #planned}.
 *   <li><b>Ransomware</b> takes the system fully down for days ({@link #ransomware}).
 * </ul>
 *
 * Time in each state is accrued exactly (not by the hour) into the day's ledger and into cumulative counters that
 * the workforce reads at shift boundaries. Overlaps count once: unplanned over planned over partial; unplanned time
 * while a ransomware outage lasts is also booked as ransomware downtime.
 */
public final class Infrastructure {
    private final Scenario.HisSystem p;
    private final boolean vendorHosted;
    private final double teamRestoreCut;
    private final Calendar calendar;
    private final Schedule schedule;
    private final DayLedger ledger;
    private final RunLog log;
    private final Stream stream;
    private final IntSupplier openVulnerabilities;
    private final ItOperations operations;
    private final Stream changes;
    private Reporting reporting = (now, full, report) -> {};
    private DefectIncidents defectIncidents = (now, work, restored) -> restored.accept(now + work);
    private final double downtimeUsdPerHour;
    private final double changeFullOutageShare;
    private int unplannedActive;
    private int plannedActive;
    private int partialActive;
    private int ransomwareActive;
    private double lastAccrual;
    private double cumulativeUnplanned;
    private double cumulativePlanned;
    private double cumulativePartial;

    /**
     * An infrastructure with its own IT operations and change stream, for tests of the outage processes alone.
     *
     * @param s scenario
     * @param calendar clock conventions
     * @param schedule the model's schedule (restores are scheduled on it)
     * @param ledger the day's tally
     * @param log run-level log (outage lengths)
     * @param stream this process's stream ("outages")
     * @param openVulnerabilities how many vulnerabilities are open now
     */
    public Infrastructure(
            Scenario s,
            Calendar calendar,
            Schedule schedule,
            DayLedger ledger,
            RunLog log,
            Stream stream,
            IntSupplier openVulnerabilities) {
        this(s, calendar, schedule, ledger, log, stream, openVulnerabilities, new ItOperations(s, schedule), stream);
    }

    /**
     * @param s scenario
     * @param calendar clock conventions
     * @param schedule the model's schedule (restores are scheduled on it)
     * @param ledger the day's tally
     * @param log run-level log (outage lengths)
     * @param stream this process's stream ("outages")
     * @param openVulnerabilities how many vulnerabilities are open now
     * @param operations who detects and restores incidents
     * @param changes stream of release outcomes ("changes"; four numbers per release)
     */
    public Infrastructure(
            Scenario s,
            Calendar calendar,
            Schedule schedule,
            DayLedger ledger,
            RunLog log,
            Stream stream,
            IntSupplier openVulnerabilities,
            ItOperations operations,
            Stream changes) {
        this.p = s.system();
        this.vendorHosted = s.sourcing().hosting().outsourced();
        this.teamRestoreCut = s.dedicatedTeam().monitoringEffect(s.hospital().clinicians())
                * s.dedicatedTeam().restoreTimeReduction();
        this.calendar = calendar;
        this.schedule = schedule;
        this.ledger = ledger;
        this.log = log;
        this.stream = stream;
        this.openVulnerabilities = openVulnerabilities;
        this.operations = operations;
        this.changes = changes;
        this.downtimeUsdPerHour = s.costs().unplannedDowntimeUsdPerHour();
        this.changeFullOutageShare = s.operations().changeFailureFullOutageShare();
    }

    /** The clock conventions (go-live hour) this infrastructure runs on. */
    public Calendar calendar() {
        return calendar;
    }

    /** Who takes clinicians' calls about an incident that began now (the help desk). */
    @FunctionalInterface
    public interface Reporting {
        /**
         * @param now schedule hour the incident began
         * @param fullOutage whether the HIS is fully down (every clinician on duty is affected) or partially
         * @param report to call with the hour the desk passes on the first call about it
         */
        void incident(double now, boolean fullOutage, DoubleConsumer report);
    }

    /** Who restores application-defect incidents (in-house tier 2, reached through the help desk). */
    @FunctionalInterface
    public interface DefectIncidents {
        /**
         * @param now schedule hour the incident began
         * @param workHours the restore work once someone works on it, hours
         * @param restored to call with the restore hour
         */
        void incident(double now, double workHours, DoubleConsumer restored);
    }

    /** Who is told when an incident starts (the help desk takes calls). */
    public void onIncident(Reporting listener) {
        this.reporting = listener;
    }

    /** Who restores application-defect incidents. */
    public void onDefectIncident(DefectIncidents handler) {
        this.defectIncidents = handler;
    }

    /** Who detects and restores incidents. */
    public ItOperations operations() {
        return operations;
    }

    /** The hourly check for new outages and incidents. */
    public void hour(double now) {
        accrueTo(now);
        // the same nine numbers are drawn every hour, whatever the state, so that two strategies see outages at
        // the same hours wherever their rates coincide (common random numbers)
        double full = stream.uniform();
        double restore = stream.gaussian();
        double partial = stream.uniform();
        double partialLength = stream.gaussian();
        double fullOperator = stream.uniform();
        double fullMonitor = stream.uniform();
        double partialOperator = stream.uniform();
        double partialMonitor = stream.uniform();
        double partialCause = stream.uniform();
        if (unplannedActive == 0 && full < fullOutagesPerYear() / Calendar.YEAR) {
            ItOperations.Operator who = operations.operatorFor(fullOperator);
            double work = medianRestoreHours(who, now) * Math.exp(p.restoreLogSd() * restore);
            fullOutage(now, who, work, fullMonitor);
        }
        if (partialActive == 0 && partial < partialIncidentsPerMonth(now) / Calendar.MONTH) {
            ItOperations.Operator who = operations.operatorFor(partialOperator);
            double work = p.partialMedianHours() * (1 - restoreCut(now)) * Math.exp(p.restoreLogSd() * partialLength);
            if (partialCause < p.defectShareOfPartialIncidents()) {
                defectIncident(now, work);
            } else {
                partialIncident(now, who, work, partialMonitor);
            }
        }
    }

    /**
     * A release was installed now: with the change-failure rate it causes an incident, a full outage with
     * {@code changeFailureFullOutageShare}. Four numbers are drawn per release whatever happens. A vendor-hosted
     * system's releases are installed and rolled back by the vendor.
     */
    public void release(double now) {
        double fails = changes.uniform();
        double fullDraw = changes.uniform();
        double length = changes.gaussian();
        double monitor = changes.uniform();
        if (fails >= operations.changeFailureRate()) {
            return;
        }
        ledger.count(Tally.CHANGE_INCIDENTS);
        ItOperations.Operator who = vendorHosted ? ItOperations.Operator.VENDOR : ItOperations.Operator.IN_HOUSE;
        if (fullDraw < changeFullOutageShare) {
            fullOutage(now, who, medianRestoreHours(who, now) * Math.exp(p.restoreLogSd() * length), monitor);
        } else {
            partialIncident(
                    now,
                    who,
                    p.partialMedianHours() * (1 - restoreCut(now)) * Math.exp(p.restoreLogSd() * length),
                    monitor);
        }
    }

    private void fullOutage(double now, ItOperations.Operator who, double work, double monitor) {
        startUnplanned(now);
        DoubleConsumer report = operations.incident(now, who, work, monitor, false, end -> {
            log.fullOutage(now, end - now);
            log.restored(now, end - now);
            endUnplanned(end);
        });
        reporting.incident(now, true, report);
    }

    private void partialIncident(double now, ItOperations.Operator who, double work, double monitor) {
        accrueTo(now);
        partialActive++;
        DoubleConsumer report = operations.incident(now, who, work, monitor, true, end -> partialEnded(now, end));
        reporting.incident(now, false, report);
    }

    /** An application defect broke a function now; tier 2 restores it once the desk has passed it on. */
    private void defectIncident(double now, double work) {
        accrueTo(now);
        partialActive++;
        ledger.count(Tally.DEFECT_INCIDENTS);
        defectIncidents.incident(now, work, end -> partialEnded(now, end));
    }

    private void partialEnded(double start, double end) {
        accrueTo(end);
        partialActive--;
        log.partialIncident(start, end - start);
        log.restored(start, end - start);
    }

    /** Current yearly rate of full outages (hosting model, maintenance adequacy and deferred maintenance). */
    public double fullOutagesPerYear() {
        double base = vendorHosted ? p.fullOutagesPerYearVendor() : p.fullOutagesPerYearInHouse();
        return base
                * (1 + p.outageRatePerOpenVulnerability() * openVulnerabilities.getAsInt())
                * operations.incidentRateMultiplier();
    }

    /** Current monthly rate of partial incidents (early-life multiplier after go-live). */
    public double partialIncidentsPerMonth(double now) {
        double base = (vendorHosted ? p.partialIncidentsPerMonthVendor() : p.partialIncidentsPerMonthInHouse())
                * operations.incidentRateMultiplier();
        double weeks = calendar.sinceGoLive(now) / Calendar.WEEK;
        if (weeks < 0) {
            return base;
        }
        return base * (1 + (p.goLiveIncidentMultiplier() - 1) * Math.exp(-weeks / p.goLiveIncidentDecayWeeks()));
    }

    /**
     * Mean restore work of a full outage after go-live at the hosting model's median, hours (lognormal mean; with
     * immediate detection and free crews this is the mean time to restore).
     */
    public double meanRestoreHours() {
        ItOperations.Operator who = vendorHosted ? ItOperations.Operator.VENDOR : ItOperations.Operator.IN_HOUSE;
        return medianRestoreHours(who, calendar.goLiveHour())
                / operations.restoreWorkMultiplier(who)
                * Math.exp(p.restoreLogSd() * p.restoreLogSd() / 2);
    }

    /** Median restore work of a full outage run by this operator, before its own multiplier, hours. */
    private double medianRestoreHours(ItOperations.Operator who, double now) {
        double median =
                who == ItOperations.Operator.VENDOR ? p.restoreMedianHoursVendor() : p.restoreMedianHoursInHouse();
        return median * (1 - restoreCut(now));
    }

    /** The dedicated team's cut in restore times: it monitors from go-live on. */
    private double restoreCut(double now) {
        return calendar.live(now) ? teamRestoreCut : 0.0;
    }

    private void startUnplanned(double now) {
        accrueTo(now);
        unplannedActive++;
        ledger.count(Tally.UNPLANNED_OUTAGES);
    }

    private void endUnplanned(double at) {
        accrueTo(at);
        unplannedActive--;
    }

    /**
     * Ransomware took the HIS down now for the given number of hours (set by {@link Threats}), cut by the team's
     * monitoring. It counts as an unplanned outage and is restored by the whole of IT operations, outside the
     * incident crews.
     */
    public void ransomware(double now, double hours) {
        double length = hours * (1 - restoreCut(now));
        startUnplanned(now);
        reporting.incident(now, true, at -> {});
        ransomwareActive++;
        ledger.count(Tally.RANSOMWARE_OUTAGES);
        log.fullOutage(now, length);
        schedule.scheduleOnce(now + length, Orderings.ENVIRONMENT, st -> {
            endUnplanned(st.schedule.getTime());
            ransomwareActive--;
        });
    }

    /** Planned full downtime (maintenance window, release install) starting now. */
    public void planned(double now, double hours) {
        if (hours <= 0) {
            return;
        }
        accrueTo(now);
        plannedActive++;
        schedule.scheduleOnce(now + hours, Orderings.ENVIRONMENT, st -> {
            accrueTo(st.schedule.getTime());
            plannedActive--;
        });
    }

    /** Accrues the time since the last change into the state it was in. */
    public void accrueTo(double now) {
        double dt = now - lastAccrual;
        if (dt <= 0) {
            return;
        }
        if (unplannedActive > 0) {
            cumulativeUnplanned += dt;
            ledger.add(Tally.UNPLANNED_DOWN_HOURS, dt);
            if (ransomwareActive > 0) {
                ledger.add(Tally.RANSOMWARE_DOWN_HOURS, dt);
            }
            if (calendar.live(now)) {
                ledger.add(Tally.COST_DOWNTIME, dt * downtimeUsdPerHour);
            }
        } else if (plannedActive > 0) {
            cumulativePlanned += dt;
            ledger.add(Tally.PLANNED_DOWN_HOURS, dt);
        } else if (partialActive > 0) {
            cumulativePartial += dt;
            ledger.add(Tally.PARTIAL_HOURS, dt);
        }
        lastAccrual = now;
    }

    /** Full downtime (planned and unplanned) accrued up to now, hours. */
    public double cumulativeDownHours(double now) {
        accrueTo(now);
        return cumulativeUnplanned + cumulativePlanned;
    }

    /** Unplanned downtime accrued up to now, hours. */
    public double cumulativeUnplannedHours(double now) {
        accrueTo(now);
        return cumulativeUnplanned;
    }

    /** Partial-function time accrued up to now, hours. */
    public double cumulativePartialHours(double now) {
        accrueTo(now);
        return cumulativePartial;
    }

    /** Whether the system is fully down now. */
    public boolean down() {
        return unplannedActive > 0 || plannedActive > 0;
    }
}
