package org.golivesim.observe;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Run summaries of a hand-made run: 7 reference days (day -7 to -1) and 28 days after go-live (four weeks), every
 * number chosen so the expected summary can be worked out by hand (the arithmetic is next to each assertion).
 */
class SummariesTest {
    private static final int FIRST_DAY = -7;
    private static final int PRE = 7;
    private static final int POST = 28;
    private static final double EXACT = 1e-12;

    private double[][] daily;
    private RunLog log;
    private Map<String, Double> s;

    private void set(int day, DailyMetric m, double v) {
        daily[day - FIRST_DAY][m.ordinal()] = v;
    }

    private void setPost(DailyMetric m, double v) {
        for (int d = 0; d < POST; d++) {
            set(d, m, v);
        }
    }

    @BeforeEach
    void run() {
        daily = new double[PRE + POST][DailyMetric.values().length];
        for (double[] row : daily) {
            java.util.Arrays.fill(row, 0.0);
        }
        for (int d = FIRST_DAY; d < 0; d++) {
            set(d, DailyMetric.TASKS, 1000);
            set(d, DailyMetric.ERRORS, 3);
            set(d, DailyMetric.UNPLANNED_DOWNTIME_HOURS, 5); // before go-live: not summarised
            set(d, DailyMetric.COST_TOTAL, 500);
            set(d, DailyMetric.TICKETS_OPENED, 9999);
        }
        setPost(DailyMetric.TASKS, 800);
        setPost(DailyMetric.ERRORS, 8);
        set(0, DailyMetric.UNPLANNED_DOWNTIME_HOURS, 2);
        set(10, DailyMetric.UNPLANNED_DOWNTIME_HOURS, 4);
        set(3, DailyMetric.PLANNED_DOWNTIME_HOURS, 1);
        set(5, DailyMetric.HARM_EVENTS, 2);
        for (int d = 0; d < 14; d++) {
            set(d, DailyMetric.WORKAROUND_SHARE, 0.1);
        }
        double[] weeklyProductivity = {0.7, 0.8, 0.96, 1.0};
        double[] dailyTickets = {100, 200, 800.0 / 7, 50};
        for (int d = 0; d < POST; d++) {
            set(d, DailyMetric.PRODUCTIVITY_INDEX, weeklyProductivity[d / 7]);
            set(d, DailyMetric.TICKETS_OPENED, dailyTickets[d / 7]);
            set(d, DailyMetric.MEAN_WAIT_HOURS, d / 7 == 1 ? 5.0 : 2.0);
            set(d, DailyMetric.FIRST_RESPONSES, dailyTickets[d / 7]);
            set(d, DailyMetric.SLA_CHECKS, dailyTickets[d / 7]);
        }
        set(9, DailyMetric.MEAN_WAIT_HOURS, Double.NaN); // a day without first responses does not count
        set(9, DailyMetric.FIRST_RESPONSES, 0);
        setPost(DailyMetric.SLA_MET_SHARE, 0.9);
        setPost(DailyMetric.TICKETS_RESOLVED, 100);
        set(1, DailyMetric.CLOSED_UNRESOLVED, 5);
        for (int d = 21; d < POST; d++) {
            set(d, DailyMetric.STAFF_VACANCIES, 2);
        }
        set(2, DailyMetric.BREACHES, 1);
        set(2, DailyMetric.RECORDS_EXPOSED, 4109);
        setPost(DailyMetric.COST_TOTAL, 1000);
        setPost(DailyMetric.COST_TRAINING, 10);
        setPost(DailyMetric.PHYSICIAN_MINUTES_LOST_PER_SHIFT, 10);
        setPost(DailyMetric.SYSTEM_INDUCED_ERROR_SHARE, 0.5);
        set(POST - 1, DailyMetric.PROFICIENCY_MEAN, 0.9);
        set(POST - 1, DailyMetric.SATISFACTION_MEAN, 0.6);
        set(POST - 1, DailyMetric.NET_PROMOTER_SCORE, -12);

        log = new RunLog();
        log.fullOutage(10, 20); // before go-live (hour 168): not counted
        log.fullOutage(200, 3);
        log.fullOutage(300, 9); // longer than 8 hours
        for (int c = 0; c < 12; c++) {
            log.simulatedCampaign(200 + 360 * c, c < 5 ? 0.2 : c < 10 ? 0.1 : 0.05);
        }
        log.breachDwell(100);
        log.breachDwell(200);
        s = Summaries.of(FIRST_DAY, daily, log, new DailyRecorder.WeekOneTickets(100, 80));
    }

