package org.golivesim.model.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.DoubleSupplier;
import org.golivesim.model.domain.Calendar;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.Tally;
import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;

/**
 * Vulnerabilities in the HIS stack and the patch queue. Rules (parameters in {@link Scenario.Security}):
 *
 * <ul>
 *   <li><b>Arrivals</b>: disclosures arrive as a Poisson process; a share {@code securityRelevantDefectShare} of the
 *       HIS defects that use discovers are vulnerabilities too (drawn from their own stream).
 *   <li><b>Vendor maintenance</b> (technical support outsourced): each waits a lognormal patch latency with median
 *       {@code patchLatencyDaysVendor} (Verizon DBIR: 32 days).
 *   <li><b>In-house maintenance</b>: each waits a lognormal lead time (median {@code patchLatencyDaysInHouse}) until
 *       its patch can be applied, then joins a first-come queue served by IT operations: {@code
 *       support.itOperationsAnalysts x itOperationsPatchingShare} of an FTE's week ({@code support.fteHoursPerWeek}), {@code patchHoursPerVulnerability}
 *       per patch. Latency is lead time plus queueing, so more staff shortens it with diminishing returns (towards the
 *       lead time) and too few lets the backlog grow without bound.
 *   <li>The dedicated team's patching cuts the lead time (both sourcing cases) from go-live on.
 *   <li><b>Exploitation</b>: while unpatched, the daily exploitation hazard grows with age, {@code h(a) = h30 (a / 30
 *       days)^growth}; the exploitation time is drawn at disclosure by inverting the cumulative hazard at an
 *       exponential threshold, so a vulnerability is exploited exactly when that time comes before its patch — the
 *       same vulnerability meets the same fate in two arms unless their patching differs. An exploitation is an
 *       intrusion handed to {@link Threats}.
 * </ul>
 */
public final class Vulnerabilities {
    private final Scenario.Security p;
    private final boolean vendorMaintenance;
    private final double leadCut;
    private final double patchHoursPerDay;
    private final org.golivesim.model.domain.Calendar calendar;
    private final Stream stream;
    private final Stream defectStream;
    private final DayLedger ledger;
    private final List<Open> open = new ArrayList<>();
    private BiConsumer<Double, Threats.Intrusion> exploited = (t, i) -> {};
    private BiConsumer<Double, Double> exploitHazard = (t, p) -> {};
    private DoubleSupplier defectsFound = () -> 0;
    private double defectsSeen;
    private double workBanked;

    private record Open(double disclosedAt, double readyAt, double exploitAt, Threats.Intrusion intrusion) {}

    /**
     * @param s scenario
     * @param stream this process's stream ("vulnerabilities")
     */
    public Vulnerabilities(Scenario s, Stream stream) {
        this(s, new org.golivesim.model.domain.Calendar(0), new DayLedger(), stream, stream);
    }

    /**
     * @param s scenario
     * @param calendar clock conventions: the dedicated team patches from go-live on
     * @param ledger the day's tally (patches applied and their latency)
     * @param stream this process's stream ("vulnerabilities")
     * @param defectStream stream deciding which discovered defects are security-relevant ("vulnerabilities.defects")
     */
    public Vulnerabilities(
            Scenario s,
            org.golivesim.model.domain.Calendar calendar,
            DayLedger ledger,
            Stream stream,
            Stream defectStream) {
        this.p = s.security();
        this.calendar = calendar;
        this.ledger = ledger;
        this.vendorMaintenance = s.sourcing().technicalSupport().outsourced();
        this.leadCut = s.dedicatedTeam().changeManagementEffect(s.hospital().clinicians())
                * s.dedicatedTeam().patchLatencyReduction();
        this.patchHoursPerDay = s.support().itOperationsAnalysts()
                * p.itOperationsPatchingShare()
                * s.support().fteHoursPerWeek()
                / Calendar.DAYS_PER_WEEK;
        this.stream = stream;
        this.defectStream = defectStream;
    }

    /** Who handles an exploitation (called with the schedule hour and the intrusion's pre-drawn outcome). */
    public void onExploit(BiConsumer<Double, Threats.Intrusion> handler) {
        this.exploited = handler;
    }

    /**
     * Who receives, each day, the expected number of exploitations in that step: the sum over open vulnerabilities of
     * their conditional chance to be exploited in it given that they were still open and unexploited ({@code 1 -
     * exp(-dH)} for the cumulative hazard {@code H} over the exposure of the step). Its sum over a run is the
     * compensator of the exploitation count: same expectation, far less variance.
     */
    public void onExploitHazard(BiConsumer<Double, Double> handler) {
        this.exploitHazard = handler;
    }

    /** Where discovered HIS defects are counted (a running total); a share of new ones are vulnerabilities. */
    public void watchDefects(DoubleSupplier found) {
        this.defectsFound = found;
    }

