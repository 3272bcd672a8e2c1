package org.golivesim.observe;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Daily metrics computed from a hand-filled ledger: exact ratios, and NaN wherever a denominator is zero. */
class DailyMetricTest {
    /** A model state with fixed values. */
    static final StateProbe PROBE = new StateProbe() {
        @Override
        public int backlog() {
            return 17;
        }

        @Override
        public int staffVacancies() {
            return 2;
        }

        @Override
        public double proficiencyMean() {
            return 0.61;
        }

        @Override
        public double proficiencySd() {
            return 0.12;
        }

        @Override
        public double satisfactionMean() {
            return 0.55;
        }

        @Override
        public double netPromoterScore() {
            return -20;
        }

        @Override
        public int activeDefects() {
            return 40;
        }

        @Override
        public int openVulnerabilities() {
            return 3;
        }

        @Override
        public int openCompromises() {
            return 1;
        }
    };

    private static final Set<DailyMetric> RATIOS = EnumSet.of(
            DailyMetric.ERRORS_PER_1000_TASKS,
            DailyMetric.SYSTEM_INDUCED_ERROR_SHARE,
            DailyMetric.WORKAROUND_SHARE,
            DailyMetric.PRODUCTIVITY_INDEX,
            DailyMetric.MINUTES_LOST_PER_SHIFT,
            DailyMetric.PHYSICIAN_MINUTES_LOST_PER_SHIFT,
            DailyMetric.FIRST_CONTACT_RESOLUTION,
            DailyMetric.MEAN_WAIT_HOURS,
            DailyMetric.MEAN_RESOLUTION_HOURS,
            DailyMetric.SLA_MET_SHARE,
            DailyMetric.STAFF_UTILIZATION,
            DailyMetric.SYSTEM_USE_SHARE,
            DailyMetric.MEAN_PATCH_LATENCY_DAYS);

    @Test
    void ratiosOverAnEmptyDayAreNaNAndCountsAreZero() {
        DayLedger empty = new DayLedger();
        for (DailyMetric m : DailyMetric.values()) {
            double v = m.compute(empty, PROBE);
            if (RATIOS.contains(m)) {
                assertTrue(Double.isNaN(v), m + " should be NaN on a zero denominator, was " + v);
            } else {
                assertTrue(!Double.isNaN(v), m + " is not a ratio and should not be NaN");
            }
        }
        assertEquals(1.0, DailyMetric.AVAILABILITY.compute(empty, PROBE));
        assertEquals(0.0, DailyMetric.ERRORS.compute(empty, PROBE));
        assertEquals(0.0, DailyMetric.COST_TOTAL.compute(empty, PROBE));
    }

