package org.golivesim.model.process;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The on-call rota: the share of weeks a team can cover when nobody is on call more than a quarter of the weeks, the
 * uncovered weeks spread evenly, and weekday office hours (schedule hour 0 is a Monday at midnight).
 */
class OnCallRotaTest {
    private static final double WEEK = 168.0;

    @Test
    void aTeamCoversStaffTimesTheLargestOnCallShareOverTheAnalystsOnCallEachWeek() {
        assertAll(
                () -> assertEquals(0.5, OnCallRota.coverage(4, 0.25, 2), 1e-12, "4 analysts, primary and secondary"),
                () -> assertEquals(1.0, OnCallRota.coverage(8, 0.25, 2), 1e-12, "eight: the SRE book's minimum"),
                () -> assertEquals(0.75, OnCallRota.coverage(3, 0.25, 1), 1e-12),
                () -> assertEquals(1.0, OnCallRota.coverage(4, 0.25, 1), 1e-12),
                () -> assertEquals(0.0, OnCallRota.coverage(0, 0.25, 1), 1e-12),
                () -> assertEquals(1.0, OnCallRota.coverage(0, 0.25, 0), 1e-12, "nobody needs to be on call"));
    }

    @Test
    void theUncoveredWeeksAreSpreadEvenlyAndTheFirstWeekIsCovered() {
        int covered = 0;
        for (int w = 0; w < 52; w++) {
            if (OnCallRota.covers(w * WEEK + 1.0, 0.75)) {
                covered++;
            }
        }
        assertAll(
                () -> assertTrue(OnCallRota.covers(1.0, 0.5)),
                () -> assertFalse(OnCallRota.covers(WEEK + 1.0, 0.5)),
                () -> assertTrue(OnCallRota.covers(2 * WEEK + 1.0, 0.5)),
                () -> assertFalse(OnCallRota.covers(3 * WEEK + 100.0, 0.75), "one week in four uncovered"),
                () -> assertTrue(OnCallRota.covers(5 * WEEK, 1.0)),
                () -> assertFalse(OnCallRota.covers(0.0, 0.0)));
        assertEquals(39, covered, "three weeks in four");
    }

    @Test
    void officeHoursAreWeekdaysFromTheOpeningHourAndTheNextOneSkipsTheWeekend() {
        double friday = 4 * 24.0;
        assertAll(
                () -> assertTrue(OnCallRota.officeHours(8.0, 8, 9)),
                () -> assertTrue(OnCallRota.officeHours(16.99, 8, 9)),
                () -> assertFalse(OnCallRota.officeHours(17.0, 8, 9)),
                () -> assertFalse(OnCallRota.officeHours(7.99, 8, 9)),
                () -> assertFalse(OnCallRota.officeHours(5 * 24.0 + 10.0, 8, 9), "Saturday"),
                () -> assertEquals(10.0, OnCallRota.nextOfficeHour(10.0, 8, 9), 1e-12),
                () -> assertEquals(32.0, OnCallRota.nextOfficeHour(20.0, 8, 9), 1e-12, "Tuesday 08:00"),
                () -> assertEquals(WEEK + 8.0, OnCallRota.nextOfficeHour(friday + 18.0, 8, 9), 1e-12, "Monday"));
    }
}
