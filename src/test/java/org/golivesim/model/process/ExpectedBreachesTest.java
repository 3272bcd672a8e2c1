package org.golivesim.model.process;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.golivesim.TestScenarios;
import org.golivesim.model.domain.Calendar;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.Tally;
import org.golivesim.random.Stream;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The conditional Monte Carlo estimator of breaches ({@code expected_breaches}): each cause books its probability to
 * become an observed breach given the model's state, so its sum has the expectation of the realised count. Checked
 * against realised counts of the same runs (alpha = 0.001; the realised count's variance given the expectations is
 * at most their sum, so a Poisson bound is conservative) and the race integral against sampling.
 */
class ExpectedBreachesTest {
    /** Two-sided standard normal quantile for alpha = 0.001. */
    private static final double Z = 3.29;

    @Test
    void theRaceIntegralMatchesSampling() {
        Stream r = new Streams(7).stream("race");
        double[][] cases = {{2, 5.5, 280, 0, Double.POSITIVE_INFINITY}, {60, 1.5, 56, 0, 200}, {2, 5.5, 280, 3, 90}};
        for (double[] c : cases) {
            int n = 400_000;
            int hits = 0;
            for (int i = 0; i < n; i++) {
                double l = c[0] * Math.exp(c[1] * r.gaussian());
                double d = r.exponential(c[2]);
                hits += l > c[3] && l <= c[4] && l < d ? 1 : 0;
            }
            double sampled = (double) hits / n;
            double p = Threats.raceProbability(c[0], c[1], c[2], c[3], c[4]);
            double se = Math.sqrt(p * (1 - p) / n);
            assertEquals(sampled, p, Z * se + 1e-9, java.util.Arrays.toString(c));
        }
        // faster detection can only lower it
        assertTrue(Threats.raceProbability(2, 5.5, 56, 0, 365) < Threats.raceProbability(2, 5.5, 280, 0, 365));
    }

    private static final String[] HOT = {
        "hospital.physicians=100",
        "hospital.nurses=200",
        "hospital.allied=100",
        "security.phishingTargetShare=0.2",
        "security.credentialCaptureProbability=0.5",
        "security.compromiseBreachProbability=0.5",
        "security.exfiltrationMedianDays=60",
        "security.exfiltrationLogSd=1.5"
    };

    /** Campaigns every 3 days for a year, the schedule drained: every breach lands, none is cut by a horizon. */
    private static DayLedger phishingYear(Scenario s, long seed) {
        return SecurityMechanismsTest.phishingYear(s, seed);
    }

    @Test
    void expectedPhishingBreachesMatchRealisedOnesOnAverage() {
        for (String dwell : new String[] {"280", "28"}) {
            Scenario s = TestScenarios.of(append(HOT, "security.meanDwellDays=" + dwell));
            double realised = 0;
            double expected = 0;
            double realisedCompliance = 0;
            double expectedCompliance = 0;
            for (long seed = 1; seed <= 10; seed++) {
                DayLedger l = phishingYear(s, seed);
                realised += l.get(Tally.BREACHES);
                expected += l.get(Tally.EXPECTED_BREACHES);
                realisedCompliance += l.get(Tally.COMPLIANCE_INCIDENTS);
                expectedCompliance += l.get(Tally.EXPECTED_COMPLIANCE_INCIDENTS);
            }
            double r = realised;
            double e = expected;
            double rc = realisedCompliance;
            double ec = expectedCompliance;
            assertAll(
                    () -> assertTrue(e > 20, "enough breaches to test: " + e),
                    () -> assertEquals(e, r, Z * Math.sqrt(e), "dwell " + dwell + ": realised " + r),
                    // a late notice is a second incident of the same breach: variance at most 4 per breach
                    () -> assertEquals(ec, rc, Z * 2 * Math.sqrt(ec), "dwell " + dwell + ": compliance " + rc));
        }
    }

    @Test
    void expectedExploitationsMatchRealisedOnesUnderVendorAndInHouseMaintenance() {
        String[][] cases = {
            {"sourcing.technicalSupport=vendor"},
            {"sourcing.technicalSupport=in-house", "support.itOperationsAnalysts=3"},
            {"sourcing.technicalSupport=in-house", "support.itOperationsAnalysts=30"}
        };
        for (String[] c : cases) {
            Scenario s = TestScenarios.of(
                    append(c, "security.vulnerabilitiesPerMonth=10", "security.exploitHazardPerDayAt30Days=0.01"));
            double[] realised = {0};
            double[] expected = {0};
            for (long seed = 1; seed <= 3; seed++) {
                Streams streams = new Streams(seed);
                Vulnerabilities v = new Vulnerabilities(
                        s, new Calendar(0), new DayLedger(), streams.stream("v"), streams.stream("d"));
                v.onExploit((t, i) -> realised[0]++);
                v.onExploitHazard((t, p) -> expected[0] += p);
                for (int d = 0; d < 730; d++) {
                    v.day(d * 24.0 + 12);
                }
            }
            assertTrue(expected[0] > 30, "enough exploitations to test: " + expected[0]);
            assertEquals(
                    expected[0],
                    realised[0],
                    Z * Math.sqrt(expected[0]),
                    String.join(",", c) + ": realised " + realised[0]);
        }
    }

    @Test
    void eachVendorAddsItsBreachRateToTheExpectationExactly() {
        Scenario inHouse = TestScenarios.of("sourcing.patientRecords=in-house");
        Scenario vendor = TestScenarios.of("sourcing.patientRecords=vendor");
        double[] perDay = new double[2];
        Scenario[] both = {inHouse, vendor};
        for (int k = 0; k < 2; k++) {
            DayLedger l = new DayLedger();
            Threats t = threats(both[k], l);
            t.day(12);
            perDay[k] = l.get(Tally.EXPECTED_BREACHES);
        }
        assertEquals(vendor.security().vendorBreachesPerYear() / Calendar.DAYS_PER_YEAR, perDay[1] - perDay[0], 1e-15);
    }

    @Test
    void vendorAndInsiderBreachesMatchTheirExpectation() {
        Scenario s = TestScenarios.of("sourcing.patientRecords=vendor");
        DayLedger l = new DayLedger();
        Threats t = threats(s, l);
        for (int d = 0; d < 365 * 100; d++) {
            t.day(d * 24.0 + 12);
        }
        double e = l.get(Tally.EXPECTED_BREACHES);
        assertEquals(
                e,
                l.get(Tally.BREACHES),
                Z * Math.sqrt(e),
                "realised " + l.get(Tally.BREACHES) + " vendor " + l.get(Tally.VENDOR_BREACHES));
    }

    private static Threats threats(Scenario s, DayLedger ledger) {
        return SecurityMechanismsTest.threats(s, ledger);
    }

    private static String[] append(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
