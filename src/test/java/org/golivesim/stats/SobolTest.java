package org.golivesim.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SobolTest {
    private static final List<Factor> UNIT3 =
            List.of(new Factor("a", 0.0, 1.0), new Factor("b", 0.0, 1.0), new Factor("c", 0.0, 1.0));

    /**
     * Base sample of the Ishigami checks: N = 2^13, 40 960 evaluations. At this N the bootstrap 95% half-widths of
     * the six indices are 0.010 to 0.030 (ST3 narrowest, S1 and ST1 widest), and 300 independent pseudo-random
     * replications computed with numpy gave the same spread (1.96 sd = 0.009 to 0.031). A tolerance of 0.03 is thus
     * the widest 95% half-width: as tight as the sampling error at this N allows. The quasi-random Sobol points do
     * better than pseudo-random ones, so the bootstrap interval, which treats them as independent, is conservative.
     */
    private static final int ISHIGAMI_N = 1 << 13;

    private static final double ISHIGAMI_TOLERANCE = 0.03;

    private static final int RESAMPLES = 1000;

    @Test
    void ishigamiIndicesFromTheSobolSequenceAreWithinTolerance() {
        Sobol.Design design = Sobol.design(Ishigami.FACTORS, ISHIGAMI_N);
        List<Sobol.Estimate> estimates = Sobol.analyse(
                design, Ishigami.outputs(design.scaledPoints()), RESAMPLES, new MersenneTwister(20100101L));
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Sobol.Estimate e = estimates.get(i);
            double first = Ishigami.FIRST[i];
            double total = Ishigami.TOTAL[i];
            checks.add(() -> assertEquals(first, e.first(), ISHIGAMI_TOLERANCE, "S1 " + e));
            checks.add(() -> assertEquals(total, e.total(), ISHIGAMI_TOLERANCE, "ST " + e));
            checks.add(() -> assertTrue(
                    e.firstCiLow() <= first && first <= e.firstCiHigh(), "S1 interval misses " + first + ": " + e));
            checks.add(() -> assertTrue(
                    e.totalCiLow() <= total && total <= e.totalCiHigh(), "ST interval misses " + total + ": " + e));
            checks.add(() -> assertTrue(
                    (e.firstCiHigh() - e.firstCiLow()) / 2 <= 0.035 && (e.totalCiHigh() - e.totalCiLow()) / 2 <= 0.035,
                    "half-widths stay near the tolerance's scale: " + e));
        }
        assertAll(checks);
    }

    @Test
    void ishigamiIndicesFromPseudoRandomPointsAgreeWithTheoryAtAlpha0001() {
        // Statistical check: |estimate - truth| <= z * SE per index, SE = bootstrap half-width / 1.96, with a
        // Bonferroni z for a family-wise alpha of 0.001 over the 6 indices (z = 3.34).
        double alpha = 0.001;
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - alpha / 2 / 6);
        Sobol.Design design = Sobol.design(Ishigami.FACTORS, ISHIGAMI_N, new MersenneTwister(1L));
        List<Sobol.Estimate> estimates =
                Sobol.analyse(design, Ishigami.outputs(design.scaledPoints()), RESAMPLES, new MersenneTwister(2L));
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Sobol.Estimate e = estimates.get(i);
            double seFirst = (e.firstCiHigh() - e.firstCiLow()) / 2 / 1.96;
            double seTotal = (e.totalCiHigh() - e.totalCiLow()) / 2 / 1.96;
            double first = Ishigami.FIRST[i];
            double total = Ishigami.TOTAL[i];
            checks.add(() -> assertEquals(first, e.first(), z * seFirst, "S1, alpha = 0.001: " + e));
            checks.add(() -> assertEquals(total, e.total(), z * seTotal, "ST, alpha = 0.001: " + e));
        }
        assertAll(checks);
    }

    @Test
    void analyticIshigamiIndicesMatchThePublishedValues() {
        // Closed forms in Ishigami; published values: Saltelli et al. 2008, Table 4.4; stats_reference.py.
        assertArrayEquals(new double[] {0.3139, 0.4424, 0.0}, Ishigami.FIRST, 5e-5);
        assertArrayEquals(new double[] {0.5576, 0.4424, 0.2437}, Ishigami.TOTAL, 5e-5);
        assertEquals(0.31390519114781146, Ishigami.FIRST[0], 1e-15);
        assertEquals(0.2436836640621477, Ishigami.TOTAL[2], 1e-15);
    }

    @Test
    void additiveModelSplitsVarianceByTheSquaredCoefficients() {
        // y = a + 2 b on U(0,1)^3, c unused: Var = (1 + 4)/12, so S = ST = (0.2, 0.8, 0).
        Sobol.Design design = Sobol.design(UNIT3, 1 << 12);
        double[] y =
                design.unitPoints().stream().mapToDouble(x -> x[0] + 2 * x[1]).toArray();
        List<Sobol.Estimate> e = Sobol.analyse(design, y);
        assertAll(
                () -> assertEquals(0.2, e.get(0).first(), 0.01),
                () -> assertEquals(0.8, e.get(1).first(), 0.01),
                () -> assertEquals(0.2, e.get(0).total(), 0.01),
                () -> assertEquals(0.8, e.get(1).total(), 0.01));
    }

    @Test
    void factorTheModelIgnoresHasExactlyZeroIndicesAndIntervals() {
        Sobol.Design design = Sobol.design(UNIT3, 256);
        double[] y = design.unitPoints().stream()
                .mapToDouble(x -> Math.exp(x[0]) * x[1])
                .toArray();
        Sobol.Estimate c =
                Sobol.analyse(design, y, 200, new MersenneTwister(9L)).get(2);
        // f(AB_c) = f(A) row by row, so both sums are exactly 0.
        assertEquals(new Sobol.Estimate("c", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), c);
    }

    @Test
    void constantOutputGivesUndefinedIndices() {
        Sobol.Design design = Sobol.design(UNIT3, 16);
        double[] y = new double[design.size()];
        Arrays.fill(y, 3.0);
        Sobol.Estimate e = Sobol.analyse(design, y, 10, new MersenneTwister(1L)).get(0);
        assertAll(
                () -> assertTrue(Double.isNaN(e.first())),
                () -> assertTrue(Double.isNaN(e.total())),
                () -> assertTrue(Double.isNaN(e.firstCiLow())),
                () -> assertTrue(Double.isNaN(e.totalCiHigh())));
    }

    @Test
    void sobolDesignTakesAAndBFromTheTwoHalvesOfThe2kDimensionalSequence() {
        // scipy: qmc.Sobol(d=6, scramble=False).random(8), rows 0..7 (see stats_reference.py)
        double[][] reference = {
            {0, 0, 0, 0, 0, 0},
            {0.5, 0.5, 0.5, 0.5, 0.5, 0.5},
            {0.75, 0.25, 0.25, 0.25, 0.75, 0.75},
            {0.25, 0.75, 0.75, 0.75, 0.25, 0.25},
            {0.375, 0.375, 0.625, 0.875, 0.375, 0.125},
            {0.875, 0.875, 0.125, 0.375, 0.875, 0.625},
            {0.625, 0.125, 0.875, 0.625, 0.625, 0.875},
            {0.125, 0.625, 0.375, 0.125, 0.125, 0.375}
        };
        Sobol.Design design = Sobol.design(UNIT3, 8);
        for (int j = 0; j < 8; j++) {
            assertArrayEquals(Arrays.copyOfRange(reference[j], 0, 3), design.unitPoint(j), "A row " + j);
            assertArrayEquals(Arrays.copyOfRange(reference[j], 3, 6), design.unitPoint(8 + j), "B row " + j);
        }
    }

    @Test
    void abMatrixIsAWithOneColumnFromB() {
        Sobol.Design design = Sobol.design(UNIT3, 5, new MersenneTwister(4L));
        int n = design.baseSamples();
        assertEquals(5 * (3 + 2), design.size());
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < n; j++) {
                double[] a = design.unitPoint(j);
                double[] b = design.unitPoint(n + j);
                double[] ab = design.unitPoint((2 + i) * n + j);
                for (int c = 0; c < 3; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c], "AB_" + i + " row " + j + " column " + c);
                }
            }
        }
    }

    @Test
    void pseudoRandomDesignFillsEachRowOfAThenBFromTheGenerator() {
        RandomGenerator rng = new MersenneTwister(8L);
        double[] draws = new double[12];
        for (int d = 0; d < draws.length; d++) {
            draws[d] = rng.nextDouble();
        }
        Sobol.Design design = Sobol.design(UNIT3, 2, new MersenneTwister(8L));
        assertAll(
                () -> assertArrayEquals(Arrays.copyOfRange(draws, 0, 3), design.unitPoint(0)),
                () -> assertArrayEquals(Arrays.copyOfRange(draws, 3, 6), design.unitPoint(2)),
                () -> assertArrayEquals(Arrays.copyOfRange(draws, 6, 9), design.unitPoint(1)),
                () -> assertArrayEquals(Arrays.copyOfRange(draws, 9, 12), design.unitPoint(3)));
    }

    @Test
    void scaledPointsLieInTheFactorRanges() {
        List<Factor> factors = List.of(new Factor("cost", 100.0, 300.0), new Factor("days", -2.0, 2.0));
        Sobol.Design design = Sobol.design(factors, 64);
        for (double[] p : design.scaledPoints()) {
            assertTrue(p[0] >= 100.0 && p[0] <= 300.0 && p[1] >= -2.0 && p[1] <= 2.0, Arrays.toString(p));
        }
        assertArrayEquals(new double[] {200.0, 0.0}, design.scaledPoint(1), "second Sobol point is the centre");
    }

    @Test
    void designAccessorsReturnCopies() {
        Sobol.Design design = Sobol.design(UNIT3, 4);
        design.unitPoint(1)[0] = 99.0;
        design.unitPoints().get(1)[0] = 99.0;
        assertEquals(0.5, design.unitPoint(1)[0]);
    }

    @Test
    void analysisIsReproducibleAndTheBootstrapDependsOnItsGenerator() {
        Sobol.Design design = Sobol.design(Ishigami.FACTORS, 512);
        double[] y = Ishigami.outputs(design.scaledPoints());
        assertEquals(
                Sobol.analyse(design, y, 100, new MersenneTwister(5L)),
                Sobol.analyse(design, y, 100, new MersenneTwister(5L)));
        assertNotEquals(
                Sobol.analyse(design, y, 100, new MersenneTwister(5L)),
                Sobol.analyse(design, y, 100, new MersenneTwister(6L)));
        assertEquals(
                Sobol.analyse(design, y, 100, new MersenneTwister(5L)).get(0).first(),
                Sobol.analyse(design, y).get(0).first(),
                "the point estimate does not depend on the bootstrap");
    }

    @Test
    void pseudoRandomDesignIsReproducibleForTheSameSeedOnly() {
        assertEquals(
                Sobol.design(UNIT3, 8, new MersenneTwister(3L)).unitPoints().stream()
                        .map(Arrays::toString)
                        .toList(),
                Sobol.design(UNIT3, 8, new MersenneTwister(3L)).unitPoints().stream()
                        .map(Arrays::toString)
                        .toList());
        assertNotEquals(
                Arrays.toString(Sobol.design(UNIT3, 8, new MersenneTwister(3L)).unitPoint(0)),
                Arrays.toString(Sobol.design(UNIT3, 8, new MersenneTwister(4L)).unitPoint(0)));
    }

    @Test
    void indicesBecomeTwoCsvRowsPerFactor() {
        List<SensitivityIndex> rows = Sobol.indices(
                List.of(new Sobol.Estimate("x1", 0.31, 0.28, 0.34, 0.56, 0.53, 0.59)), "errors_per_1000_tasks");
        assertEquals(
                List.of(
                        new SensitivityIndex("x1", "errors_per_1000_tasks", "sobol", "S1", 0.31, 0.28, 0.34),
                        new SensitivityIndex("x1", "errors_per_1000_tasks", "sobol", "ST", 0.56, 0.53, 0.59)),
                rows);
    }

    @Test
    void outputsOfTheWrongLengthAreRejectedNamingBothLengths() {
        Sobol.Design design = Sobol.design(UNIT3, 4);
        LengthMismatchException e =
                assertThrows(LengthMismatchException.class, () -> Sobol.analyse(design, new double[19]));
        assertAll(() -> assertEquals(19, e.length()), () -> assertEquals(20, e.expectedLength()));
    }

    @Test
    void missingOutputIsRejectedNamingItsIndex() {
        Sobol.Design design = Sobol.design(UNIT3, 4);
        double[] y = new double[design.size()];
        y[7] = Double.NaN;
        assertEquals(
                "outputs[7]",
                assertThrows(StatisticsArgumentException.class, () -> Sobol.analyse(design, y))
                        .parameter());
    }

    @Test
    void badSettingsAreRejectedNamingThem() {
        assertAll(
                () -> assertEquals(
                        "baseSamples",
                        assertThrows(StatisticsArgumentException.class, () -> Sobol.design(UNIT3, 1))
                                .parameter()),
                () -> assertEquals(
                        "factors",
                        assertThrows(StatisticsArgumentException.class, () -> Sobol.design(List.of(), 8))
                                .parameter()),
                () -> assertEquals(
                        "factors",
                        assertThrows(
                                        StatisticsArgumentException.class,
                                        () -> Sobol.design(List.of(UNIT3.get(0), UNIT3.get(0)), 8))
                                .parameter()),
                () -> assertEquals(
                        "resamples",
                        assertThrows(
                                        StatisticsArgumentException.class,
                                        () -> Sobol.analyse(
                                                Sobol.design(UNIT3, 2), new double[10], -1, new MersenneTwister(1L)))
                                .parameter()),
                () -> assertThrows(
                        NullPointerException.class,
                        () -> Sobol.analyse(Sobol.design(UNIT3, 2), new double[10], 5, null)));
    }
}
