package org.golivesim.model.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;

/**
 * Vulnerabilities in the HIS stack and the patch queue. Rules (parameters in {@link Scenario.Security}): disclosures
 * arrive as a Poisson process; each waits a lognormal patch latency whose median depends on who maintains the system
 * (Verizon DBIR: median 32 days) and is cut by the dedicated team's patching; while unpatched, its daily exploitation
 * hazard grows with its age, {@code h30 (age / 30 days)^growth}. An exploitation is an intrusion handed to
 * {@link Threats}; the exploited vulnerability is then patched.
 */
public final class Vulnerabilities {
    private final Scenario.Security p;
    private final double medianLatencyDays;
    private final Stream stream;
    private final List<double[]> open = new ArrayList<>();
    private DoubleConsumer exploited = t -> {};

    /**
     * @param s scenario
     * @param stream this process's stream ("vulnerabilities")
     */
    public Vulnerabilities(Scenario s, Stream stream) {
        this.p = s.security();
        double base =
                s.sourcing().technicalSupport().outsourced() ? p.patchLatencyDaysVendor() : p.patchLatencyDaysInHouse();
        this.medianLatencyDays =
                base * (1 - s.dedicatedTeam().effect() * s.dedicatedTeam().patchLatencyReduction());
        this.stream = stream;
    }

    /** Who handles an exploitation (called with the schedule hour). */
    public void onExploit(DoubleConsumer handler) {
        this.exploited = handler;
    }

    /** The daily step: disclosures, patches, exploitation. */
    public void day(double now) {
        int disclosed = stream.poisson(p.vulnerabilitiesPerMonth() * 12.0 / 365.0);
        for (int i = 0; i < disclosed; i++) {
            double latency = stream.lognormalMedian(medianLatencyDays, p.patchLatencyLogSd());
            open.add(new double[] {now, now + latency * 24.0});
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            double[] v = open.get(i);
            if (now >= v[1]) {
                open.remove(i);
                continue;
            }
            double ageDays = (now - v[0]) / 24.0;
            double hazard = p.exploitHazardPerDayAt30Days() * Math.pow(ageDays / 30.0, p.exploitHazardGrowth());
            if (stream.bernoulli(1 - Math.exp(-hazard))) {
                open.remove(i);
                exploited.accept(now);
            }
        }
    }

    /** Median patch latency in days under this scenario. */
    public double medianLatencyDays() {
        return medianLatencyDays;
    }

    /** Disclosed, unpatched vulnerabilities. */
    public int open() {
        return open.size();
    }
}