    @Test
    void downtimeAndOutages() {
        double years = POST / 365.0;
        assertAll(
                () -> assertEquals(28.0, s.get("days_after_go_live")),
                () -> assertEquals(6.0, s.get("unplanned_downtime_hours")),
                () -> assertEquals(1.0, s.get("planned_downtime_hours")),
                () -> assertEquals(1 - 7.0 / (24 * 28), s.get("availability"), EXACT),
                () -> assertEquals(2 / years, s.get("unplanned_outages_per_year"), EXACT),
                () -> assertEquals(1 / years, s.get("outages_over_8h_per_year"), EXACT));
    }

    @Test
    void workAndErrors() {
        assertAll(
                () -> assertEquals(22_400.0, s.get("tasks")),
                () -> assertEquals(10.0, s.get("errors_per_1000_tasks"), EXACT), // 8 / 800
                () -> assertEquals(3.0, s.get("reference_errors_per_1000_tasks"), EXACT), // 3 / 1000
                () -> assertEquals(2.0, s.get("harm_events")),
                () -> assertEquals(0.05, s.get("workaround_share"), EXACT), // half the days at 0.1, equal tasks
                () -> assertEquals(0.5, s.get("system_induced_error_share_last_quarter"), EXACT),
                () -> assertEquals(10.0, s.get("physician_minutes_lost_per_shift_last_month"), EXACT));
    }

    @Test
    void productivityCurve() {
        assertAll(
                () -> assertEquals(0.7, s.get("productivity_trough_weeks_1_4"), EXACT),
                () -> assertEquals(3.0, s.get("weeks_to_productivity_95")), // week 3 averages 0.96
                () -> assertTrue(Double.isNaN(s.get("productivity_month_3")), "the run ends before month 3"));
    }

    @Test
    void ticketsAndSupport() {
        // weekly tickets 700, 1400 (the peak), 800, 350: half the peak (700) is crossed between weeks 3 and 4, at
        // (800 - 700) / (800 - 350) of the way: 1 + 2/9 weeks after the peak
        assertAll(
                () -> assertEquals(3250.0, s.get("tickets_opened"), 1e-9),
                () -> assertEquals(2.0, s.get("ticket_peak_week")),
                () -> assertEquals(1 + 2.0 / 9, s.get("ticket_half_life_weeks"), 1e-9),
                () -> assertEquals(0.8, s.get("week_1_tickets_resolved_by_day_5_share"), EXACT),
                // mean waits weighted by the day's first responses (as many as tickets here), day 9 (none) left out:
                // (700 x 2 + 1200 x 5 + 800 x 2 + 350 x 2) / 3050
                () -> assertEquals(9700.0 / 3050, s.get("mean_wait_hours"), 1e-9),
                () -> assertEquals(0.9, s.get("sla_met_share"), 1e-9), // weighted by the day's SLA checks
                () -> assertEquals(5.0 / 2805, s.get("closed_unresolved_share"), EXACT),
                () -> assertEquals(0.5, s.get("staff_vacancies_mean"), EXACT), // 2 on 7 of 28 days
                () -> assertTrue(Double.isNaN(s.get("first_contact_resolution_from_month_3"))));
    }

