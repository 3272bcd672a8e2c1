package org.golivesim.model.agent;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.golivesim.TestScenarios;
import org.golivesim.model.domain.Calendar;
import org.golivesim.model.process.DefectsAndReleases;
import org.golivesim.model.process.Infrastructure;
import org.golivesim.model.process.WorkflowFit;
import org.golivesim.observe.DayLedger;
import org.golivesim.observe.RunLog;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import org.golivesim.scenario.ScenarioSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sim.engine.Schedule;

/**
 * The clinician's deterministic rules with exact values. Expected numbers were computed with mpmath at 30 digits from
 * the formulas in MODEL.md section 8 (the expression is written next to each); the tolerance allows for double
 * round-off only.
 */
class ClinicianTest {
    private static final double EXACT = 1e-15;
    private static final Scenario DEFAULTS = ScenarioSchema.defaults();

    /** Clinicians of a hospital with the given overrides, built as the model builds them. */
    static Clinician[] clinicians(Scenario s) {
        Calendar calendar = new Calendar(s.preGoLiveDays());
        DayLedger ledger = new DayLedger();
        Streams streams = new Streams(1L);
        Infrastructure infra = new Infrastructure(
                s, calendar, new Schedule(), ledger, new RunLog(), streams.stream("outages"), () -> 0);
        Workforce w = new Workforce(
                s,
                calendar,
                ledger,
                streams,
                new DefectsAndReleases(s, streams.stream("defects")),
                new WorkflowFit(0, 0),
                infra);
        return w.all();
    }

    private static Clinician oneClinician(String... overrides) {
        String[] all = new String[overrides.length + 3];
        all[0] = "hospital.physicians=1";
        all[1] = "hospital.nurses=0";
        all[2] = "hospital.allied=0";
        System.arraycopy(overrides, 0, all, 3, overrides.length);
        return clinicians(TestScenarios.of(all))[0];
    }

    @Test
    void initialProficiencyRisesWithTrainingHoursTowardsTheCeiling() {
        Scenario.Training t = DEFAULTS.training(); // pMax 0.7, hoursScale 8
        assertAll(
                () -> assertEquals(0.0, Clinician.initialProficiency(0, t)),
                // 0.7 (1 - exp(-6/8))
                () -> assertEquals(0.369343413081289681, Clinician.initialProficiency(6, t), EXACT),
                // 0.7 (1 - exp(-1)): the scale reaches 63% of the ceiling
                () -> assertEquals(0.442484391179990347, Clinician.initialProficiency(8, t), EXACT),
                // 0.7 (1 - exp(-12/8))
                () -> assertEquals(0.543808887896099085, Clinician.initialProficiency(12, t), EXACT),
                () -> assertEquals(0.7, Clinician.initialProficiency(1000, t), EXACT));
    }

    @Test
    void aClinicianStartsAtTheInitialProficiencyOfTheirRolesTraining() {
        Clinician[] cs = clinicians(TestScenarios.of(
                "hospital.physicians=1", "hospital.nurses=1", "hospital.allied=1", "training.alliedHours=0"));
        assertEquals(0.369343413081289681, cs[0].proficiency(), EXACT);
        assertEquals(0.543808887896099085, cs[1].proficiency(), EXACT);
        assertEquals(0.0, cs[2].proficiency());
        assertEquals(6.0, cs[0].trainingHours());
    }

    @Test
    void practiceFollowsThePowerLaw() {
        Scenario.Learning l = DEFAULTS.learning(); // practiceHours 60, exponent 0.9
        assertAll(
                () -> assertEquals(0.3, Clinician.practiced(0.3, 0, l), EXACT),
                // 1 - 0.7 * 2^-0.9
                () -> assertEquals(0.624879288112297393, Clinician.practiced(0.3, 60, l), EXACT),
                // 1 - 0.5 * 11^-0.9
                () -> assertEquals(0.942228108399539062, Clinician.practiced(0.5, 600, l), EXACT),
                () -> assertEquals(1.0, Clinician.practiced(1.0, 600, l)));
        Scenario.Learning flat = TestScenarios.of("learning.learningExponent=0").learning();
        assertEquals(0.3, Clinician.practiced(0.3, 10_000, flat), EXACT);
    }

    @Test
    void errorProbabilityIsTheBaseRateForAProficientUserOfAWellFittingSystem() {
        assertEquals(0.003, Clinician.errorProbability(DEFAULTS.errors(), 1.0, 0, 0, false, false), EXACT);
    }

