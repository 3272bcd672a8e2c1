package org.golivesim.model.process;

import java.util.function.DoubleConsumer;
import java.util.function.IntSupplier;
import org.golivesim.model.Calendar;
import org.golivesim.model.Orderings;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.RunLog;
import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * The HIS's infrastructure: up, partially down or fully down. Rules (parameters in {@link Scenario.HisSystem}):
 *
 * <ul>
 *   <li><b>Full unplanned outages</b> arrive as a Poisson process, checked hourly while the system is not already
 *       down, at the hosting model's yearly rate raised by {@code outageRatePerOpenVulnerability} for each open
 *       vulnerability (maintenance adequacy; Valenstein 1996, 2003). Restore times are lognormal with the hosting
 *       model's median, cut by the dedicated team's monitoring. Outage up/down cycles therefore have availability
 *       MTBF / (MTBF + MTTR), which {@code InfrastructureAvailabilityTest} checks.
 *   <li><b>Partial-function incidents</b> arrive likewise, with an early-life multiplier that decays after go-live
 *       (VA OIG 2024: about four a month early on, mostly partial).
 *   <li><b>Planned downtime</b>: maintenance windows and release installs, scheduled by others through
 *       {@link #planned}.
 *   <li><b>Ransomware</b> takes the system fully down for days ({@link #ransomware}).
 * </ul>
 *
 * Time in each state is accrued exactly (not by the hour) into the day's ledger and into cumulative counters that
 * the workforce reads at shift boundaries. Overlaps count once: unplanned over planned over partial.
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
    private DoubleConsumer outageListener = t -> {};
    private double downtimeUsdPerHour;
    private int unplannedActive;
    private int plannedActive;
    private int partialActive;
    private double lastAccrual;
    private double cumulativeUnplanned;
    private double cumulativePlanned;
    private double cumulativePartial;

    /**
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
        this.p = s.system();
        this.vendorHosted = s.sourcing().hosting().outsourced();
        this.teamRestoreCut = s.dedicatedTeam().effect() * s.dedicatedTeam().restoreTimeReduction();
        this.calendar = calendar;
        this.schedule = schedule;
        this.ledger = ledger;
        this.log = log;
        this.stream = stream;
        this.openVulnerabilities = openVulnerabilities;
        this.downtimeUsdPerHour = s.costs().unplannedDowntimeUsdPerHour();
    }

    /** The clock conventions (go-live hour) this infrastructure runs on. */
    public Calendar calendar() {
        return calendar;
    }

    /** Who is told when an unplanned outage starts (the help desk takes calls). */
    public void onOutage(DoubleConsumer listener) {
        this.outageListener = listener;
    }

    /** The hourly check for new outages and incidents. */
    public void hour(double now) {
        accrueTo(now);
        // the same four numbers are drawn every hour, whatever the state, so that two strategies see outages at
        // the same hours wherever their rates coincide (common random numbers)
        double full = stream.uniform();
        double restore = stream.gaussian();
        double partial = stream.uniform();
        double partialLength = stream.gaussian();
        if (unplannedActive == 0 && full < fullOutagesPerYear() / Calendar.YEAR) {
            unplanned(now, medianRestoreHours(now) * Math.exp(p.restoreLogSd() * restore), true);
        }
        if (partialActive == 0 && partial < partialIncidentsPerMonth(now) / Calendar.MONTH) {
            partialActive++;
            double hours = p.partialMedianHours() * (1 - restoreCut(now)) * Math.exp(p.restoreLogSd() * partialLength);
            log.partialIncident(now, hours);
            schedule.scheduleOnce(now + hours, Orderings.ENVIRONMENT, st -> {
                accrueTo(st.schedule.getTime());
                partialActive--;
            });
        }
    }

    /** Current yearly rate of full outages (hosting model and maintenance adequacy). */
    public double fullOutagesPerYear() {
        double base = vendorHosted ? p.fullOutagesPerYearVendor() : p.fullOutagesPerYearInHouse();
        return base * (1 + p.outageRatePerOpenVulnerability() * openVulnerabilities.getAsInt());
    }

    /** Current monthly rate of partial incidents (early-life multiplier after go-live). */
    public double partialIncidentsPerMonth(double now) {
        double base = vendorHosted ? p.partialIncidentsPerMonthVendor() : p.partialIncidentsPerMonthInHouse();
        double weeks = calendar.sinceGoLive(now) / Calendar.WEEK;
        if (weeks < 0) {
            return base;
        }
        return base * (1 + (p.goLiveIncidentMultiplier() - 1) * Math.exp(-weeks / p.goLiveIncidentDecayWeeks()));
    }

    /** Mean restore time of a full outage after go-live, hours (lognormal mean). */
    public double meanRestoreHours() {
        return medianRestoreHours(calendar.goLiveHour()) * Math.exp(p.restoreLogSd() * p.restoreLogSd() / 2);
    }

    private double medianRestoreHours(double now) {
        return (vendorHosted ? p.restoreMedianHoursVendor() : p.restoreMedianHoursInHouse()) * (1 - restoreCut(now));
    }

    /** The dedicated team's cut in restore times: it monitors from go-live on. */
    private double restoreCut(double now) {
        return calendar.live(now) ? teamRestoreCut : 0.0;
    }

    /**
     * Starts unplanned full downtime now.
     *
     * @param hours how long until restore
     * @param outage whether it counts as an outage in the outage statistics (ransomware also does)
     */
    void unplanned(double now, double hours, boolean outage) {
        accrueTo(now);
        unplannedActive++;
        ledger.unplannedOutages++;
        log.fullOutage(now, hours);
        outageListener.accept(now);
        schedule.scheduleOnce(now + hours, Orderings.ENVIRONMENT, st -> {
            accrueTo(st.schedule.getTime());
            unplannedActive--;
        });
    }

    /** Ransomware: the HIS goes fully down for the given number of hours, cut by the team's monitoring. */
    public void ransomware(double now, double hours) {
        unplanned(now, hours * (1 - restoreCut(now)), true);
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
            ledger.unplannedDownHours += dt;
            if (calendar.live(now)) {
                ledger.costDowntime += dt * downtimeUsdPerHour;
            }
        } else if (plannedActive > 0) {
            cumulativePlanned += dt;
            ledger.plannedDownHours += dt;
        } else if (partialActive > 0) {
            cumulativePartial += dt;
            ledger.partialHours += dt;
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
