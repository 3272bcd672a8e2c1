package org.golivesim.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MorrisTest {
    /** Round-off only: the linear model's elementary effects are exact up to a few ulps of outputs near 200. */
    private static final double EXACT = 1e-9;

    private static final List<Factor> LINEAR_FACTORS = List.of(
            new Factor("staff", 0.0, 10.0), new Factor("latencyDays", -1.0, 1.0), new Factor("budget", 100.0, 200.0));
    private static final double[] LINEAR_COEFFICIENTS = {3.0, -2.0, 0.5};

    private static double linear(double[] x) {
        double y = 0.0;
        for (int i = 0; i < x.length; i++) {
            y += LINEAR_COEFFICIENTS[i] * x[i];
        }
        return y;
    }

    @Test
    void linearModelHasMuStarEqualToTheCoefficientTimesTheRangeAndNoSpread() {
        Morris.Design design = Morris.design(LINEAR_FACTORS, 10, new MersenneTwister(1991L));
        double[] y =
                design.scaledPoints().stream().mapToDouble(MorrisTest::linear).toArray();
        List<Morris.Effect> effects = Morris.analyse(design, y, 200, new MersenneTwister(2007L));
        double[] mu = {3.0 * 10.0, -2.0 * 2.0, 0.5 * 100.0};
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Morris.Effect e = effects.get(i);
            double expected = mu[i];
            String name = LINEAR_FACTORS.get(i).name();
            checks.add(() -> assertEquals(name, e.factor()));
            checks.add(() -> assertEquals(expected, e.mu(), EXACT, e.toString()));
            checks.add(() -> assertEquals(Math.abs(expected), e.muStar(), EXACT, e.toString()));
            checks.add(() -> assertEquals(0.0, e.sigma(), EXACT, e.toString()));
            checks.add(() -> assertEquals(Math.abs(expected), e.muStarCiLow(), EXACT, e.toString()));
            checks.add(() -> assertEquals(Math.abs(expected), e.muStarCiHigh(), EXACT, e.toString()));
        }
        assertAll(checks);
    }

    /**
     * Ishigami on the default 4-level grid, where every expectation is known in closed form. The grid of each
     * factor is {-pi, -pi/3, pi/3, pi} and a step of Δ = 2/3 joins -pi to pi/3 or -pi/3 to pi; at any step, every
     * other factor sits on each of its four levels with probability 1/4, independently. Hence:
     *
     * <ul>
     *   <li>x2: |sin^2| changes by 3/4 in every step, so every |EE| is a (3/4) / (2/3) = 7.875 and mu* is exactly
     *       7.875; the sign is + or - with probability 1/2, so E[mu] = 0.
     *   <li>x1: sin x1 rises by sqrt(3)/2 in either upward step, so EE = (3 sqrt(3) / 4)(1 + b x3^4) &gt; 0 always
     *       (mu = mu*), with x3^4 = pi^4 or (pi/3)^4 with probability 1/2 each.
     *   <li>x3: acts only through b x3^4 sin x1. |EE| = m = b (sqrt(3)/2)(80 pi^4 / 81) / (2/3) when sin x1 = ±sqrt(3)/2
     *       (probability 1/2), else 0, with a random sign: E[mu*] = m/2, E[mu] = 0, sd(EE) = m / sqrt(2), so
     *       sigma exceeds mu* (interaction) and mu* is the smallest of the three.
     * </ul>
     *
     * Sample means are checked against those expectations at alpha = 0.001 per check (z = 3.29, standard errors
     * from the known distributions and r = 1000).
     */
    @Test
    void ishigamiScreeningMatchesTheGridExpectations() {
        int r = 1000;
        double z = 3.29;
        Morris.Design design = Morris.design(Ishigami.FACTORS, r, new MersenneTwister(1991L));
        List<Morris.Effect> e = Morris.analyse(design, Ishigami.outputs(design.scaledPoints()));
        Morris.Effect x1 = e.get(0);
        Morris.Effect x2 = e.get(1);
        Morris.Effect x3 = e.get(2);

        double b = Ishigami.B;
        double pi4 = Math.pow(Math.PI, 4);
        double c1 = 3.0 * Math.sqrt(3.0) / 4.0;
        double ee1High = c1 * (1 + b * pi4);
        double ee1Low = c1 * (1 + b * pi4 / 81);
        double m3 = b * (Math.sqrt(3.0) / 2.0) * (80.0 * pi4 / 81.0) / (2.0 / 3.0);
        double sqrtR = Math.sqrt(r);

        assertAll(
                () -> assertEquals(7.875, x2.muStar(), 1e-9, "x2 mu* is exact on the 4-level grid"),
                () -> assertEquals(0.0, x2.mu(), z * 7.875 / sqrtR, "x2 mu, alpha 0.001"),
                () -> assertEquals(x1.muStar(), x1.mu(), "x1 effects are all positive"),
                () -> assertEquals(
                        (ee1High + ee1Low) / 2, x1.muStar(), z * (ee1High - ee1Low) / 2 / sqrtR, "x1 mu*, alpha 0.001"),
                () -> assertEquals(m3 / 2, x3.muStar(), z * (m3 / 2) / sqrtR, "x3 mu*, alpha 0.001"),
                () -> assertEquals(0.0, x3.mu(), z * (m3 / Math.sqrt(2)) / sqrtR, "x3 mu, alpha 0.001"),
                () -> assertTrue(x3.sigma() > x3.muStar(), "x3 acts through interaction: " + x3),
                () -> assertTrue(x3.muStar() < x1.muStar() && x3.muStar() < x2.muStar(), "x3 ranks last by mu*: " + e));
    }

    @Test
    void bootstrapIntervalOfMuStarCoversTheIshigamiExpectation() {
        Morris.Design design = Morris.design(Ishigami.FACTORS, 200, new MersenneTwister(11L));
        Morris.Effect x3 = Morris.analyse(
                        design, Ishigami.outputs(design.scaledPoints()), 1000, new MersenneTwister(12L))
                .get(2);
        double expected = 0.5 * Ishigami.B * (Math.sqrt(3.0) / 2.0) * (80.0 * Math.pow(Math.PI, 4) / 81.0) * 1.5;
        assertTrue(x3.muStarCiLow() <= x3.muStar() && x3.muStar() <= x3.muStarCiHigh(), x3.toString());
        assertTrue(x3.muStarCiLow() <= expected && expected <= x3.muStarCiHigh(), expected + " outside " + x3);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 6, 8})
    void everyTrajectoryMovesEachFactorOnceByDeltaOnTheGrid(int levels) {
        int k = 5;
        int r = 30;
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            factors.add(new Factor("f" + i, 0.0, 1.0));
        }
        Morris.Design design = Morris.design(factors, r, levels, new MersenneTwister(levels));
        double delta = levels / (2.0 * (levels - 1));
        assertAll(
                () -> assertEquals(r * (k + 1), design.size()),
                () -> assertEquals(delta, design.delta()),
                () -> assertEquals(levels, design.levels()),
                () -> assertEquals(r, design.trajectories()));
        for (int t = 0; t < r; t++) {
            int[] moves = new int[k];
            for (int s = 0; s <= k; s++) {
                double[] p = design.unitPoint(t * (k + 1) + s);
                for (double u : p) {
                    double level = u * (levels - 1);
                    assertTrue(u >= 0.0 && u <= 1.0 && Math.abs(level - Math.rint(level)) < 1e-12, "off grid: " + u);
                }
                if (s > 0) {
                    double[] q = design.unitPoint(t * (k + 1) + s - 1);
                    int changed = 0;
                    for (int i = 0; i < k; i++) {
                        if (p[i] != q[i]) {
                            changed++;
                            moves[i]++;
                            assertEquals(delta, Math.abs(p[i] - q[i]), 1e-12, "step size");
                        }
                    }
                    assertEquals(1, changed, "trajectory " + t + " step " + s + " moves one factor");
                }
            }
            int[] once = new int[k];
            Arrays.fill(once, 1);
            assertEquals(Arrays.toString(once), Arrays.toString(moves), "trajectory " + t);
        }
    }

    @Test
    void designIsReproducibleForTheSameSeedAndDiffersForAnother() {
        assertEquals(
                render(Morris.design(LINEAR_FACTORS, 8, new MersenneTwister(5L))),
                render(Morris.design(LINEAR_FACTORS, 8, new MersenneTwister(5L))));
        assertNotEquals(
                render(Morris.design(LINEAR_FACTORS, 8, new MersenneTwister(5L))),
                render(Morris.design(LINEAR_FACTORS, 8, new MersenneTwister(6L))));
    }

    @Test
    void defaultDesignUsesFourLevels() {
        Morris.Design design = Morris.design(LINEAR_FACTORS, 3, new MersenneTwister(1L));
        assertAll(
                () -> assertEquals(Morris.DEFAULT_LEVELS, design.levels()),
                () -> assertEquals(2.0 / 3.0, design.delta()));
    }

    @Test
    void scaledPointsMapEachCoordinateToItsFactorRange() {
        Morris.Design design = Morris.design(LINEAR_FACTORS, 4, new MersenneTwister(3L));
        for (int i = 0; i < design.size(); i++) {
            double[] u = design.unitPoint(i);
            double[] x = design.scaledPoint(i);
            for (int j = 0; j < 3; j++) {
                Factor f = LINEAR_FACTORS.get(j);
                assertEquals(f.min() + u[j] * (f.max() - f.min()), x[j], 0.0);
            }
        }
    }

    @Test
    void oneTrajectoryGivesMeansButNoSigma() {
        Morris.Design design = Morris.design(LINEAR_FACTORS, 1, new MersenneTwister(4L));
        double[] y =
                design.scaledPoints().stream().mapToDouble(MorrisTest::linear).toArray();
        Morris.Effect e = Morris.analyse(design, y).get(0);
        assertAll(
                () -> assertEquals(30.0, e.muStar(), EXACT),
                () -> assertTrue(Double.isNaN(e.sigma())),
                () -> assertTrue(Double.isNaN(e.muStarCiLow())));
    }

    @Test
    void effectsBecomeThreeCsvRowsPerFactor() {
        List<SensitivityIndex> rows =
                Morris.indices(List.of(new Morris.Effect("staff", -2.0, 3.0, 1.5, 2.5, 3.5)), "harm_events");
        assertEquals(
                List.of(
                        new SensitivityIndex("staff", "harm_events", "morris", "mu", -2.0, Double.NaN, Double.NaN),
                        new SensitivityIndex("staff", "harm_events", "morris", "mu_star", 3.0, 2.5, 3.5),
                        new SensitivityIndex("staff", "harm_events", "morris", "sigma", 1.5, Double.NaN, Double.NaN)),
                rows);
    }

    @Test
    void outputsOfTheWrongLengthAreRejectedNamingBothLengths() {
        Morris.Design design = Morris.design(LINEAR_FACTORS, 2, new MersenneTwister(1L));
        LengthMismatchException e =
                assertThrows(LengthMismatchException.class, () -> Morris.analyse(design, new double[7]));
        assertAll(() -> assertEquals(7, e.length()), () -> assertEquals(8, e.expectedLength()));
    }

    @Test
    void missingOutputIsRejectedNamingItsIndex() {
        Morris.Design design = Morris.design(LINEAR_FACTORS, 2, new MersenneTwister(1L));
        double[] y = new double[design.size()];
        y[3] = Double.NaN;
        assertEquals(
                "outputs[3]",
                assertThrows(StatisticsArgumentException.class, () -> Morris.analyse(design, y))
                        .parameter());
    }

    @Test
    void badSettingsAreRejectedNamingThem() {
        MersenneTwister rng = new MersenneTwister(1L);
        assertAll(
                () -> assertEquals("levels", rejected(() -> Morris.design(LINEAR_FACTORS, 5, 3, rng))),
                () -> assertEquals("levels", rejected(() -> Morris.design(LINEAR_FACTORS, 5, 0, rng))),
                () -> assertEquals("trajectories", rejected(() -> Morris.design(LINEAR_FACTORS, 0, rng))),
                () -> assertEquals("factors", rejected(() -> Morris.design(List.of(), 5, rng))),
                () -> assertEquals(
                        "resamples",
                        rejected(() -> Morris.analyse(
                                Morris.design(LINEAR_FACTORS, 1, rng), new double[4], -5, new MersenneTwister(2L)))));
    }

    private static String rejected(Executable call) {
        return assertThrows(StatisticsArgumentException.class, call).parameter();
    }

    private static List<String> render(Morris.Design design) {
        return design.unitPoints().stream().map(Arrays::toString).toList();
    }
}