    /**
     * Days from disclosure to exploitation for an exponential(1) threshold: the age at which the cumulative hazard
     * {@code h30 * 30 / (g + 1) * (a / 30)^(g + 1)} reaches it. Infinite when the hazard is zero.
     */
    public double exploitAgeDays(double threshold) {
        double h30 = p.exploitHazardPerDayAt30Days();
        if (h30 <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double g = p.exploitHazardGrowth();
        return 30.0 * Math.pow(threshold * (g + 1) / (30.0 * h30), 1.0 / (g + 1));
    }

    /** Cumulative exploitation hazard at an age of {@code ageDays} since disclosure (the inverse of exploitAgeDays). */
    public double cumulativeExploitHazard(double ageDays) {
        double g = p.exploitHazardGrowth();
        return p.exploitHazardPerDayAt30Days() * 30.0 / (g + 1) * Math.pow(ageDays / 30.0, g + 1);
    }

    /** IT operations hours available for patching per day (in-house maintenance). */
    public double patchHoursPerDay() {
        return vendorMaintenance ? Double.NaN : patchHoursPerDay;
    }

    /** The daily step: disclosures, exploitation of what is still open, then patching. */
    public void day(double now) {
        int disclosed = stream.poisson(p.vulnerabilitiesPerMonth() * Calendar.MONTHS_PER_YEAR / Calendar.DAYS_PER_YEAR);
        double found = defectsFound.getAsDouble();
        int fromDefects = found > defectsSeen
                ? defectStream.binomial((int) Math.round(found - defectsSeen), p.securityRelevantDefectShare())
                : 0;
        defectsSeen = Math.max(defectsSeen, found);
        // a vulnerability found in a defect draws its fate from the defect stream: how many defects use reveals
        // depends on downtime and proficiency, and must not shift the draws of disclosed ones (common random numbers)
        for (int i = 0; i < disclosed + fromDefects; i++) {
            Stream from = i < disclosed ? stream : defectStream;
            double median = medianLatencyDays(now);
            double leadDays = median * Math.exp(p.patchLatencyLogSd() * from.gaussian());
            double exploitDays = exploitAgeDays(from.exponential(1.0));
            open.add(new Open(
                    now,
                    now + leadDays * Calendar.DAY,
                    now + exploitDays * Calendar.DAY,
                    Threats.Intrusion.draw(from)));
        }
        double previous = now - Calendar.DAY;
        double expectedExploits = 0;
        for (Open v : open) {
            // exposed in this step from the previous step (or disclosure) until now, or until the vendor's patch
            double from = Math.max(previous, v.disclosedAt());
            double to = vendorMaintenance ? Math.min(now, v.readyAt()) : now;
            if (to > from) {
                double dH = cumulativeExploitHazard((to - v.disclosedAt()) / Calendar.DAY)
                        - cumulativeExploitHazard((from - v.disclosedAt()) / Calendar.DAY);
                expectedExploits += -Math.expm1(-dH);
            }
        }
        exploitHazard.accept(now, expectedExploits);
        for (int i = 0; i < open.size(); i++) {
            Open v = open.get(i);
            boolean patchedFirst = vendorMaintenance && v.readyAt() <= now && v.readyAt() <= v.exploitAt();
            if (patchedFirst) {
                patched(v, v.readyAt());
                open.remove(i--);
            } else if (now >= v.exploitAt()) {
                open.remove(i--);
                exploited.accept(now, v.intrusion());
            }
        }
        if (!vendorMaintenance) {
            patchInHouse(now);
        }
    }

    /** IT operations work the ready patches first come, first served with today's hours (work in progress carries). */
    private void patchInHouse(double now) {
        workBanked += patchHoursPerDay;
        double hours = p.patchHoursPerVulnerability();
        // open is in disclosure order; serve by the time each patch became ready
        List<Open> ready = new ArrayList<>();
        for (Open v : open) {
            if (v.readyAt() <= now) {
                ready.add(v);
            }
        }
        ready.sort((a, b) -> Double.compare(a.readyAt(), b.readyAt()));
        int k = 0;
        while (k < ready.size() && workBanked >= hours) {
            Open v = ready.get(k++);
            workBanked -= hours;
            open.remove(v);
            patched(v, now);
        }
        if (k == ready.size()) {
            // nothing left to work on: at most one patch's work can be in progress
            workBanked = Math.min(workBanked, hours);
        }
    }

    private void patched(Open v, double at) {
        if (calendar.live(at)) {
            ledger.count(Tally.PATCHES_APPLIED);
            ledger.add(Tally.PATCH_LATENCY_DAYS_SUM, (at - v.disclosedAt()) / Calendar.DAY);
        }
    }

    /** Median patch latency (vendor) or lead time before queueing (in-house) in days, after go-live. */
    public double medianLatencyDays() {
        return baseMedian() * (1 - leadCut);
    }

    private double medianLatencyDays(double now) {
        return calendar.live(now) ? medianLatencyDays() : baseMedian();
    }

    private double baseMedian() {
        return vendorMaintenance ? p.patchLatencyDaysVendor() : p.patchLatencyDaysInHouse();
    }

    /** Disclosed, unpatched vulnerabilities. */
    public int open() {
        return open.size();
    }
}
