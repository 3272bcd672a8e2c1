package org.golivesim.batch;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DesignsTest {
    private static final DesignDimension AGENTS = DesignDimension.ofValues("helpdesk.agents", List.of("4", "6", "8"));
    private static final DesignDimension SOURCING = DesignDimension.ofValues("sourcing", List.of("in-house", "vendor"));
    private static final DesignDimension LATENCY = DesignDimension.ofRange("patchLatencyDays", 2.0, 12.0);

    @Test
    void fullFactorialHasTheProductOfTheListSizesWithTheFirstDimensionSlowest() {
        DesignDimension shift = DesignDimension.ofValues("shift", List.of("day", "night"));
        List<Map<String, String>> points = Designs.fullFactorial(List.of(AGENTS, SOURCING, shift));
        assertEquals(3 * 2 * 2, points.size());
        List<String> rendered = new ArrayList<>();
        for (Map<String, String> p : points) {
            rendered.add(String.join("/", p.values()));
        }
        assertEquals(
                List.of(
                        "4/in-house/day",
                        "4/in-house/night",
                        "4/vendor/day",
                        "4/vendor/night",
                        "6/in-house/day",
                        "6/in-house/night",
                        "6/vendor/day",
                        "6/vendor/night",
                        "8/in-house/day",
                        "8/in-house/night",
                        "8/vendor/day",
                        "8/vendor/night"),
                rendered);
    }

    @Test
    void pointsListKeysInDimensionOrderWithValuesAsWritten() {
        DesignDimension written = DesignDimension.ofValues("rate", List.of("1.50", "2e-3"));
        Map<String, String> first =
                Designs.fullFactorial(List.of(SOURCING, written)).get(0);
        assertEquals(List.of("sourcing", "rate"), List.copyOf(first.keySet()));
        assertEquals("1.50", first.get("rate"));
        assertEquals("2e-3", Designs.fullFactorial(List.of(written)).get(1).get("rate"));
    }

    @Test
    void fullFactorialOfOneDimensionListsItsValues() {
        assertEquals(
                List.of(Map.of("helpdesk.agents", "4"), Map.of("helpdesk.agents", "6"), Map.of("helpdesk.agents", "8")),
                Designs.fullFactorial(List.of(AGENTS)));
    }

    @Test
    void fullFactorialRejectsARangeNamingItsKey() {
        DesignException e = assertThrows(DesignException.class, () -> Designs.fullFactorial(List.of(AGENTS, LATENCY)));
        assertAll(
                () -> assertEquals("patchLatencyDays", e.key()),
                () -> assertTrue(e.getMessage().contains("[2, 12]"), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("Latin hypercube"), e.getMessage()));
    }

    @Test
    void designsRejectDuplicateKeysAndNoDimensions() {
        assertEquals(
                "helpdesk.agents",
                assertThrows(DesignException.class, () -> Designs.fullFactorial(List.of(AGENTS, AGENTS)))
                        .key());
        assertEquals(
                "dimensions",
                assertThrows(DesignException.class, () -> Designs.fullFactorial(List.of()))
                        .key());
        assertEquals(
                "dimensions",
                assertThrows(DesignException.class, () -> Designs.latinHypercube(List.of(), 5, new MersenneTwister(1)))
                        .key());
    }

    @Test
    void fullFactorialRefusesAnAstronomicalNumberOfPoints() {
        List<String> ten = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        List<DesignDimension> dims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            dims.add(DesignDimension.ofValues("p" + i, ten));
        }
        assertEquals(
                "dimensions",
                assertThrows(DesignException.class, () -> Designs.fullFactorial(dims))
                        .key());
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 20})
    void latinHypercubeHitsEveryStratumOfEveryRangeExactlyOnce(int samples) {
        DesignDimension cost = DesignDimension.ofRange("costPerHour", -50.0, 150.0);
        List<Map<String, String>> points =
                Designs.latinHypercube(List.of(LATENCY, cost), samples, new MersenneTwister(20240601L));
        assertEquals(samples, points.size());
        for (DesignDimension d : List.of(LATENCY, cost)) {
            int[] hits = new int[samples];
            for (Map<String, String> p : points) {
                double x = Double.parseDouble(p.get(d.key()));
                assertTrue(x >= d.min() && x <= d.max(), d.key() + " = " + x + " outside its range");
                int stratum = (int) Math.floor((x - d.min()) / (d.max() - d.min()) * samples);
                hits[Math.min(stratum, samples - 1)]++;
            }
            for (int s = 0; s < samples; s++) {
                assertEquals(1, hits[s], d.key() + " stratum " + s + " of " + samples);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 20})
    void latinHypercubeUsesEachListValueEquallyWhenSamplesAreAMultipleOfTheListSize(int samples) {
        DesignDimension five = DesignDimension.ofValues("level", List.of("a", "b", "c", "d", "e"));
        DesignDimension same = DesignDimension.ofValues(
                "id", IntStream.range(0, samples).mapToObj(Integer::toString).toList());
        List<Map<String, String>> points =
                Designs.latinHypercube(List.of(five, same, LATENCY), samples, new MersenneTwister(7L));
        Map<String, Integer> counts = new HashMap<>();
        Set<String> ids = new TreeSet<>();
        for (Map<String, String> p : points) {
            counts.merge(p.get("level"), 1, Integer::sum);
            ids.add(p.get("id"));
        }
        assertEquals(
                Map.of("a", samples / 5, "b", samples / 5, "c", samples / 5, "d", samples / 5, "e", samples / 5),
                counts);
        assertEquals(samples, ids.size(), "a list as long as the sample count is a permutation of it");
    }

    @Test
    void integerKeysGiveEachIntegerOfTheRangeTheSameWeight() {
        DesignDimension agents = DesignDimension.ofRange("helpdesk.agents", 3.0, 7.0);
        List<Map<String, String>> points = Designs.latinHypercube(
                List.of(agents, LATENCY), 20, new MersenneTwister(11L), Set.of("helpdesk.agents"));
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, String> p : points) {
            counts.merge(p.get("helpdesk.agents"), 1, Integer::sum);
        }
        // Five integers 3..7 over 20 strata: each gets exactly four.
        assertEquals(Map.of("3", 4, "4", 4, "5", 4, "6", 4, "7", 4), counts);
    }

    @Test
    void integerKeysUseOnlyTheIntegersInsideAFractionalRange() {
        DesignDimension agents = DesignDimension.ofRange("agents", 1.5, 3.5);
        Set<String> seen = new TreeSet<>();
        for (Map<String, String> p :
                Designs.latinHypercube(List.of(agents), 10, new MersenneTwister(3L), Set.of("agents"))) {
            seen.add(p.get("agents"));
        }
        assertEquals(Set.of("2", "3"), seen);
    }

    @Test
    void integerKeyWhoseRangeHoldsNoIntegerIsRejected() {
        DesignDimension narrow = DesignDimension.ofRange("agents", 2.2, 2.8);
        DesignException e = assertThrows(
                DesignException.class,
                () -> Designs.latinHypercube(List.of(narrow), 4, new MersenneTwister(1L), Set.of("agents")));
        assertEquals("agents", e.key());
    }

    @Test
    void integerKeysThatAreNotRangeDimensionsAreIgnored() {
        List<DesignDimension> dims = List.of(AGENTS, LATENCY);
        assertEquals(
                Designs.latinHypercube(dims, 6, new MersenneTwister(5L)),
                Designs.latinHypercube(dims, 6, new MersenneTwister(5L), Set.of("helpdesk.agents", "unused.key")));
    }

    @Test
    void latinHypercubeIsReproducibleForTheSameSeed() {
        List<DesignDimension> dims = List.of(AGENTS, SOURCING, LATENCY);
        assertEquals(
                Designs.latinHypercube(dims, 12, new MersenneTwister(42L)),
                Designs.latinHypercube(dims, 12, new MersenneTwister(42L)));
    }

    @Test
    void latinHypercubeDiffersForADifferentSeed() {
        List<DesignDimension> dims = List.of(AGENTS, SOURCING, LATENCY);
        assertNotEquals(
                Designs.latinHypercube(dims, 12, new MersenneTwister(42L)),
                Designs.latinHypercube(dims, 12, new MersenneTwister(43L)));
    }

    @Test
    void latinHypercubeRejectsANonPositiveSampleCount() {
        DesignException e = assertThrows(
                DesignException.class, () -> Designs.latinHypercube(List.of(LATENCY), 0, new MersenneTwister(1L)));
        assertAll(
                () -> assertEquals("samples", e.key()),
                () -> assertTrue(e.getMessage().contains("is 0")));
    }

    @Test
    void degenerateRangeGivesItsSingleValue() {
        DesignDimension fixed = DesignDimension.ofRange("x", 2.5, 2.5);
        for (Map<String, String> p : Designs.latinHypercube(List.of(fixed), 5, new MersenneTwister(1L))) {
            assertEquals("2.5", p.get("x"));
        }
    }

    @Test
    void numbersAreFormattedWithoutRoundOffNoiseExponentOrLocale() {
        assertAll(
                () -> assertEquals("2", Designs.formatNumber(2.0)),
                () -> assertEquals("2", Designs.formatNumber(2.0000000000000004)),
                () -> assertEquals("0.3", Designs.formatNumber(0.1 + 0.2)),
                () -> assertEquals("-1.5", Designs.formatNumber(-1.5)),
                () -> assertEquals("0.000012", Designs.formatNumber(1.2e-5)),
                () -> assertEquals("1234567.89", Designs.formatNumber(1234567.89)),
                () -> assertEquals("0", Designs.formatNumber(-0.0)),
                () -> assertEquals("0.123456789012", Designs.formatNumber(0.12345678901234567)),
                () -> assertEquals("100000000000000000000", Designs.formatNumber(1e20)));
    }

    @Test
    void formattingIsTheSameInALocaleWithADecimalComma() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("2.75", Designs.formatNumber(2.75));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void nonFiniteNumbersCannotBeFormatted() {
        assertThrows(DesignException.class, () -> Designs.formatNumber(Double.NaN));
        assertThrows(DesignException.class, () -> Designs.formatNumber(Double.POSITIVE_INFINITY));
    }

    @Test
    void dimensionRejectsABadRangeNamingItsKey() {
        assertAll(
                () -> assertEquals(
                        "x",
                        assertThrows(DesignException.class, () -> DesignDimension.ofRange("x", 3.0, 1.0))
                                .key()),
                () -> assertEquals(
                        "y",
                        assertThrows(DesignException.class, () -> DesignDimension.ofRange("y", 0.0, Double.NaN))
                                .key()),
                () -> assertEquals(
                        "z",
                        assertThrows(DesignException.class, () -> DesignDimension.ofValues("z", List.of()))
                                .key()),
                () -> assertEquals(
                        "key",
                        assertThrows(DesignException.class, () -> DesignDimension.ofRange(" ", 0.0, 1.0))
                                .key()));
    }

    @Test
    void dimensionWithValuesIsNotARangeAndIgnoresItsRangeEnds() {
        DesignDimension d = new DesignDimension("k", List.of("1"), Double.NaN, Double.NaN);
        assertAll(() -> assertTrue(!d.isRange()), () -> assertTrue(LATENCY.isRange()));
    }
}
