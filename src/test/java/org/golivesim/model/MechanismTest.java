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
import org.golivesim.model.agent.Clinician;
import org.golivesim.observe.DailyMetric;
import org.golivesim.observe.RunResult;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Each lever's effect on the whole model, in direction and rough size, as MODEL.md describes it. A 300-clinician
 * hospital keeps runs fast; each comparison runs both configurations with the same {@value #SEEDS} replication seeds
 * (common random numbers) and looks at the paired differences. "Rough size" bounds are deliberately wide (about a
 * factor of two around what the mechanism implies); the direction must hold with a paired t-interval at confidence 1
 * - {@value #ALPHA} excluding zero. Where a mechanism is switched off, the assertion is exact.
 */
class MechanismTest {
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

    /** Mean of {@code b - a} over paired runs, and its t-interval at confidence 1 - ALPHA. */
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

        void assertWithin(String what, double lo, double hi) {
            String text = String.format(
                    Locale.ROOT,
                    "%s: paired mean difference %.5f, %.1f%% interval [%.5f, %.5f]; expected direction and size in"
                            + " [%s, %s]",
                    what,
                    mean,
                    100 * (1 - ALPHA),
                    low,
                    high,
                    lo,
                    hi);
            assertTrue(lo > 0 ? low > 0 : high < 0, text + " -- the interval does not exclude zero");
            assertTrue(mean >= lo && mean <= hi, text + " -- the size is off");
        }
    }

    private static double errorsPer1000LastDays(RunResult r, int days) {
        double errors = 0;
        double tasks = 0;
        for (int d = r.lastDay() - days + 1; d <= r.lastDay(); d++) {
            errors += r.daily(d, DailyMetric.ERRORS);
            tasks += r.daily(d, DailyMetric.TASKS);
        }
        return 1000 * errors / tasks;
    }

    private static double total(RunResult r, DailyMetric m) {
        double s = 0;
        for (int d = r.firstDay(); d <= r.lastDay(); d++) {
            s += r.daily(d, m);
        }
        return s;
    }

    /** Mean proficiency before go-live is exactly the role-weighted initial proficiency of each role's training. */
    private static double initialMean(Scenario s) {
        Scenario.Hospital h = s.hospital();
        Scenario.Training t = s.training();
        double sum = h.physicians() * Clinician.initialProficiency(t.physicianHours(), t)
                + h.nurses() * Clinician.initialProficiency(t.nurseHours(), t)
                + h.allied() * Clinician.initialProficiency(t.alliedHours(), t);
        return sum / h.clinicians();
    }

    @Test
    void moreTrainingRaisesGoLiveProficiencyAndLiftsTheProductivityTrough() {
        Scenario typical = scenario("horizonMonths=2");
        Scenario more = scenario(
                "horizonMonths=2", "training.physicianHours=24", "training.nurseHours=24", "training.alliedHours=24");
        List<RunResult> a = runs(typical);
        List<RunResult> b = runs(more);
        for (int i = 0; i < SEEDS; i++) {
            assertEquals(initialMean(typical), a.get(i).daily(-1, DailyMetric.PROFICIENCY_MEAN), 1e-12);
            assertEquals(initialMean(more), b.get(i).daily(-1, DailyMetric.PROFICIENCY_MEAN), 1e-12);
        }
        // initial proficiency 0.49 -> 0.67 makes HIS tasks about 7% faster on day one (slowdown 0.65 x (1 - p));
        // learning narrows the gap within the first four weeks
        Paired.of(a, b, r -> r.summary("productivity_trough_weeks_1_4"))
                .assertWithin("productivity trough, weeks 1-4", 0.02, 0.12);
        Paired.of(a, b, r -> r.summary("errors_per_1000_tasks")).assertWithin("errors per 1,000 tasks", -3, -0.1);
    }

    @Test
    void withoutLearningProficiencyStaysAtItsInitialLevel() {
        Scenario s = scenario("horizonMonths=2", "mechanisms.learning=false", "training.refresherIntervalWeeks=2");
        RunResult r = Engine.run(s, seed(0));
        double initial = initialMean(s);
        double sd = r.daily(r.firstDay(), DailyMetric.PROFICIENCY_SD);
        for (int d = r.firstDay(); d <= r.lastDay(); d++) {
            assertEquals(initial, r.daily(d, DailyMetric.PROFICIENCY_MEAN), 1e-12, "day " + d);
            assertEquals(sd, r.daily(d, DailyMetric.PROFICIENCY_SD), 1e-12, "day " + d);
        }
        RunResult learning = Engine.run(scenario("horizonMonths=2"), seed(0));
        assertTrue(learning.summary("proficiency_final") > initial + 0.2, "with learning on, proficiency grows");
    }

    @Test
    void withWorkaroundsOffNobodyWorksAround() {
        RunResult off = Engine.run(scenario("horizonMonths=2", "mechanisms.workarounds=false"), seed(0));
        assertEquals(0.0, off.summary("workaround_share"));
        assertEquals(0.0, total(off, DailyMetric.WORKAROUNDS_STARTED));
        RunResult on = Engine.run(scenario("horizonMonths=2"), seed(0));
        assertTrue(on.summary("workaround_share") > 0.005, "with workarounds on: " + on.summary("workaround_share"));
        assertTrue(total(on, DailyMetric.WORKAROUNDS_STARTED) > 0);
    }

    @Test
    void aDedicatedTeamRaisesSatisfactionAndCutsErrorsLateInTheRun() {
        List<RunResult> a = runs(scenario("horizonMonths=6"));
        List<RunResult> b = runs(scenario("horizonMonths=6", "dedicatedTeam.enabled=true"));
        Paired.of(a, b, r -> r.summary("satisfaction_final")).assertWithin("satisfaction at the end", 0.03, 0.3);
        Paired.of(a, b, r -> r.summary("net_promoter_score_final")).assertWithin("NPS at the end", 10, 80);
        Paired.of(a, b, r -> errorsPer1000LastDays(r, 30)).assertWithin("errors per 1,000 tasks, last 30 days", -6, -1);
    }

    @Test
    void aVendorHoldingDecisionSupportClosesTicketsUnresolvedAndInHouseStaffNever() {
        Scenario inHouse = scenario(
                "horizonMonths=2", "sourcing.clinicalDecisionSupport=in-house", "sourcing.patientRecords=in-house");
        Scenario vendor = scenario(
                "horizonMonths=2", "sourcing.clinicalDecisionSupport=vendor", "sourcing.patientRecords=in-house");
        for (int r = 0; r < SEEDS; r++) {
            assertEquals(0.0, total(Engine.run(inHouse, seed(r)), DailyMetric.CLOSED_UNRESOLVED), "seed " + r);
            RunResult v = Engine.run(vendor, seed(r));
            // about 20 expected per run: the vendor closes a third of its workflow tickets unresolved
            assertTrue(total(v, DailyMetric.CLOSED_UNRESOLVED) > 0, "seed " + r);
            assertTrue(v.summary("closed_unresolved_share") > 0);
        }
    }

    @Test
    void remedialTrainingWithMultiplierOneChangesNothingAndWithOneHalfLowersClicks() {
        String[] phishing = {"horizonMonths=12", "training.phishingSimulationsPerYear=24"};
        Scenario none = scenario(phishing);
        Scenario useless = scenario(
                "horizonMonths=12",
                "training.phishingSimulationsPerYear=24",
                "training.remedialTrainingForRepeatClickers=true",
                "training.remedialClickOddsMultiplier=1.0");
        Scenario halving = scenario(
                "horizonMonths=12",
                "training.phishingSimulationsPerYear=24",
                "training.remedialTrainingForRepeatClickers=true",
                "training.remedialClickOddsMultiplier=0.5");
        List<RunResult> a = runs(none);
        List<RunResult> b = runs(useless);
        for (int i = 0; i < SEEDS; i++) {
            for (int d = a.get(i).firstDay(); d <= a.get(i).lastDay(); d++) {
                assertEquals(
                        a.get(i).daily(d, DailyMetric.PHISHING_CLICKS),
                        b.get(i).daily(d, DailyMetric.PHISHING_CLICKS),
                        "seed " + i + " day " + d);
            }
            assertEquals(a.get(i).summary(), b.get(i).summary(), "a multiplier of 1.0 leaves the whole run unchanged");
        }
        List<RunResult> c = runs(halving);
        // repeat clickers (two clicks or more) are a minority early on and a growing share later
        Paired.of(a, c, r -> r.summary("phishing_click_rate_campaigns_over_10"))
                .assertWithin("click rate from campaign 11 on", -0.03, -0.003);
    }

    /**
     * With 24 simulated campaigns a year every clinician sees campaign k as their k-th, so its click probability is
     * 0.155 before, 0.155 x 0.511 in odds terms for campaigns 6-10 and 0.155 x 0.335 from campaign 11 on. Click counts
     * summed over campaigns and replications are binomial with those probabilities; exact binomial test at alpha =
     * 0.001.
     */
    @Test
    void simulatedPhishingLowersClickRatesByTheGordonOddsRatios() {
        Scenario s = scenario("horizonMonths=12", "training.phishingSimulationsPerYear=24");
        int clinicians = s.hospital().clinicians();
        String[] groups = {
            "phishing_click_rate_campaigns_1_5",
            "phishing_click_rate_campaigns_6_10",
            "phishing_click_rate_campaigns_over_10"
        };
        int[] campaigns = {5, 5, 14}; // 24 campaigns in the year
        double odds = 0.155 / 0.845;
        double[] expected = {0.155, odds * 0.511 / (1 + odds * 0.511), odds * 0.335 / (1 + odds * 0.335)};
        long[] clicks = new long[3];
        for (RunResult r : runs(s)) {
            assertEquals(24.0 * clinicians, total(r, DailyMetric.PHISHING_EMAILS), "24 campaigns to everyone");
            for (int g = 0; g < 3; g++) {
                clicks[g] += Math.round(r.summary(groups[g]) * campaigns[g] * clinicians);
            }
        }
        double[] observed = new double[3];
        for (int g = 0; g < 3; g++) {
            int trials = SEEDS * campaigns[g] * clinicians;
            observed[g] = (double) clicks[g] / trials;
            double p = new BinomialTest()
                    .binomialTest(trials, (int) clicks[g], expected[g], AlternativeHypothesis.TWO_SIDED);
            assertTrue(
                    p > ALPHA,
                    groups[g] + ": " + clicks[g] + " clicks in " + trials + " e-mails (" + observed[g] + ") vs "
                            + expected[g] + ", binomial p = " + p);
        }
        assertTrue(observed[0] > observed[1] && observed[1] > observed[2], "click rates fall over campaigns");
    }

    @Test
    void withoutEscalationTier1ResolvesEveryTicketAtFirstContact() {
        RunResult r = Engine.run(scenario("horizonMonths=1", "mechanisms.escalation=false"), seed(0));
        for (int d = r.firstDay(); d <= r.lastDay(); d++) {
            double fcr = r.daily(d, DailyMetric.FIRST_CONTACT_RESOLUTION);
            assertTrue(Double.isNaN(fcr) || fcr == 1.0, "day " + d + ": " + fcr);
        }
    }

    private static final String[] ALL_OUTSOURCED = {
        "sourcing.patientRecords=vendor",
        "sourcing.clinicalDecisionSupport=vendor",
        "sourcing.compliance=vendor",
        "sourcing.hosting=vendor",
        "sourcing.technicalSupport=vendor",
        "sourcing.applicationDevelopment=vendor",
        "support.helpDeskAnalysts=3"
    };

    private static Scenario outsourced(String... overrides) {
        List<String> all = new ArrayList<>(List.of(ALL_OUTSOURCED));
        all.addAll(List.of(overrides));
        return scenario(all.toArray(String[]::new));
    }

    @Test
    void aGoldTierVendorAnswersAndResolvesFasterAndMeetsMoreTargetsThanBronze() {
        List<RunResult> bronze = runs(outsourced("horizonMonths=3", "vendor.slaTier=bronze"));
        List<RunResult> gold = runs(outsourced("horizonMonths=3", "vendor.slaTier=gold"));
        // gold puts 1.2 / 0.8 = 1.5 times the desk analysts on duty and works vendor tickets in 0.6 / 1.5 of the time
        Paired.of(bronze, gold, r -> r.summary("mean_wait_hours")).assertWithin("mean wait, hours", -20, -0.05);
        Paired.of(bronze, gold, r -> r.summary("mean_resolution_hours"))
                .assertWithin("mean resolution, hours", -40, -1);
        Paired.of(bronze, gold, r -> r.summary("sla_met_share")).assertWithin("SLA met share", 0.005, 0.5);
    }

    @Test
    void serviceCreditsComeOffTheVendorCostsAndChangeNothingElse() {
        for (int r = 0; r < 3; r++) {
            RunResult none = Engine.run(
                    outsourced("horizonMonths=3", "vendor.slaTier=bronze", "vendor.slaAttainmentTarget=0"), seed(r));
            RunResult strict = Engine.run(
                    outsourced("horizonMonths=3", "vendor.slaTier=bronze", "vendor.slaAttainmentTarget=1"), seed(r));
            double credits = strict.summary("vendor_service_credits_usd");
            assertEquals(0.0, none.summary("vendor_service_credits_usd"), "a target of 0 is always met");
            assertTrue(credits > 0, "a bronze vendor misses some response every month: " + credits);
            double saved = none.summary("cost_vendor_usd")
                    - strict.summary("cost_vendor_usd")
                    + none.summary("cost_support_staff_usd")
                    - strict.summary("cost_support_staff_usd");
            assertEquals(credits, saved, 1e-6 * credits, "credits are deducted where the fees are booked");
            assertEquals(none.summary("cost_total_usd") - credits, strict.summary("cost_total_usd"), 1e-6 * credits);
            for (String metric : List.of("errors_per_1000_tasks", "mean_wait_hours", "unplanned_downtime_hours")) {
                assertEquals(none.summary(metric), strict.summary(metric), metric);
            }
        }
    }

    @Test
    void withoutPaperOrWorkaroundsEveryTaskIsDoneInTheSystemAndOtherwiseTheShareIsWhatIsLeft() {
        String[] noDowntime = {
            "horizonMonths=2",
            "system.fullOutagesPerYearInHouse=0",
            "system.fullOutagesPerYearVendor=0",
            "system.partialIncidentsPerMonthInHouse=0",
            "system.partialIncidentsPerMonthVendor=0",
            "system.maintenanceWindowsPerMonth=0",
            "system.releaseDowntimeHours=0",
            "security.ransomwareShare=0"
        };
        List<String> off = new ArrayList<>(List.of(noDowntime));
        off.add("mechanisms.workarounds=false");
        RunResult none = Engine.run(scenario(off.toArray(String[]::new)), seed(0));
        assertEquals(1.0, none.summary("system_use_share"), 1e-12);
        RunResult on = Engine.run(scenario(noDowntime), seed(0));
        // with no paper, a task is either done in the system as designed or under a workaround
        assertEquals(1.0 - on.summary("workaround_share"), on.summary("system_use_share"), 1e-9);
        assertTrue(on.summary("system_use_share") < 1.0);
        RunResult paper = Engine.run(scenario("horizonMonths=2", "system.fullOutagesPerYearVendor=50"), seed(0));
        assertTrue(
                paper.summary("system_use_share") < 1.0 - paper.summary("workaround_share") - 1e-6,
                "downtime moves tasks to paper");
    }

    @Test
    void workflowMisfitCostsTimeAsWellAsErrors() {
        List<RunResult> none = runs(scenario("horizonMonths=2", "work.misfitSlowdownAtFullMisfit=0"));
        List<RunResult> slow = runs(scenario("horizonMonths=2", "work.misfitSlowdownAtFullMisfit=0.3"));
        // misfit is near 1 in the first weeks: HIS tasks take up to 1.3 times as long
        Paired.of(none, slow, r -> r.summary("productivity_trough_weeks_1_4"))
                .assertWithin("productivity trough, weeks 1-4", -0.25, -0.03);
    }

    private static final String[] TEAM = {"horizonMonths=6", "dedicatedTeam.enabled=true"};

    private static Scenario team(String... overrides) {
        List<String> all = new ArrayList<>(List.of(TEAM));
        all.addAll(List.of(overrides));
        return scenario(all.toArray(String[]::new));
    }

    @Test
    void switchingOffTheTeamsTrainingRaisesWorkaroundsAndErrors() {
        List<RunResult> all = runs(team());
        List<RunResult> off = runs(team("dedicatedTeam.training=false"));
        Paired.of(all, off, r -> r.summary("workaround_share")).assertWithin("workaround share", 0.0005, 0.05);
        Paired.of(all, off, r -> errorsPer1000LastDays(r, 60))
                .assertWithin("errors per 1,000 tasks, last 60 days", 0.01, 2);
    }

    @Test
    void switchingOffWorkflowRedesignRaisesErrorsAndLowersSystemUse() {
        List<RunResult> all = runs(team());
        List<RunResult> off = runs(team("dedicatedTeam.workflowRedesign=false"));
        Paired.of(all, off, r -> errorsPer1000LastDays(r, 60))
                .assertWithin("errors per 1,000 tasks, last 60 days", 0.2, 4);
        Paired.of(all, off, r -> r.summary("system_use_share")).assertWithin("system use share", -0.05, -0.0005);
    }

    @Test
    void switchingOffChangeManagementLetsMoreRegressionsThrough() {
        List<RunResult> all = runs(team());
        List<RunResult> off = runs(team("dedicatedTeam.changeManagement=false"));
        Paired.of(all, off, r -> total(r, DailyMetric.ACTIVE_DEFECTS) / (r.lastDay() - r.firstDay() + 1))
                .assertWithin("mean active defects", 0.5, 20);
    }

    @Test
    void theTeamScaledWithTheHospitalHasAComparableEffectPerClinicianAt300And1500Users() {
        double[] effect = new double[2];
        int[] sizes = {300, 1500};
        for (int k = 0; k < 2; k++) {
            List<String> base = new ArrayList<>(List.of(TestScenarios.smallHospital(sizes[k])));
            base.add("horizonMonths=6");
            base.add("support.helpDeskAnalysts=" + Math.max(2, sizes[k] / 125));
            base.add("support.tier2Analysts=" + Math.max(1, sizes[k] / 250));
            List<String> withTeam = new ArrayList<>(base);
            withTeam.add("dedicatedTeam.enabled=true");
            List<RunResult> a = runs(TestScenarios.of(base.toArray(String[]::new)));
            List<RunResult> b = runs(TestScenarios.of(withTeam.toArray(String[]::new)));
            effect[k] = Paired.of(a, b, r -> errorsPer1000LastDays(r, 60)).mean();
        }
        assertTrue(
                effect[0] < 0 && effect[1] < 0, "the team cuts errors in both: " + java.util.Arrays.toString(effect));
        double ratio = effect[0] / effect[1];
        assertTrue(
                ratio > 0.67 && ratio < 1.5,
                "team effect on errors per 1,000 tasks at 300 vs 1,500 users: " + java.util.Arrays.toString(effect));
    }
}
