package org.golivesim.model.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.golivesim.TestScenarios;
import org.golivesim.model.domain.Ticket;
import org.golivesim.model.domain.TicketKind;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Releases: cadence and capacity by sourcing, tickets closed when their fix ships, regressions cut by testing. */
class DefectsAndReleasesTest {
    /** Defects discovered by use until at least {@code active} are active. */
    private static DefectsAndReleases withActive(Scenario s, int active) {
        DefectsAndReleases d = new DefectsAndReleases(s, new Streams(5L).stream("defects"));
        while (d.activeDefects() < active) {
            d.usage(1000);
        }
        return d;
    }

    @Test
    void cadenceAndCapacityFollowApplicationDevelopmentSourcing() {
        Scenario inHouse =
                TestScenarios.of("sourcing.applicationDevelopment=in-house", "system.regressionsPerRelease=0");
        Scenario vendor = TestScenarios.of("sourcing.applicationDevelopment=vendor", "system.regressionsPerRelease=0");
        assertEquals(14.0, new DefectsAndReleases(inHouse, new Streams(1).stream("d")).releaseCadenceDays());
        assertEquals(28.0, new DefectsAndReleases(vendor, new Streams(1).stream("d")).releaseCadenceDays());
        DefectsAndReleases a = withActive(inHouse, 50);
        int before = a.activeDefects();
        // 6 developers x 40 h x 0.5 on defects x 2 weeks / 12 h per fix = 20 per two-week release
        assertEquals(20, a.release(t -> {}));
        assertEquals(before - 20, a.activeDefects());
        DefectsAndReleases b = withActive(vendor, 50);
        int beforeB = b.activeDefects();
        // the vendor's 6 developers over four weeks: 40 per release
        assertEquals(40, b.release(t -> {}));
        assertEquals(beforeB - 40, b.activeDefects());
    }

    @Test
    void fixesPerReleaseComeFromTheDevelopersWhoProduceThemUnlessGivenExplicitly() {
        assertEquals(
                20, DefectsAndReleases.fixesPerRelease(TestScenarios.of("sourcing.applicationDevelopment=in-house")));
        assertEquals(
                40,
                DefectsAndReleases.fixesPerRelease(
                        TestScenarios.of("sourcing.applicationDevelopment=in-house", "system.developersInHouse=12")),
                "twice the developers, twice the fixes");
        assertEquals(
                6,
                DefectsAndReleases.fixesPerRelease(TestScenarios.of(
                        "sourcing.applicationDevelopment=in-house", "system.developerHoursPerDefectFix=40")),
                "floor(240 / 40)");
        assertEquals(
                20,
                DefectsAndReleases.fixesPerRelease(TestScenarios.of(
                        "sourcing.applicationDevelopment=vendor", "system.defectFixShareOfDeveloperTime=0.25")),
                "6 x 40 h x 0.25 x 4 weeks / 12 h");
        assertEquals(
                12,
                DefectsAndReleases.fixesPerRelease(TestScenarios.of(
                        "sourcing.applicationDevelopment=in-house", "system.fixesPerReleaseInHouse=12")),
                "an explicit value overrides the capacity");
    }

    @Test
    void aReleaseThatFixesEveryActiveDefectClosesEveryWaitingTicket() {
        Scenario s = TestScenarios.of("system.fixesPerReleaseVendor=10000", "system.regressionsPerRelease=0");
        DefectsAndReleases d = withActive(s, 5);
        List<Ticket> waiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Ticket t = new Ticket(i, i, TicketKind.DEFECT, null, 0);
            waiting.add(t);
            d.awaitFix(t);
        }
        List<Ticket> closed = new ArrayList<>();
        int active = d.activeDefects();
        assertEquals(active, d.release(closed::add));
        assertEquals(waiting, closed);
        assertEquals(0, d.activeDefects());
        assertEquals(0.0, d.activeDefectShare());
        assertEquals(0, d.release(closed::add), "nothing left to fix");
        assertEquals(4, closed.size(), "a ticket is closed once");
    }

    @Test
    void activeDefectShareIsActiveOverLatentCappedAtOne() {
        Scenario s = TestScenarios.of("system.latentDefects=10", "system.defectDiscoveryPerMillionUsageHours=1000");
        DefectsAndReleases d = new DefectsAndReleases(s, new Streams(2).stream("defects"));
        d.usage(100);
        assertEquals(d.activeDefects() / 10.0, d.activeDefectShare(), 1e-15);
        // Goel-Okumoto is an NHPP: "latent defects" is the expected total, and discovery can exceed it
        d.usage(1e6);
        assertEquals(Math.min(1.0, d.activeDefects() / 10.0), d.activeDefectShare(), 1e-15);
        Scenario none = TestScenarios.of("system.latentDefects=0");
        assertEquals(0.0, new DefectsAndReleases(none, new Streams(2).stream("defects")).activeDefectShare());
    }

    /**
     * Regressions per release are Poisson with mean {@code regressionsPerRelease (1 - effect x regressionReduction)}:
     * 4 without the team, 4 (1 - 0.8401 x 0.6) = 1.98 with a team of 11. Over 2,000 releases the total is Poisson
     * with 2,000 times that mean; exact two-sided test at alpha = 0.001.
     */
    @Test
    void regressionsPerReleaseArePoissonAndTheTeamsTestingCutsThem() {
        for (boolean team : new boolean[] {false, true}) {
            Scenario s = TestScenarios.of("dedicatedTeam.enabled=" + team, "dedicatedTeam.size=11");
            DefectsAndReleases d = new DefectsAndReleases(s, new Streams(20261125L).stream("defects"));
            int releases = 2000;
            for (int i = 0; i < releases; i++) {
                d.release(t -> {});
            }
            double mean = 4 * (1 - s.dedicatedTeam().effect(s.hospital().clinicians()) * 0.6);
            PoissonDistribution sum =
                    new PoissonDistribution(new MersenneTwister(1), releases * mean, 1e-12, 1_000_000);
            int total = d.regressions();
            double p = 2 * Math.min(sum.cumulativeProbability(total), 1 - sum.cumulativeProbability(total - 1));
            assertTrue(
                    p > 0.001,
                    "team " + team + ": " + total + " regressions in " + releases + " releases, expected mean "
                            + releases * mean + ", p = " + p);
        }
    }
}