    @Test
    void errorProbabilityAddsProficiencyDefectAndMisfitLogOdds() {
        // logistic(logit(0.003) + 1.2 * 0.6 + 2.0 * 0.1 + 1.0 * 0.5)
        assertEquals(
                0.0122956425857092166,
                Clinician.errorProbability(DEFAULTS.errors(), 0.4, 0.1, 0.5, false, false),
                EXACT);
        // the same plus ln(3.06)
        assertEquals(
                0.0366952124065729223,
                Clinician.errorProbability(DEFAULTS.errors(), 0.4, 0.1, 0.5, true, false),
                EXACT);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 0, 0", "0.4, 0.1, 0.5", "0.0, 1, 1", "0.9, 0.02, 0.8"})
    void aWorkaroundMultipliesTheOddsOfAnErrorByExactly306(double p, double defects, double misfit) {
        double without = Clinician.errorProbability(DEFAULTS.errors(), p, defects, misfit, false, false);
        double with = Clinician.errorProbability(DEFAULTS.errors(), p, defects, misfit, true, false);
        double oddsRatio = (with / (1 - with)) / (without / (1 - without));
        assertEquals(3.06, oddsRatio, 1e-12);
    }

    @Test
    void onPaperOnlyTheDowntimeTermCounts() {
        // logistic(logit(0.003) + 0.7): proficiency, defects, misfit and workarounds do not apply on paper
        double paper = 0.00602294080476812527;
        assertEquals(paper, Clinician.errorProbability(DEFAULTS.errors(), 1.0, 0, 0, false, true), EXACT);
        assertEquals(paper, Clinician.errorProbability(DEFAULTS.errors(), 0.1, 0.9, 1.0, true, true), EXACT);
    }

    private static void seeCampaigns(Clinician c, int campaigns) {
        for (int i = 0; i < campaigns; i++) {
            c.simulatedPhish(false, false);
        }
    }

    @Test
    void clickOddsFallCampaignByCampaignThroughTheGordonOddsRatiosAtTheirBinCentres() {
        Scenario.Security s = DEFAULTS.security();
        Scenario.Training t = DEFAULTS.training();
        Clinician c = oneClinician();
        double[] p = new double[31];
        for (int seen = 0; seen <= 30; seen++) {
            assertEquals(seen, c.simulatedCampaignsSeen());
            p[seen] = c.clickProbability(s, t);
            c.simulatedPhish(false, false);
        }
        double base = 0.155 / 0.845;
        assertAll(
                // campaign 3 (centre of 1-5): the base rate; campaign 8 (centre of 6-10): odds x 0.511
                () -> assertEquals(0.155, p[2], EXACT),
                () -> assertEquals(0.0857006832899627247, p[7], EXACT),
                // campaign 13 on (centre of 11+): odds x 0.335, flat
                () -> assertEquals(0.0578922429411600747, p[12], EXACT),
                () -> assertEquals(0.0578922429411600747, p[30], EXACT),
                // the first campaign: the 3 -> 8 line extended back, odds x 0.511^(-2/5)
                () -> assertEquals(base * Math.pow(0.511, -0.4) / (1 + base * Math.pow(0.511, -0.4)), p[0], 1e-15));
        for (int seen = 1; seen <= 30; seen++) {
            assertTrue(p[seen] <= p[seen - 1], "click probability rose after campaign " + seen);
            if (seen <= 12) {
                assertTrue(p[seen] < p[seen - 1], "no effect of campaign " + seen);
            }
        }
        // campaigns 1-5 average the base log-odds, as Gordon's reference bin does
        double meanLogOdds = 0;
        for (int seen = 0; seen < 5; seen++) {
            meanLogOdds += Math.log(p[seen] / (1 - p[seen])) / 5;
        }
        assertEquals(Math.log(base), meanLogOdds, 1e-12);
    }

    @Test
    void goLiveSecurityContentMultipliesTheClickOddsByItsEffect() {
        Scenario s = TestScenarios.of("security.securityTrainingClickOddsMultiplier=0.5");
        Clinician withContent = oneClinician("training.securityContentHours=1");
        Clinician without = oneClinician("training.securityContentHours=0");
        double pw = withContent.clickProbability(s.security(), s.training());
        double po = without.clickProbability(s.security(), s.training());
        assertEquals(0.5, (pw / (1 - pw)) / (po / (1 - po)), 1e-12);
    }

    @Test
    void remedialTrainingAfterTwoClicksMultipliesTheOddsByItsMultiplier() {
        Scenario s = TestScenarios.of("training.remedialClickOddsMultiplier=0.5");
        Clinician c = oneClinician();
        Clinician reference = oneClinician();
        c.simulatedPhish(true, true);
        reference.simulatedPhish(false, false);
        assertEquals(
                reference.clickProbability(s.security(), s.training()),
                c.clickProbability(s.security(), s.training()),
                EXACT,
                "one click is not repeat clicking");
        for (int i = 0; i < 9; i++) {
            c.simulatedPhish(true, true);
            reference.simulatedPhish(false, false);
            double pc = c.clickProbability(s.security(), s.training());
            double pr = reference.clickProbability(s.security(), s.training());
            assertEquals(0.5, (pc / (1 - pc)) / (pr / (1 - pr)), 1e-12, "after " + (i + 2) + " clicks");
        }
    }

    @Test
    void aRepeatClickerIsOneWithTheParameterSheetsNumberOfClicks() {
        Scenario s = TestScenarios.of("training.remedialClickOddsMultiplier=0.5");
        Clinician c = oneClinician("training.repeatClickerClicks=3");
        Clinician reference = oneClinician();
        double[] oddsRatio = new double[3];
        for (int i = 0; i < 3; i++) {
            c.simulatedPhish(true, true);
            reference.simulatedPhish(false, false);
            double pc = c.clickProbability(s.security(), s.training());
            double pr = reference.clickProbability(s.security(), s.training());
            oddsRatio[i] = (pc / (1 - pc)) / (pr / (1 - pr));
        }
        assertEquals(1.0, oddsRatio[0], 1e-12, "after 1 click");
        assertEquals(1.0, oddsRatio[1], 1e-12, "after 2 clicks: not yet a repeat clicker at 3");
        assertEquals(0.5, oddsRatio[2], 1e-12, "after 3 clicks");
    }

    @Test
    void withoutTheProgrammeRepeatClickersGetNoRemedialTraining() {
        Scenario s = TestScenarios.of("training.remedialClickOddsMultiplier=0.5");
        Clinician c = oneClinician();
        Clinician reference = oneClinician();
        for (int i = 0; i < 3; i++) {
            c.simulatedPhish(true, false);
            reference.simulatedPhish(false, false);
        }
        assertEquals(
                reference.clickProbability(s.security(), s.training()),
                c.clickProbability(s.security(), s.training()),
                EXACT);
    }

    @Test
    void harmPerErrorRisesWithLowErrorProficiencyAndWhenTheSystemsChecksAreMissing() {
        Scenario.Errors e = DEFAULTS.errors(); // base 0.003, +0.7 log-odds at zero proficiency, OR 2.2 paper/workaround
        double baseOdds = 0.003 / 0.997;
        java.util.function.DoubleUnaryOperator prob = odds -> odds / (1 + odds);
        assertAll(
                () -> assertEquals(0.003, Clinician.harmProbability(e, 1.0, false, false), 1e-15),
                () -> assertEquals(
                        prob.applyAsDouble(baseOdds * Math.exp(0.7)),
                        Clinician.harmProbability(e, 0.0, false, false),
                        1e-15),
                () -> assertEquals(
                        prob.applyAsDouble(baseOdds * Math.exp(0.35) * 2.2),
                        Clinician.harmProbability(e, 0.5, true, false),
                        1e-15),
                () -> assertEquals(
                        prob.applyAsDouble(baseOdds * 2.2), Clinician.harmProbability(e, 1.0, false, true), 1e-15));
    }

    @Test
    void delayedCareHarmIsTheTasksFallingDueInDowntimeTimesTheHarmPerDelayedTask() {
        assertAll(
                // 96 tasks in a 12-hour shift, 3 hours on paper: 24 delayed tasks, 0.00004 each
                () -> assertEquals(96 * (3.0 / 12) * 0.00004, Clinician.delayedCareHarm(96, 12, 3, 0.00004), 1e-18),
                // the whole shift down: every task is delayed
                () -> assertEquals(96 * 0.01, Clinician.delayedCareHarm(96, 12, 12, 0.01), 1e-15),
                // no downtime, or the mechanism off: no delayed-care harm
                () -> assertEquals(0.0, Clinician.delayedCareHarm(96, 12, 0, 0.00004), EXACT),
                () -> assertEquals(0.0, Clinician.delayedCareHarm(96, 12, 3, 0), EXACT));
    }

    @Test
    void errorRelevantProficiencyLearnsOnItsOwnSlowerCurve() {
        Scenario.Learning l = DEFAULTS.learning(); // practice 60 h, errors 450 h, exponent 0.9
        assertAll(
                () -> assertEquals(
                        1 - 0.5 * Math.pow(1 + 540.0 / 450, -0.9), Clinician.practicedForErrors(0.5, 540, l), 1e-15),
                () -> assertEquals(0.5, Clinician.practicedForErrors(0.5, 0, l), 1e-15));
        for (double h : new double[] {10, 100, 540, 2000}) {
            assertTrue(Clinician.practicedForErrors(0.5, h, l) < Clinician.practiced(0.5, h, l), "at " + h + " h");
        }
    }

    @Test
    void remedialTrainingWithMultiplierOneChangesNothing() {
        Clinician trained = oneClinician();
        Clinician untrained = oneClinician();
        for (int i = 0; i < 12; i++) {
            trained.simulatedPhish(true, true);
            untrained.simulatedPhish(true, false);
            assertEquals(
                    untrained.clickProbability(DEFAULTS.security(), DEFAULTS.training()),
                    trained.clickProbability(DEFAULTS.security(), DEFAULTS.training()));
        }
    }

    @Test
    void theClickingReturnValueEchoesTheDraw() {
        Clinician c = oneClinician();
        assertEquals(true, c.simulatedPhish(true, false));
        assertEquals(false, c.simulatedPhish(false, false));
        assertEquals(2, c.simulatedCampaignsSeen());
    }
}
