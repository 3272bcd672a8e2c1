package org.golivesim.model.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;

/**
 * Vulnerabilities in the HIS stack and the patch queue. Rules (parameters in {@link Scenario.Security}): disclosures
 * arrive as a Poisson process; each waits a lognormal patch latency whose median depends on who maintains the system
 * (Verizon DBIR: median 32 days) and is cut by the dedicated team's patching; while unpatched, its daily exploitation
 * hazard grows with its age, {@code h(a) = h30 (a / 30 days)^growth}. The exploitation time is drawn at disclosure
 * by inverting the cumulative hazard at an exponential threshold, so a vulnerability is exploited exactly when that
 * time comes before its patch — the same vulnerability meets the same fate in two strategies unless their patch
 * latencies differ. An exploitation is an intrusion handed to {@link Threats}; the vulnerability is then patched.
 */
public final class Vulnerabilities {
    private final Scenario.Security p;
    private final double medianLatencyDays;
    private final double medianLatencyDaysBeforeGoLive;
    private final org.golivesim.model.Calendar calendar;
    private final Stream stream;
    private final List<Open> open = new ArrayList<>();
    private BiConsumer<Double, Threats.Intrusion> exploited = (t, i) -> {};

    private record Open(double disclosedAt, double patchAt, double exploitAt, Threats.Intrusion intrusion) {}

    /**
     * @param s scenario
     * @param stream this process's stream ("vulnerabilities")
     */
    public Vulnerabilities(Scenario s, Stream stream) {
        this(s, new org.golivesim.model.Calendar(0), stream);
    }

    /**
     * @param s scenario
     * @param calendar clock conventions: the dedicated team patches from go-live on
     * @param stream this process's stream ("vulnerabilities")
     */
    public Vulnerabilities(Scenario s, org.golivesim.model.Calendar calendar, Stream stream) {
        this.p = s.security();
        this.calendar = calendar;
        double base =
                s.sourcing().technicalSupport().outsourced() ? p.patchLatencyDaysVendor() : p.patchLatencyDaysInHouse();
        this.medianLatencyDays =
                base * (1 - s.dedicatedTeam().effect() * s.dedicatedTeam().patchLatencyReduction());
        this.medianLatencyDaysBeforeGoLive = base;
        this.stream = stream;
    }

    /** Who handles an exploitation (called with the schedule hour and the intrusion's pre-drawn outcome). */
    public void onExploit(BiConsumer<Double, Threats.Intrusion> handler) {
        this.exploited = handler;
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

    /** The daily step: disclosures, patches, exploitation. */
    public void day(double now) {
        int disclosed = stream.poisson(p.vulnerabilitiesPerMonth() * 12.0 / 365.0);
        for (int i = 0; i < disclosed; i++) {
            double median = calendar.live(now) ? medianLatencyDays : medianLatencyDaysBeforeGoLive;
            double latencyDays = median * Math.exp(p.patchLatencyLogSd() * stream.gaussian());
            double exploitDays = exploitAgeDays(stream.exponential(1.0));
            open.add(new Open(now, now + latencyDays * 24.0, now + exploitDays * 24.0, Threats.Intrusion.draw(stream)));
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            Open v = open.get(i);
            if (now >= v.patchAt() && v.patchAt() <= v.exploitAt()) {
                open.remove(i);
            } else if (now >= v.exploitAt()) {
                open.remove(i);
                exploited.accept(now, v.intrusion());
            }
        }
    }

    /** Median patch latency in days under this scenario after go-live. */
    public double medianLatencyDays() {
        return medianLatencyDays;
    }

    /** Disclosed, unpatched vulnerabilities. */
    public int open() {
        return open.size();
    }
}