    @Test
    void securityAndPeopleAndCost() {
        assertAll(
                () -> assertEquals(0.2, s.get("phishing_click_rate_campaigns_1_5"), EXACT),
                () -> assertEquals(0.1, s.get("phishing_click_rate_campaigns_6_10"), EXACT),
                () -> assertEquals(0.05, s.get("phishing_click_rate_campaigns_over_10"), EXACT),
                () -> assertEquals(1.0, s.get("breaches")),
                () -> assertEquals(1 / (28 / (365.0 / 12)), s.get("breaches_per_month"), EXACT),
                () -> assertEquals(4109.0, s.get("records_exposed")),
                () -> assertEquals(150.0, s.get("mean_breach_dwell_days"), EXACT),
                () -> assertEquals(0.9, s.get("proficiency_final")),
                () -> assertEquals(0.6, s.get("satisfaction_final")),
                () -> assertEquals(-12.0, s.get("net_promoter_score_final")),
                () -> assertEquals(28_000.0, s.get("cost_total_usd")), // the 7 reference days are not costed
                () -> assertEquals(280.0, s.get("cost_training_usd")));
    }

    @Test
    void aRunWithoutCampaignsOrBreachesHasNaNWhereThereIsNothingToAverage() {
        Map<String, Double> none = Summaries.of(FIRST_DAY, daily, new RunLog(), new DailyRecorder.WeekOneTickets(0, 0));
        assertAll(
                () -> assertTrue(Double.isNaN(none.get("phishing_click_rate_campaigns_1_5"))),
                () -> assertTrue(Double.isNaN(none.get("mean_breach_dwell_days"))),
                () -> assertTrue(Double.isNaN(none.get("week_1_tickets_resolved_by_day_5_share"))),
                () -> assertEquals(0.0, none.get("unplanned_outages_per_year")));
    }

    @Test
    void namesAreTheSummaryKeysInColumnOrder() {
        assertEquals(new ArrayList<>(s.keySet()), Summaries.names());
        for (String name : Summaries.names()) {
            assertTrue(name.matches("[a-z][a-z0-9_]*"), name);
        }
    }

    @Test
    void aRunResultIsAnImmutableCopyIndexedByDay() {
        RunResult r = new RunResult(FIRST_DAY, daily, s);
        daily[PRE][DailyMetric.TASKS.ordinal()] = -1; // changing the input afterwards changes nothing
        assertAll(
                () -> assertEquals(800.0, r.daily(0, DailyMetric.TASKS)),
                () -> assertEquals(1000.0, r.daily(-7, DailyMetric.TASKS)),
                () -> assertEquals(35, r.days()),
                () -> assertEquals(27, r.lastDay()),
                () -> assertEquals(0.9, r.summary("proficiency_final")));
        r.row(0)[0] = 99;
        assertEquals(5.0, r.row(0)[0], "row() hands out a copy");
        assertThrows(UnsupportedOperationException.class, () -> r.summary().put("x", 1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.summary("downtime"));
        assertTrue(e.getMessage().contains("'downtime'"));
    }

    @Test
    void theRecorderExpressesProductivityRelativeToTheReferencePeriodAndClearsTheLedger() {
        DayLedger ledger = new DayLedger();
        DailyRecorder recorder = new DailyRecorder(ledger, DailyMetricTest.PROBE, new RunLog(), -2);
        List<double[]> demandedCompleted =
                List.of(new double[] {100, 90}, new double[] {100, 94}, new double[] {100, 69.6}, new double[] {0, 0});
        for (double[] dc : demandedCompleted) {
            ledger.add(Tally.TASKS_DEMANDED, dc[0]);
            ledger.add(Tally.TASKS_COMPLETED, dc[1]);
            ledger.add(Tally.ERRORS, 1);
            recorder.endOfDay();
            assertEquals(0.0, ledger.get(Tally.TASKS_DEMANDED), "the ledger is cleared after each day");
        }
        assertEquals(4, recorder.daysRecorded());
        RunResult r = recorder.result(new DailyRecorder.WeekOneTickets(0, 0));
        // reference: mean of 0.90 and 0.94 = 0.92
        assertAll(
                () -> assertEquals(-2, r.firstDay()),
                () -> assertEquals(0.90 / 0.92, r.daily(-2, DailyMetric.PRODUCTIVITY_INDEX), EXACT),
                () -> assertEquals(0.696 / 0.92, r.daily(0, DailyMetric.PRODUCTIVITY_INDEX), EXACT),
                () -> assertTrue(Double.isNaN(r.daily(1, DailyMetric.PRODUCTIVITY_INDEX))),
                () -> assertEquals(17.0, r.daily(1, DailyMetric.BACKLOG)));
    }
}
