package org.golivesim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.golivesim.TestScenarios;
import org.golivesim.engine.Engine;
import org.golivesim.observe.DailyMetric;
import org.golivesim.observe.RunResult;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The downtime levers on the whole model: IT operations staffing, immutable backups and the hosting vendor's tier, and
 * the pairing of ransomware attacks across arms. A 300-clinician hospital keeps runs fast; where the natural incident
 * rates would give too few events in {@value #SEEDS} replications, rates are raised (stated per test). Comparisons are
 * paired over the same replication seeds (common random numbers); a direction must hold with a paired t-interval at
 * confidence 1 - {@value #ALPHA} excluding zero.
 */
class DowntimeMechanismTest {
    private static final int SEEDS = 8;
    private static final double ALPHA = 0.001;

    private static Scenario scenario(String... overrides) {
        List<String> all = new ArrayList<>(List.of(TestScenarios.smallHospital(300)));
        all.addAll(List.of(overrides));
        return TestScenarios.of(all.toArray(String[]::new));
    }

    private static long seed(int replication) {
        return org.golivesim.random.Streams.childSeed(20261125L, replication);
    }

    private static List<RunResult> runs(Scenario s) {
        List<RunResult> out = new ArrayList<>();
        for (int r = 0; r < SEEDS; r++) {
            out.add(Engine.run(s, seed(r)));
        }
        return out;
    }

    private static double mean(List<RunResult> runs, ToDoubleFunction<RunResult> f) {
        return runs.stream().mapToDouble(f).average().orElseThrow();
    }

    /** Mean of {@code b - a} over paired runs and its t-interval at confidence 1 - ALPHA. */
    private record Paired(double mean, double low, double high) {
        static Paired of(List<RunResult> a, List<RunResult> b, ToDoubleFunction<RunResult> f) {
            double[] d = new double[a.size()];
            double m = 0;
            for (int i = 0; i < d.length; i++) {
                d[i] = f.applyAsDouble(b.get(i)) - f.applyAsDouble(a.get(i));
                m += d[i];
            }
            m /= d.length;
            double ss = 0;
            for (double x : d) {
                ss += (x - m) * (x - m);
            }
            double t =
                    new TDistribution(new MersenneTwister(1), d.length - 1).inverseCumulativeProbability(1 - ALPHA / 2);
            double half = t * Math.sqrt(ss / (d.length - 1) / d.length);
            return new Paired(m, m - half, m + half);
        }

        void assertBelowZero(String what) {
            assertTrue(
                    high < 0,
                    String.format(
                            Locale.ROOT,
                            "%s: paired mean difference %.4f, %.1f%% interval [%.4f, %.4f] should lie below zero",
                            what,
                            mean,
                            100 * (1 - ALPHA),
                            low,
                            high));
        }
    }

    /**
     * In-house hosting, 300 users at 50 users per analyst (6 needed), 12 full outages a year and 4 partial incidents a
     * month so that each run has enough incidents, restore times less spread (log-sd 0.5) so that a few very long
     * restores do not swamp the paired differences; ransomware off. Staff 2, 4, 6 and 12: adequacy 1/3, 2/3, 1 and 2.
     */
    private static Scenario staffed(int analysts) {
        return scenario(
                "sourcing.hosting=in-house",
                "operations.usersPerAnalyst=50",
                "system.fullOutagesPerYearInHouse=12",
                "system.partialIncidentsPerMonthInHouse=4",
                "system.restoreLogSd=0.5",
                "security.ransomwareShare=0",
                "support.itOperationsAnalysts=" + analysts);
    }

    @Test
    void fewerItOperationsStaffMeanMoreDowntimeAndLongerRestoresWithDiminishingReturns() {
        int[] levels = {2, 4, 6, 12};
        List<List<RunResult>> runs = new ArrayList<>();
        for (int level : levels) {
            runs.add(runs(staffed(level)));
        }
        // below adequacy (6 analysts) every step cuts downtime and restore times
        for (int i = 0; i + 1 < 3; i++) {
            String step = levels[i] + " -> " + levels[i + 1] + " analysts";
            Paired.of(runs.get(i), runs.get(i + 1), r -> r.summary("unplanned_downtime_hours"))
                    .assertBelowZero("unplanned downtime, " + step);
            Paired.of(runs.get(i), runs.get(i + 1), r -> r.summary("mean_time_to_restore_hours"))
                    .assertBelowZero("mean time to restore, " + step);
        }
        // beyond it, more staff only adds restore crews for concurrent incidents: never more downtime
        for (int r = 0; r < SEEDS; r++) {
            assertTrue(
                    runs.get(3).get(r).summary("unplanned_downtime_hours")
                            <= runs.get(2).get(r).summary("unplanned_downtime_hours") + 1e-9,
                    "replication " + r + ": 12 analysts never have more downtime than 6");
        }
        double[] downtime = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            downtime[i] = mean(runs.get(i), r -> r.summary("unplanned_downtime_hours"));
        }
        double perAnalystLow = (downtime[0] - downtime[1]) / (levels[1] - levels[0]);
        double perAnalystHigh = (downtime[2] - downtime[3]) / (levels[3] - levels[2]);
        assertTrue(
                perAnalystLow > perAnalystHigh,
                "downtime saved per added analyst should fall: " + perAnalystLow + " h from 2 to 4, " + perAnalystHigh
                        + " h from 6 to 12 (means " + java.util.Arrays.toString(downtime) + ")");
        // under-staffing also lets more releases fail
        assertTrue(
                mean(runs.get(0), r -> r.summary("change_incidents"))
                        > mean(runs.get(3), r -> r.summary("change_incidents")),
                "more change incidents with 2 analysts than with 12");
    }

    @Test
    void ransomwareTakesTheHisDownInAboutTheParameterShareOfAttacks() {
        // every intrusion is ransomware, and intrusions are frequent: 30 disclosures a month, fast exploitation
        Scenario s = scenario(
                "security.ransomwareShare=1",
                "security.vulnerabilitiesPerMonth=30",
                "security.exploitHazardPerDayAt30Days=0.02",
                "security.ransomwareDowntimeMedianDays=0.5");
        long attacks = 0;
        long outages = 0;
        for (RunResult r : runs(s)) {
            for (int d = 0; d < r.days(); d++) {
                attacks += Math.round(r.row(d)[DailyMetric.RANSOMWARE_EVENTS.ordinal()]);
                outages += Math.round(r.row(d)[DailyMetric.RANSOMWARE_OUTAGES.ordinal()]);
            }
        }
        double share = s.security().ransomwareHisDowntimeShare();
        double p =
                new BinomialTest().binomialTest((int) attacks, (int) outages, share, AlternativeHypothesis.TWO_SIDED);
        assertTrue(attacks > 200, "enough attacks to test: " + attacks);
        assertTrue(
                p > ALPHA,
                outages + " of " + attacks + " attacks took the HIS down; expected share " + share + ", p = " + p);
    }

    @Test
    void immutableBackupsShortenRansomwareDowntimeInEveryReplication() {
        // frequent ransomware of fairly fixed length (log-sd 0.3, median half a day) so that the backups decide;
        // only disclosed vulnerabilities (those found in defects depend on use, hence on downtime)
        String[] frequent = {
            "security.securityRelevantDefectShare=0",
            "security.ransomwareShare=1",
            "security.vulnerabilitiesPerMonth=30",
            "security.exploitHazardPerDayAt30Days=0.02",
            "security.ransomwareDowntimeMedianDays=0.5",
            "security.ransomwareDowntimeLogSd=0.3"
        };
        List<RunResult> ordinary = runs(scenario(frequent));
        String[] immutable = java.util.Arrays.copyOf(frequent, frequent.length + 1);
        immutable[frequent.length] = "security.immutableBackups=true";
        List<RunResult> kept = runs(scenario(immutable));
        for (int i = 0; i < SEEDS; i++) {
            assertEquals(
                    ordinary.get(i).summary("ransomware_events"),
                    kept.get(i).summary("ransomware_events"),
                    "backups do not change which attacks happen");
            assertTrue(
                    kept.get(i).summary("ransomware_downtime_hours")
                            <= ordinary.get(i).summary("ransomware_downtime_hours") + 1e-9,
                    "replication " + i + ": immutable backups never lengthen ransomware downtime");
        }
        Paired.of(ordinary, kept, r -> r.summary("ransomware_downtime_hours"))
                .assertBelowZero("ransomware downtime with immutable backups");
        // lost backups multiply downtime by 4: the expected factor is (0.05 * 4 + 0.95) / (0.63 * 4 + 0.37) = 0.40
        double ratio = mean(kept, r -> r.summary("ransomware_downtime_hours"))
                / mean(ordinary, r -> r.summary("ransomware_downtime_hours"));
        assertTrue(ratio > 0.2 && ratio < 0.7, "ransomware downtime ratio immutable / ordinary " + ratio);
    }

    @Test
    void armsThatDifferInItOperationsOrBackupsShareTheirRansomwareAttackDays() {
        // disclosed vulnerabilities only: how many defects (and vulnerabilities in them) use reveals depends on
        // downtime
        String[] frequent = {
            "security.securityRelevantDefectShare=0",
            "security.vulnerabilitiesPerMonth=10",
            "security.exploitHazardPerDayAt30Days=0.002"
        };
        List<String> thin = new ArrayList<>(List.of(frequent));
        thin.add("support.itOperationsAnalysts=0");
        List<String> thick = new ArrayList<>(List.of(frequent));
        thick.add("support.itOperationsAnalysts=24");
        thick.add("security.immutableBackups=true");
        List<RunResult> a = runs(scenario(thin.toArray(String[]::new)));
        List<RunResult> b = runs(scenario(thick.toArray(String[]::new)));
        int attackDays = 0;
        for (int i = 0; i < SEEDS; i++) {
            for (int d = 0; d < a.get(i).days(); d++) {
                double inA = a.get(i).row(d)[DailyMetric.RANSOMWARE_EVENTS.ordinal()];
                double outA = a.get(i).row(d)[DailyMetric.RANSOMWARE_OUTAGES.ordinal()];
                assertEquals(inA, b.get(i).row(d)[DailyMetric.RANSOMWARE_EVENTS.ordinal()], "attacks, day index " + d);
                assertEquals(
                        outA, b.get(i).row(d)[DailyMetric.RANSOMWARE_OUTAGES.ordinal()], "outages, day index " + d);
                attackDays += inA > 0 ? 1 : 0;
            }
        }
        assertTrue(attackDays > 5, "the check needs attacks: " + attackDays + " attack days");
    }

    @Test
    void aGoldHostingVendorRestoresItsIncidentsFasterThanABronzeOne() {
        // vendor hosting with every incident on the provider's side, frequent incidents, restore log-sd 0.5
        String[] base = {
            "system.restoreLogSd=0.5",
            "operations.localShareOfIncidentsVendorHosted=0",
            "system.fullOutagesPerYearVendor=12",
            "system.partialIncidentsPerMonthVendor=4",
            "security.ransomwareShare=0"
        };
        String[] bronze = java.util.Arrays.copyOf(base, base.length + 1);
        bronze[base.length] = "vendor.slaTier=bronze";
        String[] gold = java.util.Arrays.copyOf(base, base.length + 1);
        gold[base.length] = "vendor.slaTier=gold";
        List<RunResult> b = runs(scenario(bronze));
        List<RunResult> g = runs(scenario(gold));
        Paired.of(b, g, r -> r.summary("mean_time_to_restore_hours")).assertBelowZero("mean time to restore, gold");
        Paired.of(b, g, r -> r.summary("unplanned_downtime_hours")).assertBelowZero("unplanned downtime, gold");
    }
}
