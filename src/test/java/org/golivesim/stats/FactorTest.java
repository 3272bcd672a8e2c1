package org.golivesim.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactorTest {
    private static final Factor COST = new Factor("costPerHour", 50.0, 150.0);

    @Test
    void unitCoordinateMapsLinearlyOntoTheRange() {
        assertAll(
                () -> assertEquals(50.0, COST.scale(0.0)),
                () -> assertEquals(75.0, COST.scale(0.25)),
                () -> assertEquals(150.0, COST.scale(1.0)));
    }

    @Test
    void pointIsScaledCoordinateByCoordinate() {
        List<Factor> factors = List.of(COST, new Factor("days", -2.0, 2.0));
        assertArrayEquals(new double[] {100.0, -1.0}, Factor.scale(new double[] {0.5, 0.25}, factors));
    }

    @Test
    void pointWithTheWrongNumberOfCoordinatesIsRejected() {
        LengthMismatchException e =
                assertThrows(LengthMismatchException.class, () -> Factor.scale(new double[] {0.5, 0.5}, List.of(COST)));
        assertAll(() -> assertEquals(2, e.length()), () -> assertEquals(1, e.expectedLength()));
    }

    @Test
    void coordinateOutsideTheUnitIntervalIsRejectedNamingTheFactor() {
        StatisticsArgumentException e = assertThrows(StatisticsArgumentException.class, () -> COST.scale(1.5));
        assertAll(
                () -> assertEquals("costPerHour", e.parameter()),
                () -> assertEquals(true, e.getMessage().contains("1.5"), e.getMessage()));
        assertThrows(StatisticsArgumentException.class, () -> COST.scale(Double.NaN));
    }

    @Test
    void badRangesAndNamesAreRejected() {
        assertAll(
                () -> assertEquals(
                        "x",
                        assertThrows(StatisticsArgumentException.class, () -> new Factor("x", 1.0, 1.0))
                                .parameter()),
                () -> assertEquals(
                        "x",
                        assertThrows(StatisticsArgumentException.class, () -> new Factor("x", 0.0, Double.NaN))
                                .parameter()),
                () -> assertEquals(
                        "name",
                        assertThrows(StatisticsArgumentException.class, () -> new Factor("", 0.0, 1.0))
                                .parameter()));
    }

    @Test
    void sensitivityCsvColumnsFollowTheRecordComponents() {
        List<String> components = java.util.Arrays.stream(SensitivityIndex.class.getRecordComponents())
                .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT))
                .toList();
        assertEquals(org.golivesim.results.ResultsLayout.SENSITIVITY_COLUMNS, components);
    }
}