    @Test
    void ratiosAndStateReadingsOfAFilledDay() {
        DayLedger l = new DayLedger();
        l.add(Tally.UNPLANNED_DOWN_HOURS, 2);
        l.add(Tally.PLANNED_DOWN_HOURS, 1);
        l.add(Tally.TASKS_DEMANDED, 1000);
        l.add(Tally.TASKS_COMPLETED, 800);
        l.add(Tally.ERRORS, 6);
        l.add(Tally.EXPECTED_ERRORS, 5);
        l.add(Tally.EXPECTED_SYSTEM_INDUCED_ERRORS, 2);
        l.add(Tally.WORKAROUND_TASKS, 40);
        l.add(Tally.MINUTES_LOST, 900);
        l.add(Tally.CLINICIAN_SHIFTS, 30);
        l.add(Tally.PHYSICIAN_MINUTES_LOST, 200);
        l.add(Tally.PHYSICIAN_SHIFTS, 4);
        l.add(Tally.FIRST_CONTACT_HANDLED, 50);
        l.add(Tally.FIRST_CONTACT_RESOLVED, 31);
        l.add(Tally.WAIT_HOURS_SUM, 120);
        l.add(Tally.WAIT_COUNT, 48);
        l.add(Tally.RESOLUTION_HOURS_SUM, 300);
        l.add(Tally.RESOLUTION_COUNT, 40);
        l.add(Tally.SLA_MET, 45);
        l.add(Tally.SLA_COUNT, 50);
        l.add(Tally.STAFF_BUSY_HOURS, 90);
        l.add(Tally.STAFF_ON_DUTY_HOURS, 120);
        l.add(Tally.COST_TRAINING, 1);
        l.add(Tally.COST_SUPPORT_STAFF, 2);
        l.add(Tally.COST_VENDOR, 4);
        l.add(Tally.COST_IN_HOUSE_IT, 8);
        l.add(Tally.COST_DEDICATED_TEAM, 16);
        l.add(Tally.COST_DOWNTIME, 32);
        l.add(Tally.COST_HARM, 64);
        l.add(Tally.COST_BREACH, 128);
        l.add(Tally.COST_PENALTIES, 256);
        assertAll(
                () -> assertEquals(31.0, DailyMetric.COST_CASH.compute(l, PROBE)),
                () -> assertEquals(480.0, DailyMetric.COST_VALUED.compute(l, PROBE)),
                () -> assertEquals(1 - 3.0 / 24, DailyMetric.AVAILABILITY.compute(l, PROBE)),
                () -> assertEquals(7.5, DailyMetric.ERRORS_PER_1000_TASKS.compute(l, PROBE)),
                () -> assertEquals(0.4, DailyMetric.SYSTEM_INDUCED_ERROR_SHARE.compute(l, PROBE)),
                () -> assertEquals(0.05, DailyMetric.WORKAROUND_SHARE.compute(l, PROBE)),
                () -> assertEquals(0.8, DailyMetric.PRODUCTIVITY_INDEX.compute(l, PROBE)),
                () -> assertEquals(30.0, DailyMetric.MINUTES_LOST_PER_SHIFT.compute(l, PROBE)),
                () -> assertEquals(50.0, DailyMetric.PHYSICIAN_MINUTES_LOST_PER_SHIFT.compute(l, PROBE)),
                () -> assertEquals(0.62, DailyMetric.FIRST_CONTACT_RESOLUTION.compute(l, PROBE)),
                () -> assertEquals(2.5, DailyMetric.MEAN_WAIT_HOURS.compute(l, PROBE)),
                () -> assertEquals(7.5, DailyMetric.MEAN_RESOLUTION_HOURS.compute(l, PROBE)),
                () -> assertEquals(0.9, DailyMetric.SLA_MET_SHARE.compute(l, PROBE)),
                () -> assertEquals(0.75, DailyMetric.STAFF_UTILIZATION.compute(l, PROBE)),
                () -> assertEquals(511.0, DailyMetric.COST_TOTAL.compute(l, PROBE)),
                () -> assertEquals(17.0, DailyMetric.BACKLOG.compute(l, PROBE)),
                () -> assertEquals(2.0, DailyMetric.STAFF_VACANCIES.compute(l, PROBE)),
                () -> assertEquals(0.61, DailyMetric.PROFICIENCY_MEAN.compute(l, PROBE)),
                () -> assertEquals(-20.0, DailyMetric.NET_PROMOTER_SCORE.compute(l, PROBE)),
                () -> assertEquals(40.0, DailyMetric.ACTIVE_DEFECTS.compute(l, PROBE)),
                () -> assertEquals(1.0, DailyMetric.OPEN_COMPROMISES.compute(l, PROBE)));
    }

    @Test
    void columnsAreUniqueSnakeCaseAndFoundByName() {
        Set<String> seen = new HashSet<>();
        for (DailyMetric m : DailyMetric.values()) {
            assertTrue(seen.add(m.column()), "duplicate column " + m.column());
            assertTrue(m.column().matches("[a-z][a-z0-9_]*"), m.column());
            assertSame(m, DailyMetric.byColumn(m.column()));
        }
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DailyMetric.byColumn("downtime"));
        assertTrue(e.getMessage().contains("'downtime'"), e.getMessage());
    }

    @Test
    void clearingTheLedgerZeroesEveryCounter() throws IllegalAccessException {
        DayLedger l = new DayLedger();
        for (java.lang.reflect.Field f : DayLedger.class.getFields()) {
            f.setDouble(l, 3.5);
        }
        l.clear();
        for (java.lang.reflect.Field f : DayLedger.class.getFields()) {
            assertEquals(0.0, f.getDouble(l), f.getName());
        }
    }
}
