package org.golivesim.model.agent;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.golivesim.TestScenarios;
import org.golivesim.model.agent.StaffPool.Coverage;
import org.golivesim.random.Streams;
import org.golivesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Who is on duty when, and how the in-house pool burns out, quits and refills. Hour 0 is a Monday at midnight. */
class StaffPoolTest {
    private static final double MONDAY = 0;
    private static final double SATURDAY = 5 * 24;

    private static StaffPool pool(int funded, boolean inHouse, Coverage coverage, String... overrides) {
        Scenario.Support s = TestScenarios.of(overrides).support();
        return new StaffPool(funded, inHouse, coverage, 16, s, new Streams(3L).stream("staff"));
    }

    @Test
    void aroundTheClockSpreadsTheWeeklyHoursOverEveryHour() {
        StaffPool p = pool(20, false, Coverage.ALWAYS);
        // 20 FTE x 40 h / 168 h = 4.76 on average: 4 or 5 on duty, and the week holds exactly the 800 paid hours
        assertEquals(168, p.coveredHoursPerWeek());
        int week = 0;
        for (int h = 0; h < 168; h++) {
            int n = p.onDuty(h + 0.5);
            assertTrue(n == 4 || n == 5, "hour " + h + ": " + n);
            week += n;
        }
        assertEquals(800, week);
    }

    @Test
    void theInHouseDeskWorksFromSevenForItsHoursPerDay() {
        StaffPool p = pool(20, true, Coverage.DAILY_FROM_SEVEN);
        // 16 h a day, 7 days: 112 h; 20 x 40 / 112 = 7.14: 7 at most hours, 8 at one hour in seven
        assertEquals(112, p.coveredHoursPerWeek());
        int week = 0;
        for (int h = 0; h < 168; h++) {
            week += p.onDuty(h + 0.5);
        }
        assertEquals(800, week);
        assertAll(
                () -> assertEquals(0, p.onDuty(MONDAY + 6.99)),
                () -> assertEquals(7, p.onDuty(MONDAY + 7)),
                () -> assertEquals(7, p.onDuty(MONDAY + 22.99)),
                () -> assertEquals(0, p.onDuty(MONDAY + 23)),
                () -> assertEquals(0, p.onDuty(MONDAY + 3)),
                () -> assertEquals(7, p.onDuty(SATURDAY + 12)));
    }

    @Test
    void officeHoursAreWeekdaysEightToFive() {
        StaffPool p = pool(10, true, Coverage.WEEKDAY_OFFICE_HOURS);
        // 45 h a week; 10 x 40 / 45 = 8.9: 8 or 9 on duty, 400 hours a week
        assertEquals(45, p.coveredHoursPerWeek());
        int week = 0;
        for (int h = 0; h < 168; h++) {
            week += p.onDuty(h + 0.5);
        }
        assertEquals(400, week);
        assertAll(
                () -> assertEquals(0, p.onDuty(MONDAY + 7.99)),
                () -> assertEquals(8, p.onDuty(MONDAY + 8)),
                () -> assertEquals(9, p.onDuty(4 * 24 + 16.99)), // Friday afternoon
                () -> assertEquals(0, p.onDuty(MONDAY + 17)),
                () -> assertEquals(0, p.onDuty(SATURDAY + 10)),
                () -> assertEquals(0, p.onDuty(SATURDAY + 24 + 10)), // Sunday
                () -> assertEquals(p.onDuty(10), p.onDuty(7 * 24 + 10))); // the next Monday: the same pattern
        assertTrue(p.covers(MONDAY + 8));
        assertFalse(p.covers(SATURDAY + 8));
    }

    @Test
    void aSingleFteCoversOnlyItsPaidHoursAndAnEmptyPoolNone() {
        // 1 x 40 / 168 = 0.24: one analyst on duty in 40 of the 168 hours
        int week = 0;
        for (int h = 0; h < 168; h++) {
            week += pool(1, false, Coverage.ALWAYS).onDuty(h + 0.5);
        }
        assertEquals(40, week);
        assertEquals(0, pool(0, false, Coverage.ALWAYS).onDuty(3));
        assertEquals(0, pool(1, true, Coverage.WEEKDAY_OFFICE_HOURS).onDuty(SATURDAY + 10));
    }

