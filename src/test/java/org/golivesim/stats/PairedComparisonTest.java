package org.golivesim.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values come from scipy 1.17.1 {@code scipy.stats.ttest_rel} via {@code
 * src/test/resources/reference/stats_reference.py} (section "PairedComparisonTest"); the call that produced each
 * number is written next to it.
 */
class PairedComparisonTest {
    private static final double EXACT = 1e-12;
    /** The t quantile and CDF are computed to ~1e-13 by Commons Math; scipy's to ~1e-15. */
    private static final double T_BASED = 1e-10;

    @Test
    void eightPairsMatchScipyTtestRel() {
        PairedComparison c = PairedComparison.of(
                new double[] {12.1, 14.3, 11.8, 15.2, 13.7, 12.9, 14.8, 13.1},
                new double[] {11.4, 13.9, 12.0, 14.1, 12.8, 12.5, 13.6, 12.9});
        assertAll(
                () -> assertEquals(8, c.nPairs()),
                () -> assertEquals(13.4875, c.meanArm(), EXACT), // np.mean(a)
                () -> assertEquals(12.9, c.meanReference(), EXACT), // np.mean(b)
                () -> assertEquals(0.5874999999999999, c.meanDifference(), EXACT), // np.mean(a - b)
                // st.ttest_rel(a, b).confidence_interval(0.95)
                () -> assertEquals(0.18921320514279677, c.ciLow(), T_BASED),
                () -> assertEquals(0.985786794857203, c.ciHigh(), T_BASED),
                () -> assertEquals(0.010156279862387839, c.pValue(), T_BASED)); // st.ttest_rel(a, b).pvalue
    }

    @Test
    void pairsWithANanOnEitherSideAreDropped() {
        PairedComparison c = PairedComparison.of(
                new double[] {5.0, Double.NaN, 7.5, 6.25, 8.0, 4.5, 3.0},
                new double[] {4.0, 3.0, 7.75, Double.NaN, 6.5, 4.25, 3.5});
        // scipy on the five complete pairs a = [5, 7.5, 8, 4.5, 3], b = [4, 7.75, 6.5, 4.25, 3.5]
        assertAll(
                () -> assertEquals(5, c.nPairs()),
                () -> assertEquals(5.6, c.meanArm(), EXACT), // np.mean(a)
                () -> assertEquals(5.2, c.meanReference(), EXACT), // np.mean(b)
                () -> assertEquals(0.4, c.meanDifference(), EXACT), // np.mean(a - b)
                // st.ttest_rel(a, b).confidence_interval(0.95)
                () -> assertEquals(-0.6434780536180295, c.ciLow(), T_BASED),
                () -> assertEquals(1.4434780536180294, c.ciHigh(), T_BASED),
                () -> assertEquals(0.3471731076843433, c.pValue(), T_BASED)); // st.ttest_rel(a, b).pvalue
    }

    @Test
    void armsWithEqualMeansGiveAPValueOfOneAndASymmetricInterval() {
        PairedComparison c = PairedComparison.of(
                new double[] {0.81, 0.77, 0.92, 0.85, 0.79, 0.88}, new double[] {0.80, 0.79, 0.90, 0.86, 0.80, 0.87});
        assertAll(
                () -> assertEquals(6, c.nPairs()),
                () -> assertEquals(0.8366666666666668, c.meanArm(), EXACT), // np.mean(a)
                () -> assertEquals(0.8366666666666668, c.meanReference(), EXACT), // np.mean(b)
                () -> assertEquals(0.0, c.meanDifference(), EXACT), // np.mean(a - b)
                // st.ttest_rel(a, b).confidence_interval(0.95)
                () -> assertEquals(-0.0162577870249347, c.ciLow(), T_BASED),
                () -> assertEquals(0.0162577870249347, c.ciHigh(), T_BASED),
                () -> assertEquals(1.0, c.pValue(), T_BASED)); // st.ttest_rel(a, b).pvalue
    }

    @Test
    void differenceIsAsGivenMinusDedicatedTeam() {
        PairedComparison c = PairedComparison.of(new double[] {1.0, 2.0, 4.0}, new double[] {2.0, 4.0, 5.0});
        assertTrue(c.meanDifference() < 0, "as given is lower, so the difference is negative: " + c);
        assertEquals(-4.0 / 3.0, c.meanDifference(), EXACT);
    }

    @Test
    void identicalArmsGivePValueOneAndAZeroWidthIntervalAtZero() {
        double[] same = {3.0, 1.5, 4.25};
        PairedComparison c = PairedComparison.of(same, same.clone());
        assertAll(
                () -> assertEquals(3, c.nPairs()),
                () -> assertEquals(0.0, c.meanDifference()),
                () -> assertEquals(0.0, c.ciLow()),
                () -> assertEquals(0.0, c.ciHigh()),
                () -> assertEquals(1.0, c.pValue()));
    }

    @Test
    void aConstantNonZeroDifferenceGivesPValueZeroAndAPointInterval() {
        PairedComparison c = PairedComparison.of(new double[] {3.0, 5.0, 9.0}, new double[] {1.0, 3.0, 7.0});
        assertAll(
                () -> assertEquals(2.0, c.meanDifference()),
                () -> assertEquals(2.0, c.ciLow()),
                () -> assertEquals(2.0, c.ciHigh()),
                () -> assertEquals(0.0, c.pValue()));
    }

    @Test
    void onePairHasMeansButNoIntervalOrPValue() {
        PairedComparison c = PairedComparison.of(new double[] {4.0, Double.NaN}, new double[] {1.0, 2.0});
        assertAll(
                () -> assertEquals(1, c.nPairs()),
                () -> assertEquals(4.0, c.meanArm()),
                () -> assertEquals(1.0, c.meanReference()),
                () -> assertEquals(3.0, c.meanDifference()),
                () -> assertTrue(Double.isNaN(c.ciLow())),
                () -> assertTrue(Double.isNaN(c.ciHigh())),
                () -> assertTrue(Double.isNaN(c.pValue())));
    }

    @Test
    void noCompletePairsGiveNanEverywhere() {
        PairedComparison c = PairedComparison.of(new double[] {Double.NaN, 1.0}, new double[] {2.0, Double.NaN});
        assertAll(
                () -> assertEquals(0, c.nPairs()),
                () -> assertTrue(Double.isNaN(c.meanArm())),
                () -> assertTrue(Double.isNaN(c.meanDifference())),
                () -> assertTrue(Double.isNaN(c.pValue())));
    }

    @Test
    void armsOfDifferentLengthAreRejectedNamingBothLengths() {
        LengthMismatchException e = assertThrows(
                LengthMismatchException.class,
                () -> PairedComparison.of(new double[] {1, 2, 3, 4}, new double[] {1, 2, 3}));
        assertAll(
                () -> assertEquals(3, e.length()),
                () -> assertEquals(4, e.expectedLength()),
                () -> assertTrue(e.getMessage().contains("length 3"), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("length 4"), e.getMessage()),
                () -> assertTrue(e instanceof IllegalArgumentException));
    }

    @Test
    void infiniteValueIsRejectedNamingTheArmAndIndex() {
        StatisticsArgumentException e = assertThrows(
                StatisticsArgumentException.class,
                () -> PairedComparison.of(new double[] {1, 2}, new double[] {1, Double.NEGATIVE_INFINITY}));
        assertEquals("reference[1]", e.parameter());
    }
}
