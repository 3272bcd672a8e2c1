package org.golivesim.observe;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.golivesim.TestScenarios;
import org.golivesim.engine.Engine;
import org.golivesim.report.MetricInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The metric catalogue is the one declaration of each result column: the columns are unique, every reader (the
 * report's words, the summary columns) takes them from it, and the physical range it states holds for every value of
 * real runs, including stressed ones (so a band clipped to it can never hide a value the model produces).
 */
class MetricCatalogueTest {

    @Test
    void columnsAreUniqueWithinEachKind() {
        Set<String> daily = new HashSet<>();
        for (DailyMetric m : DailyMetric.values()) {
            assertTrue(daily.add(m.column()), "daily column " + m.column() + " declared twice");
        }
        Set<String> run = new HashSet<>();
        for (RunMetric m : RunMetric.values()) {
            assertTrue(run.add(m.column()), "run column " + m.column() + " declared twice");
        }
        assertEquals(Arrays.stream(RunMetric.values()).map(RunMetric::column).toList(), Summaries.names());
    }

    @Test
    void theReportsWordsComeFromTheCatalogue() {
        for (RunMetric m : RunMetric.values()) {
            MetricInfo info = MetricInfo.of(m.column());
            assertEquals(m.description().label(), info.name(), m.column());
            assertEquals(m.description().unit(), info.unit(), m.column());
            assertEquals(m.description().min(), info.min(), m.column());
            assertEquals(m.description().kind(), info.kind(), m.column());
        }
        assertEquals(
                Metric.Kind.NUMBER, MetricInfo.of("a_column_from_elsewhere").kind());
        assertEquals(
                Metric.Kind.MONEY, MetricInfo.of("a_cost_from_elsewhere_usd").kind());
        assertEquals(1.0, MetricInfo.of("availability").clip(1.1));
        assertEquals(0.0, MetricInfo.of("unplanned_downtime_hours").clip(-3));
        assertEquals(
                -3.0,
                MetricInfo.of("a_column_from_elsewhere").clip(-3),
                "unknown columns of no known kind are not clipped");
    }

    @Test
    void eachMetricsKindAgreesWithItsUnit() {
        List<Metric> all = new ArrayList<>(List.of(DailyMetric.values()));
        all.addAll(List.of(RunMetric.values()));
        List<Executable> checks = new ArrayList<>();
        for (Metric m : all) {
            Metric.Description d = m.description();
            checks.add(() -> assertEquals(
                    d.unit().equals("hours"), d.kind() == Metric.Kind.HOURS, m.column() + ": hours are HOURS"));
            checks.add(() ->
                    assertEquals(d.unit().equals("USD"), d.kind() == Metric.Kind.MONEY, m.column() + ": USD is MONEY"));
            checks.add(() -> assertEquals(
                    d.unit().startsWith("fraction"),
                    d.kind() == Metric.Kind.SHARE,
                    m.column() + ": a fraction is a SHARE"));
            checks.add(() -> assertTrue(
                    d.kind() != Metric.Kind.SHARE || (d.min() == 0 && d.max() == 1),
                    m.column() + ": shares in [0, 1]"));
            checks.add(() -> assertTrue(
                    d.kind() != Metric.Kind.COUNT || (d.min() == 0 && !d.unit().startsWith("per ")),
                    m.column() + ": a count is never negative and never a rate"));
        }
        assertAll(checks);
    }

    @Test
    void aDescriptionNeedsALabelAndARange() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Metric.Description(" ", "hours", Metric.Kind.HOURS, Metric.Better.LOWER, 0, 1));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new Metric.Description("Downtime", "hours", Metric.Kind.HOURS, Metric.Better.LOWER, 2, 1));
        assertTrue(e.getMessage().contains("Downtime"), e.getMessage());
    }

    @Test
    void everyValueOfRealRunsLiesInItsPhysicalRange() {
        List<RunResult> runs = List.of(
                Engine.run(TestScenarios.of(concat(TestScenarios.smallHospital(120), "horizonMonths=4")), 11),
                Engine.run(
                        TestScenarios.of(concat(
                                TestScenarios.smallHospital(120),
                                "horizonMonths=4",
                                "dedicatedTeam.enabled=true",
                                "support.helpDeskAnalysts=1",
                                "training.physicianHours=2",
                                "training.nurseHours=2",
                                "training.alliedHours=2")),
                        12));
        List<Executable> checks = new ArrayList<>();
        int inRange = 0;
        for (RunResult run : runs) {
            for (int i = 0; i < run.days(); i++) {
                double[] row = run.row(i);
                for (DailyMetric m : DailyMetric.values()) {
                    double v = row[m.ordinal()];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    inRange++;
                    if (v < m.description().min() || v > m.description().max()) {
                        int day = i;
                        checks.add(() ->
                                assertEquals(m.description().clamp(v), v, "daily " + m.column() + " on row " + day));
                    }
                }
            }
            for (RunMetric m : RunMetric.values()) {
                double v = run.summary(m.column());
                if (!Double.isNaN(v)
                        && (v < m.description().min() || v > m.description().max())) {
                    checks.add(() -> assertEquals(m.description().clamp(v), v, "summary " + m.column()));
                }
            }
        }
        assertNotEquals(0, inRange, "the runs produced values to check");
        assertAll(checks);
    }

    private static String[] concat(String[] base, String... more) {
        String[] out = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, out, base.length, more.length);
        return out;
    }
}
