package org.golivesim.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Half-widths below were computed with scipy 1.17.1 as {@code st.t.ppf(0.975, n-1) * st.sem(x)}; the required
 * counts {@code n * (halfWidth / target)^2} were computed alongside and are far from an integer boundary, so the
 * ceilings are exact.
 */
class SequentialPrecisionTest {
    /** Mean 4.24, half-width 0.9383029910554289 (relative 0.2213). */
    private static final double[] NOISY = {3.1, 4.7, 2.2, 5.9, 4.4, 3.8, 6.3, 2.9, 5.1, 4.0};
    /** Mean 100.0, half-width 0.38449278386405794 (relative 0.0038). */
    private static final double[] STEADY = {100.0, 101.0, 99.0, 100.5, 99.5, 100.0, 100.2, 99.8, 100.1, 99.9};
    /** Mean 0.0, half-width 0.1452581357877383. */
    private static final double[] CENTRED = {-0.1, 0.1, 0.05, -0.05};

    private static final double TOLERANCE = 1e-10;

    @Test
    void metricWithinItsRelativeTargetIsMet() {
        SequentialPrecision rule = new SequentialPrecision(0.05, 0.0, 100);
        SequentialPrecision.MetricPrecision m = rule.assess("availability", STEADY);
        assertAll(
                () -> assertTrue(m.met()),
                () -> assertEquals(10, m.n()),
                () -> assertEquals(100.0, m.mean(), TOLERANCE),
                () -> assertEquals(0.38449278386405794, m.halfWidth(), TOLERANCE),
                () -> assertEquals(5.0, m.target(), TOLERANCE),
                () -> assertEquals(10, m.valuesNeeded()));
    }

    @Test
    void metricMissingItsTargetNeedsNTimesTheSquaredRatio() {
        SequentialPrecision rule = new SequentialPrecision(0.10, 0.0, 1000);
        SequentialPrecision.MetricPrecision m = rule.assess("harm_events", NOISY);
        // 10 * (0.9383029910554289 / 0.424)^2 = 48.97 -> 49
        assertAll(
                () -> assertFalse(m.met()),
                () -> assertEquals(0.424, m.target(), TOLERANCE),
                () -> assertEquals(49, m.valuesNeeded()));
    }

    @Test
    void absoluteFloorSetsTheTargetWhenTheMeanIsNearZero() {
        SequentialPrecision rule = new SequentialPrecision(0.05, 0.2, 1000);
        SequentialPrecision.MetricPrecision m = rule.assess("net_benefit", CENTRED);
        assertAll(
                () -> assertEquals(0.2, m.target()),
                () -> assertTrue(m.met(), "half-width 0.145 is within the floor 0.2"));
        SequentialPrecision.MetricPrecision noFloor =
                new SequentialPrecision(0.05, 0.0, 1000).assess("net_benefit", CENTRED);
        assertAll(
                () -> assertEquals(0.0, noFloor.target()),
                () -> assertFalse(noFloor.met()),
                () -> assertEquals(Long.MAX_VALUE, noFloor.valuesNeeded()));
    }

    @Test
    void floorIsIgnoredWhenTheRelativeTargetIsLarger() {
        SequentialPrecision rule = new SequentialPrecision(0.05, 0.2, 1000);
        assertEquals(0.212, rule.assess("x", NOISY).target(), TOLERANCE);
    }

    @Test
    void fewerThanTwoValuesIsNeverMetAndAsksForTwo() {
        SequentialPrecision rule = new SequentialPrecision(0.05, 0.0, 100);
        SequentialPrecision.MetricPrecision m = rule.assess("x", new double[] {Double.NaN, 3.0, Double.NaN});
        assertAll(() -> assertFalse(m.met()), () -> assertEquals(1, m.n()), () -> assertEquals(2, m.valuesNeeded()));
    }

    @Test
    void decisionIsSatisfiedOnlyWhenEveryChosenMetricIsMet() {
        Map<String, double[]> values = new LinkedHashMap<>();
        values.put("availability", STEADY);
        values.put("harm_events", NOISY);
        SequentialPrecision rule = new SequentialPrecision(0.05, 0.0, 1000);

        SequentialPrecision.Decision onlySteady = rule.decide(values, List.of("availability"));
        assertAll(
                () -> assertTrue(onlySteady.satisfied()),
                () -> assertEquals(0, onlySteady.additionalReplications()),
                () -> assertFalse(onlySteady.capReached()),
                () -> assertEquals(10, onlySteady.replications()));

        SequentialPrecision.Decision both = rule.decide(values, List.of("availability", "harm_events"));
        // harm_events: 10 * (0.9383029910554289 / 0.212)^2 = 195.89 -> 196 values, 186 more
        assertAll(
                () -> assertFalse(both.satisfied()),
                () -> assertEquals(186, both.additionalReplications()),
                () -> assertFalse(both.capReached()),
                () -> assertEquals(
                        List.of("availability", "harm_events"),
                        both.metrics().stream()
                                .map(SequentialPrecision.MetricPrecision::metric)
                                .toList()));
    }

