package org.golivesim.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reference values come from numpy 2.4.6 / scipy 1.17.1 via {@code src/test/resources/reference/stats_reference.py}
 * (section "SummaryTest"); the call that produced each number is written next to it.
 */
class SummaryTest {
    /** Means, standard deviations and percentiles are exact arithmetic up to round-off. */
    private static final double EXACT = 1e-12;
    /** The t quantile is found by a root solver (accuracy 1e-13); scipy's is accurate to ~1e-15. */
    private static final double INTERVAL = 1e-10;

    @Test
    void tenValuesMatchNumpyAndScipy() {
        Summary s = Summary.of(new double[] {3.1, 4.7, 2.2, 5.9, 4.4, 3.8, 6.3, 2.9, 5.1, 4.0});
        assertAll(
                () -> assertEquals(10, s.n()),
                () -> assertEquals(4.24, s.mean(), EXACT), // np.mean(x)
                () -> assertEquals(1.3116571367718184, s.sd(), EXACT), // np.std(x, ddof=1)
                // st.t.interval(0.95, 9, loc=np.mean(x), scale=st.sem(x))
                () -> assertEquals(3.301697008944571, s.ciLow(), INTERVAL),
                () -> assertEquals(5.178302991055429, s.ciHigh(), INTERVAL),
                // np.percentile(x, [10, 50, 90], method='linear')
                () -> assertEquals(2.83, s.p10(), EXACT),
                () -> assertEquals(4.2, s.p50(), EXACT),
                () -> assertEquals(5.94, s.p90(), EXACT));
    }

    @Test
    void signedValuesWithTiesMatchNumpyAndScipy() {
        Summary s = Summary.of(new double[] {-2.5, 0.0, 0.0, 1.25, 8.0, -3.75, 2.0});
        assertAll(
                () -> assertEquals(7, s.n()),
                () -> assertEquals(0.7142857142857143, s.mean(), EXACT), // np.mean(x)
                () -> assertEquals(3.7926150043773976, s.sd(), EXACT), // np.std(x, ddof=1)
                // st.t.interval(0.95, 6, loc=np.mean(x), scale=st.sem(x))
                () -> assertEquals(-2.793298147519943, s.ciLow(), INTERVAL),
                () -> assertEquals(4.221869576091372, s.ciHigh(), INTERVAL),
                // np.percentile(x, [10, 50, 90], method='linear')
                () -> assertEquals(-3.0, s.p10(), EXACT),
                () -> assertEquals(0.0, s.p50(), EXACT),
                () -> assertEquals(4.400000000000002, s.p90(), EXACT));
    }

    @Test
    void nanValuesAreLeftOutAndNotCounted() {
        Summary s = Summary.of(new double[] {1.0, Double.NaN, 2.5, 7.0});
        assertAll(
                () -> assertEquals(3, s.n()),
                () -> assertEquals(3.5, s.mean(), EXACT), // np.mean([1.0, 2.5, 7.0])
                () -> assertEquals(3.122498999199199, s.sd(), EXACT), // np.std(x, ddof=1)
                // st.t.interval(0.95, 2, loc=np.mean(x), scale=st.sem(x))
                () -> assertEquals(-4.256717518813394, s.ciLow(), INTERVAL),
                () -> assertEquals(11.256717518813394, s.ciHigh(), INTERVAL),
                // np.percentile(x, [10, 50, 90], method='linear')
                () -> assertEquals(1.3, s.p10(), EXACT),
                () -> assertEquals(2.5, s.p50(), EXACT),
                () -> assertEquals(6.1000000000000005, s.p90(), EXACT));
    }

    @Test
    void twoValuesGiveTheWideIntervalOfOneDegreeOfFreedom() {
        Summary s = Summary.of(new double[] {10.0, 12.0});
        assertAll(
                () -> assertEquals(11.0, s.mean(), EXACT),
                () -> assertEquals(1.4142135623730951, s.sd(), EXACT), // np.std([10, 12], ddof=1)
                // st.t.interval(0.95, 1, loc=11, scale=st.sem([10, 12]))
                () -> assertEquals(-1.7062047361746941, s.ciLow(), INTERVAL),
                () -> assertEquals(23.706204736174694, s.ciHigh(), INTERVAL),
                () -> assertEquals(12.706204736174694, s.halfWidth(), INTERVAL),
                () -> assertEquals(12.706204736174694 / 11.0, s.relativeHalfWidth(), INTERVAL),
                // np.percentile([10, 12], [10, 50, 90], method='linear')
                () -> assertEquals(10.2, s.p10(), EXACT),
                () -> assertEquals(11.0, s.p50(), EXACT),
                () -> assertEquals(11.8, s.p90(), EXACT));
    }

