package org.golivesim.model.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.golivesim.model.domain.Calendar;
import org.golivesim.model.domain.Ticket;
import org.golivesim.random.Stream;
import org.golivesim.scenario.Scenario;

/**
 * The HIS's defects and the releases that fix them. Rules (parameters in {@link Scenario.HisSystem}):
 *
 * <ul>
 *   <li><b>Discovery</b>: clinicians' use discovers latent defects as a non-homogeneous Poisson process in usage hours
 *       with the Goel-Okumoto mean {@code a (1 - exp(-b usage))}; {@code DefectDiscoveryTest} checks that mean.
 *   <li><b>Fixes</b>: discovered defects wait in a fix queue; every release (in-house or vendor cadence) fixes up to
 *       its capacity and installs with planned downtime; defect tickets waiting for a fix close when theirs ships. The
 *       capacity comes from the developers who produce it: {@code floor(developers x fteHoursPerWeek x
 *       defectFixShareOfDeveloperTime x cadenceDays / 7 / developerHoursPerDefectFix)}, unless a scenario gives
 *       {@code fixesPerRelease*} explicitly.
 *   <li><b>Regressions</b>: a release adds a Poisson number of new active defects, cut by the dedicated team's release
 *       testing.
 * </ul>
 */
public final class DefectsAndReleases {
    private final Scenario.HisSystem p;
    private final boolean vendorDevelopment;
    private final int fixesPerRelease;
    private final double regressionCut;
    private final Stream stream;
    private double usageHours;
    private double discovered;
    private int active;
    private int regressions;
    private final List<Ticket> awaitingFix = new ArrayList<>();

    /**
     * @param s scenario
     * @param stream this process's stream ("defects")
     */
    public DefectsAndReleases(Scenario s, Stream stream) {
        this.p = s.system();
        this.vendorDevelopment = s.sourcing().applicationDevelopment().outsourced();
        this.fixesPerRelease = fixesPerRelease(s);
        this.regressionCut =
                s.dedicatedTeam().changeManagementEffect(s.hospital().clinicians())
                        * s.dedicatedTeam().regressionReduction();
        this.stream = stream;
    }

    /** Expected defects discovered after this many usage hours: {@code a (1 - exp(-b usage))}. */
    public double expectedDiscovered(double usage) {
        return p.latentDefects() * (1 - Math.exp(-p.defectDiscoveryPerMillionUsageHours() * usage / 1e6));
    }

    /** Clinicians used the new HIS for this many hours; some latent defects surface. */
    public void usage(double hours) {
        if (hours <= 0) {
            return;
        }
        double before = expectedDiscovered(usageHours);
        usageHours += hours;
        int found = stream.poisson(expectedDiscovered(usageHours) - before);
        discovered += found;
        active += found;
    }

    /** Defects a release fixes at most under the scenario's sourcing: explicit, or from developer capacity. */
    public static int fixesPerRelease(Scenario s) {
        Scenario.HisSystem p = s.system();
        boolean vendor = s.sourcing().applicationDevelopment().outsourced();
        Integer explicit = vendor ? p.fixesPerReleaseVendor() : p.fixesPerReleaseInHouse();
        if (explicit != null) {
            return explicit;
        }
        double developers = vendor ? p.developersVendor() : p.developersInHouse();
        double cadenceDays = vendor ? p.releaseCadenceDaysVendor() : p.releaseCadenceDaysInHouse();
        double hours = developers
                * s.support().fteHoursPerWeek()
                * p.defectFixShareOfDeveloperTime()
                * cadenceDays
                / Calendar.DAYS_PER_WEEK;
        return (int) Math.floor(hours / p.developerHoursPerDefectFix() + 1e-9);
    }

    /** Days between releases under the current sourcing. */
    public double releaseCadenceDays() {
        return vendorDevelopment ? p.releaseCadenceDaysVendor() : p.releaseCadenceDaysInHouse();
    }

    /**
     * A release ships now: fixes up to capacity, closes the tickets of fixed defects, adds regressions.
     *
     * @param closeFixed closes a ticket whose defect was fixed
     * @return defects fixed
     */
    public int release(Consumer<Ticket> closeFixed) {
        int fixed = Math.min(active, fixesPerRelease);
        if (fixed > 0) {
            double share = (double) fixed / active;
            List<Ticket> still = new ArrayList<>();
            for (Ticket t : awaitingFix) {
                if (stream.bernoulli(share)) {
                    closeFixed.accept(t);
                } else {
                    still.add(t);
                }
            }
            awaitingFix.clear();
            awaitingFix.addAll(still);
        }
        active -= fixed;
        int added = stream.poisson(p.regressionsPerRelease() * (1 - regressionCut));
        regressions += added;
        active += added;
        return fixed;
    }

    /** A defect ticket waits for its fix. */
    public void awaitFix(Ticket t) {
        awaitingFix.add(t);
    }

    /** Discovered, unfixed defects. */
    public int activeDefects() {
        return active;
    }

    /** Active defects over latent defects at go-live (the defect term of the error model). */
    public double activeDefectShare() {
        return p.latentDefects() > 0 ? Math.min(1.0, active / p.latentDefects()) : 0.0;
    }

    /** Defects discovered by use so far (regressions excluded). */
    public double discovered() {
        return discovered;
    }

    /** Usage hours so far. */
    public double usageHours() {
        return usageHours;
    }

    /** Regressions introduced by releases so far. */
    public int regressions() {
        return regressions;
    }
}
