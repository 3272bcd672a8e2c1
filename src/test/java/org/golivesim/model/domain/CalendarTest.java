package org.golivesim.model.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hour 0 is a Monday at midnight; go-live is at midnight after the reference period. */
class CalendarTest {
    @Test
    void weekendsAreTheSixthAndSeventhDayOfEveryWeek() {
        for (int day = 0; day < 21; day++) {
            boolean weekend = day % 7 >= 5;
            assertEquals(weekend, Calendar.weekend(day * 24 + 0.0), "day " + day);
            assertEquals(weekend, Calendar.weekend(day * 24 + 23.99), "day " + day);
        }
    }

    @Test
    void hourOfDayWrapsAtMidnight() {
        assertEquals(0.0, Calendar.hourOfDay(0));
        assertEquals(2.5, Calendar.hourOfDay(50.5));
        assertEquals(23.0, Calendar.hourOfDay(167));
    }

    @Test
    void goLiveIsAtMidnightAfterTheReferencePeriod() {
        Calendar c = new Calendar(14);
        assertEquals(336.0, c.goLiveHour());
        assertFalse(c.live(335.99));
        assertTrue(c.live(336));
        assertEquals(-6.0, c.sinceGoLive(330));
        assertEquals(8760.0 / 12, Calendar.MONTH);
    }
}