    @Test
    void officeAndDeskHoursFollowTheParameterSheet() {
        StaffPool office = pool(
                10, true, Coverage.WEEKDAY_OFFICE_HOURS, "support.tier2OpensAtHour=9", "support.tier2HoursPerDay=10");
        assertEquals(50, office.coveredHoursPerWeek());
        int week = 0;
        for (int h = 0; h < 168; h++) {
            week += office.onDuty(h + 0.5);
        }
        assertEquals(400, week, "the paid hours, whatever the office hours");
        assertAll(
                () -> assertEquals(0, office.onDuty(MONDAY + 8.99)),
                () -> assertEquals(8, office.onDuty(MONDAY + 9)),
                () -> assertEquals(0, office.onDuty(MONDAY + 19)),
                () -> assertTrue(office.onDuty(MONDAY + 18.5) > 0));
        StaffPool desk = pool(10, true, Coverage.DAILY_FROM_SEVEN, "support.inHouseDeskOpensAtHour=5");
        assertAll(
                () -> assertFalse(desk.covers(MONDAY + 4.99)),
                () -> assertTrue(desk.covers(MONDAY + 5)),
                () -> assertFalse(desk.covers(MONDAY + 21)));
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(
                RuntimeException.class,
                () -> TestScenarios.of("support.tier2OpensAtHour=20", "support.tier2HoursPerDay=5"));
        assertTrue(
                String.valueOf(e.getMessage()).contains("support.tier2OpensAtHour + support.tier2HoursPerDay"),
                e.getMessage());
    }

    private static StaffPool vendorPool(int funded, double staffing, String... overrides) {
        Scenario sc = TestScenarios.of(overrides);
        return new StaffPool(
                funded,
                false,
                Coverage.ALWAYS,
                24,
                sc.support(),
                StaffPool.Turnover.vendor(sc.vendor()),
                staffing,
                new Streams(3L).stream("staff"));
    }

    @Test
    void vendorStaffLeaveAtTheVendorsRateAndTheVendorBackfillsFromItsBench() {
        // the in-house attrition is irrelevant to a vendor pool; the vendor's own rate applies
        StaffPool p = vendorPool(
                20,
                1.0,
                "support.baseAttritionPerWeek=0",
                "vendor.deskAttritionPerWeek=1",
                "vendor.deskBackfillWeeks=0");
        p.week(0.5, 168);
        assertAll(
                () -> assertEquals(0, p.employed()),
                () -> assertEquals(20, p.vacancies()),
                () -> assertFalse(p.inHouse()));
        StaffPool stays = vendorPool(20, 1.0, "support.baseAttritionPerWeek=1", "vendor.deskAttritionPerWeek=0");
        stays.week(0.5, 168);
        assertEquals(20, stays.employed(), "in-house attrition does not apply to vendor staff");
    }

    @Test
    void vendorStaffBurnOutUnderTheSameRuleAsInHouseStaff() {
        StaffPool p = vendorPool(5, 1.0, "vendor.deskAttritionPerWeek=0", "support.attritionPerWeekAtFullBurnout=0");
        p.week(1.2, 168);
        assertEquals(0.35, p.burnout(), 1e-12);
    }

    @Test
    void aTiersStaffingMultiplierScalesTheAnalystsOnDuty() {
        // 20 FTE x 40 h x 1.2 / 168 h = 5.71 on average; the week holds 960 analyst-hours
        StaffPool gold = vendorPool(20, 1.2);
        StaffPool bronze = vendorPool(20, 0.8);
        int goldWeek = 0;
        int bronzeWeek = 0;
        for (int h = 0; h < 168; h++) {
            goldWeek += gold.onDuty(h + 0.5);
            bronzeWeek += bronze.onDuty(h + 0.5);
        }
        assertEquals(960, goldWeek);
        assertEquals(640, bronzeWeek);
    }

    @Test
    void burnoutGrowsWithUtilizationAboveTheThresholdAndRecoversBelowIt() {
        StaffPool p = pool(
                5,
                true,
                Coverage.ALWAYS,
                "support.baseAttritionPerWeek=0",
                "support.attritionPerWeekAtFullBurnout=0",
                "support.burnoutUtilizationThreshold=0.85",
                "support.burnoutGainPerWeek=1.0",
                "support.burnoutRecoveryPerWeek=0.05");
        p.week(1.2, 168);
        assertEquals(0.35, p.burnout(), 1e-12); // 1.0 x (1.2 - 0.85)
        p.week(1.2, 336);
        assertEquals(0.70, p.burnout(), 1e-12);
        p.week(1.5, 504);
        assertEquals(1.0, p.burnout(), 1e-12, "burnout is capped at 1");
        p.week(0.5, 672);
        assertEquals(0.95, p.burnout(), 1e-12);
        p.week(0.85, 840);
        assertEquals(0.90, p.burnout(), 1e-12, "at the threshold staff recover");
        assertEquals(5, p.employed());
    }

    @Test
    void leaversLeaveVacanciesThatAreFilledWhenTheirTimeComes() {
        // everyone quits every week; vacancies fill after an exponential time with mean 0, i.e. by the next week
        StaffPool p = pool(4, true, Coverage.ALWAYS, "support.baseAttritionPerWeek=1", "support.vacancyFillWeeks=0");
        p.week(0.5, 168);
        assertEquals(0, p.employed());
        assertEquals(4, p.vacancies());
        assertEquals(0, p.onDuty(200), "nobody employed, nobody on duty");
        p.week(0.5, 336);
        // the four are hired back at the start of the week, then quit again
        assertEquals(0, p.employed());
        assertEquals(4, p.vacancies());
        assertEquals(4, p.funded());
    }
}