    @Test
    void oneValueHasAMeanAndPercentilesButNoSpreadOrInterval() {
        Summary s = Summary.of(new double[] {Double.NaN, 5.5});
        assertAll(
                () -> assertEquals(1, s.n()),
                () -> assertEquals(5.5, s.mean()),
                () -> assertEquals(5.5, s.p10()),
                () -> assertEquals(5.5, s.p50()),
                () -> assertEquals(5.5, s.p90()),
                () -> assertTrue(Double.isNaN(s.sd())),
                () -> assertTrue(Double.isNaN(s.ciLow())),
                () -> assertTrue(Double.isNaN(s.ciHigh())),
                () -> assertTrue(Double.isNaN(s.halfWidth())),
                () -> assertTrue(Double.isNaN(s.relativeHalfWidth())));
    }

    @Test
    void noValuesOrOnlyNanGiveAnEmptySummary() {
        for (double[] values : new double[][] {{}, {Double.NaN, Double.NaN}}) {
            Summary s = Summary.of(values);
            assertAll(
                    () -> assertEquals(0, s.n()),
                    () -> assertTrue(Double.isNaN(s.mean())),
                    () -> assertTrue(Double.isNaN(s.sd())),
                    () -> assertTrue(Double.isNaN(s.ciLow())),
                    () -> assertTrue(Double.isNaN(s.p50())));
        }
    }

    @Test
    void identicalValuesGiveAZeroWidthIntervalAtTheValue() {
        Summary s = Summary.of(new double[] {2.25, 2.25, 2.25, 2.25});
        assertAll(
                () -> assertEquals(0.0, s.sd()),
                () -> assertEquals(2.25, s.ciLow()),
                () -> assertEquals(2.25, s.ciHigh()),
                () -> assertEquals(0.0, s.halfWidth()),
                () -> assertEquals(0.0, s.relativeHalfWidth()));
    }

    @Test
    void relativeHalfWidthIsInfiniteWhenTheMeanIsZeroButTheIntervalIsNot() {
        Summary s = Summary.of(new double[] {-1.0, 1.0});
        assertEquals(Double.POSITIVE_INFINITY, s.relativeHalfWidth());
    }

    @Test
    void relativeHalfWidthUsesTheMagnitudeOfANegativeMean() {
        Summary s = Summary.of(new double[] {-10.0, -12.0});
        assertEquals(12.706204736174694 / 11.0, s.relativeHalfWidth(), INTERVAL);
    }

    @Test
    void inputArrayIsNotModified() {
        double[] values = {3.0, 1.0, Double.NaN, 2.0};
        Summary.of(values);
        assertEquals(3.0, values[0]);
        assertEquals(1.0, values[1]);
        assertTrue(Double.isNaN(values[2]));
    }

    @Test
    void infiniteValueIsRejectedNamingItsIndex() {
        StatisticsArgumentException e = assertThrows(
                StatisticsArgumentException.class, () -> Summary.of(new double[] {1.0, 2.0, Double.POSITIVE_INFINITY}));
        assertEquals("values[2]", e.parameter());
        assertTrue(e.getMessage().contains("Infinity"), e.getMessage());
    }

    @Test
    void constructorRejectsANegativeCountAndAReversedInterval() {
        assertThrows(StatisticsArgumentException.class, () -> new Summary(-1, 0, 0, 0, 0, 0, 0, 0));
        StatisticsArgumentException e =
                assertThrows(StatisticsArgumentException.class, () -> new Summary(3, 1.0, 1.0, 2.0, 0.0, 0, 1, 2));
        assertEquals("ciLow", e.parameter());
    }
}