    @Test
    void suggestionIsTheLargestShortfallOverTheMetrics() {
        Map<String, double[]> values = new LinkedHashMap<>();
        values.put("a", NOISY);
        values.put("b", STEADY);
        // a needs 49 values (39 more); b meets its target of 10, so its shortfall is 0.
        SequentialPrecision.Decision d = new SequentialPrecision(0.10, 0.0, 1000).decide(values, List.of("b", "a"));
        assertEquals(39, d.additionalReplications());
    }

    @Test
    void suggestionIsCappedAtTheMaximumNumberOfReplications() {
        Map<String, double[]> values = Map.of("harm_events", NOISY);
        SequentialPrecision.Decision capped =
                new SequentialPrecision(0.10, 0.0, 25).decide(values, List.of("harm_events"));
        assertAll(
                () -> assertFalse(capped.satisfied()),
                () -> assertEquals(15, capped.additionalReplications()),
                () -> assertFalse(capped.capReached()));

        SequentialPrecision.Decision atCap =
                new SequentialPrecision(0.10, 0.0, 10).decide(values, List.of("harm_events"));
        assertAll(
                () -> assertFalse(atCap.satisfied()),
                () -> assertEquals(0, atCap.additionalReplications()),
                () -> assertTrue(atCap.capReached()));
    }

    @Test
    void valuesNeededFollowsTheInverseSquareRootScaling() {
        assertAll(
                () -> assertEquals(40, SequentialPrecision.valuesNeeded(10, 2.0, 1.0)),
                () -> assertEquals(23, SequentialPrecision.valuesNeeded(10, 1.5, 1.0)),
                () -> assertEquals(90, SequentialPrecision.valuesNeeded(10, 3.0, 1.0)),
                () -> assertEquals(10, SequentialPrecision.valuesNeeded(10, 1.0, 1.0)),
                () -> assertEquals(10, SequentialPrecision.valuesNeeded(10, 0.5, 1.0)),
                () -> assertEquals(5, SequentialPrecision.valuesNeeded(5, 0.0, 0.0)),
                () -> assertEquals(Long.MAX_VALUE, SequentialPrecision.valuesNeeded(5, 0.1, 0.0)));
    }

    @Test
    void valuesNeededAlwaysProgressesWhenTheTargetIsMissedByARoundingError() {
        double target = 1.0;
        double halfWidth = Math.nextUp(target);
        assertEquals(1_000_001, SequentialPrecision.valuesNeeded(1_000_000, halfWidth, target));
    }

    @Test
    void valuesNeededRejectsImpossibleInputs() {
        assertAll(
                () -> assertEquals(
                        "n",
                        assertThrows(StatisticsArgumentException.class, () -> SequentialPrecision.valuesNeeded(0, 1, 1))
                                .parameter()),
                () -> assertEquals(
                        "halfWidth",
                        assertThrows(
                                        StatisticsArgumentException.class,
                                        () -> SequentialPrecision.valuesNeeded(3, Double.NaN, 1))
                                .parameter()),
                () -> assertEquals(
                        "target",
                        assertThrows(
                                        StatisticsArgumentException.class,
                                        () -> SequentialPrecision.valuesNeeded(3, 1, -1))
                                .parameter()));
    }

    @Test
    void decideRejectsAnUnknownMetricNamingIt() {
        SequentialPrecision rule = new SequentialPrecision(0.05, 0.0, 100);
        StatisticsArgumentException e = assertThrows(
                StatisticsArgumentException.class, () -> rule.decide(Map.of("a", NOISY), List.of("a", "typo")));
        assertTrue(e.getMessage().contains("'typo'"), e.getMessage());
    }

    @Test
    void decideRejectsNoMetrics() {
        SequentialPrecision rule = new SequentialPrecision(0.05, 0.0, 100);
        assertThrows(StatisticsArgumentException.class, () -> rule.decide(Map.of("a", NOISY), List.of()));
    }

    @Test
    void decideRejectsMetricsWithDifferentReplicationCounts() {
        SequentialPrecision rule = new SequentialPrecision(0.05, 0.0, 100);
        Map<String, double[]> values = new LinkedHashMap<>();
        values.put("a", NOISY);
        values.put("b", CENTRED);
        LengthMismatchException e =
                assertThrows(LengthMismatchException.class, () -> rule.decide(values, List.of("a", "b")));
        assertAll(() -> assertEquals(4, e.length()), () -> assertEquals(10, e.expectedLength()));
    }

    @Test
    void constructorRejectsBadSettingsNamingThem() {
        assertAll(
                () -> assertEquals("relativeTarget", rejected(-0.1, 0.0, 10)),
                () -> assertEquals("relativeTarget", rejected(Double.NaN, 0.0, 10)),
                () -> assertEquals("relativeTarget", rejected(Double.POSITIVE_INFINITY, 0.0, 10)),
                () -> assertEquals("absoluteFloor", rejected(0.05, -1.0, 10)),
                () -> assertEquals("relativeTarget", rejected(0.0, 0.0, 10)),
                () -> assertEquals("maxReplications", rejected(0.05, 0.0, 1)));
    }

    private static String rejected(double relativeTarget, double absoluteFloor, int maxReplications) {
        return assertThrows(
                        StatisticsArgumentException.class,
                        () -> new SequentialPrecision(relativeTarget, absoluteFloor, maxReplications))
                .parameter();
    }
}
