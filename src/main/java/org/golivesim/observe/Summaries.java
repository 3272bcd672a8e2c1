package org.golivesim.observe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-run summary metrics, computed from the daily rows of the post-go-live period (day 0 on) and the run log. Names
 * are snake_case with units; the order here is the column order of {@code runs.csv}.
 */
public final class Summaries {
    private static final double DAYS_PER_MONTH = 365.0 / 12.0;

    private Summaries() {}

    private static final List<String> NAMES = List.copyOf(of(
                    -1,
                    new double[][] {new double[DailyMetric.values().length]},
                    new RunLog(),
                    new DailyRecorder.WeekOneTickets(0, 0))
            .keySet());

    /** The summary metric names, in column order. */
    public static List<String> names() {
        return NAMES;
    }

    static Map<String, Double> of(int firstDay, double[][] daily, RunLog log, DailyRecorder.WeekOneTickets weekOne) {
        int start = -firstDay;
        int days = daily.length - start;
        double years = days / 365.0;
        double months = days / DAYS_PER_MONTH;
        Map<String, Double> s = new LinkedHashMap<>();
        s.put("days_after_go_live", (double) days);
        double unplanned = sum(daily, start, DailyMetric.UNPLANNED_DOWNTIME_HOURS);
        double planned = sum(daily, start, DailyMetric.PLANNED_DOWNTIME_HOURS);
        s.put("unplanned_downtime_hours", unplanned);
        s.put("planned_downtime_hours", planned);
        s.put("partial_function_hours", sum(daily, start, DailyMetric.PARTIAL_FUNCTION_HOURS));
        s.put("availability", days > 0 ? 1.0 - (unplanned + planned) / (24.0 * days) : Double.NaN);
        double firstMonthEnd = (start + DAYS_PER_MONTH) * 24.0;
        List<double[]> earlyPartial = log.partialIncidents.stream()
                .filter(o -> o[0] >= start * 24.0 && o[0] < firstMonthEnd)
                .toList();
        s.put("partial_incidents_month_1", (double) earlyPartial.size());
        s.put(
                "partial_incident_mean_hours_month_1",
                earlyPartial.isEmpty()
                        ? Double.NaN
                        : earlyPartial.stream().mapToDouble(o -> o[1]).average().orElse(0));
        long outages =
                log.unplannedOutages.stream().filter(o -> o[0] >= start * 24.0).count();
        long longOutages = log.unplannedOutages.stream()
                .filter(o -> o[0] >= start * 24.0 && o[1] > 8.0)
                .count();
        s.put("unplanned_outages_per_year", years > 0 ? outages / years : Double.NaN);
        s.put("outages_over_8h_per_year", years > 0 ? longOutages / years : Double.NaN);
        double tasks = sum(daily, start, DailyMetric.TASKS);
        double errors = sum(daily, start, DailyMetric.ERRORS);
        s.put("tasks", tasks);
        s.put("errors_per_1000_tasks", tasks > 0 ? 1000 * errors / tasks : Double.NaN);
        s.put("reference_errors_per_1000_tasks", referenceRate(daily, start));
        s.put("harm_events", sum(daily, start, DailyMetric.HARM_EVENTS));
        s.put("workaround_error_odds_ratio", workaroundOddsRatio(daily, start));
        s.put(
                "workaround_share",
                ratioOfSums(daily, start, daily.length, DailyMetric.WORKAROUND_SHARE, DailyMetric.TASKS));
        int lastQuarter = Math.max(start, daily.length - 91);
        s.put(
                "system_induced_error_share_last_quarter",
                ratioOfSums(
                        daily, lastQuarter, daily.length, DailyMetric.SYSTEM_INDUCED_ERROR_SHARE, DailyMetric.ERRORS));
        double[] weekly = weeklyMeans(daily, start, DailyMetric.PRODUCTIVITY_INDEX);
        double trough = Double.NaN;
        for (int w = 0; w < Math.min(4, weekly.length); w++) {
            trough = Double.isNaN(trough) ? weekly[w] : Math.min(trough, weekly[w]);
        }
        s.put("productivity_trough_weeks_1_4", trough);
        s.put("proficiency_week_1", mean(daily, start, start + 7, DailyMetric.PROFICIENCY_MEAN));
        for (int m = 3; m <= 5; m++) {
            s.put("productivity_month_" + m, monthMean(daily, start, m, DailyMetric.PRODUCTIVITY_INDEX));
        }
        int recovered = -1;
        for (int w = 0; w < weekly.length; w++) {
            if (weekly[w] >= 0.95) {
                recovered = w + 1;
                break;
            }
        }
        s.put("weeks_to_productivity_95", recovered < 0 ? Double.NaN : recovered);
        double[] weeklyTickets = weeklySums(daily, start, DailyMetric.TICKETS_OPENED);
        int peak = 0;
        for (int w = 1; w < weeklyTickets.length; w++) {
            if (weeklyTickets[w] > weeklyTickets[peak]) {
                peak = w;
            }
        }
        s.put("tickets_opened", sum(daily, start, DailyMetric.TICKETS_OPENED));
        s.put("ticket_peak_week", weeklyTickets.length == 0 ? Double.NaN : peak + 1.0);
        s.put("ticket_half_life_weeks", halfLife(weeklyTickets, peak));
        s.put(
                "week_1_tickets_resolved_by_day_5_share",
                weekOne.opened() > 0 ? weekOne.resolvedByDay5() / weekOne.opened() : Double.NaN);
        int month3 = start + (int) Math.round(2 * DAYS_PER_MONTH);
        s.put(
                "first_contact_resolution_from_month_3",
                ratioOfSums(
                        daily,
                        month3,
                        daily.length,
                        DailyMetric.FIRST_CONTACT_RESOLUTION,
                        DailyMetric.FIRST_CONTACT_ATTEMPTS));
        s.put(
                "mean_wait_hours",
                ratioOfSums(daily, start, daily.length, DailyMetric.MEAN_WAIT_HOURS, DailyMetric.FIRST_RESPONSES));
        s.put(
                "mean_resolution_hours",
                ratioOfSums(
                        daily, start, daily.length, DailyMetric.MEAN_RESOLUTION_HOURS, DailyMetric.TICKETS_RESOLVED));
        s.put(
                "sla_met_share",
                ratioOfSums(daily, start, daily.length, DailyMetric.SLA_MET_SHARE, DailyMetric.SLA_CHECKS));
        double closedUnresolved = sum(daily, start, DailyMetric.CLOSED_UNRESOLVED);
        double resolved = sum(daily, start, DailyMetric.TICKETS_RESOLVED);
        s.put(
                "closed_unresolved_share",
                resolved + closedUnresolved > 0 ? closedUnresolved / (resolved + closedUnresolved) : Double.NaN);
        s.put("staff_vacancies_mean", mean(daily, start, daily.length, DailyMetric.STAFF_VACANCIES));
        s.put("staff_utilization_mean", mean(daily, start, daily.length, DailyMetric.STAFF_UTILIZATION));
        s.put("phishing_click_rate_campaigns_1_5", campaignClickRate(log, 0, 5));
        s.put("phishing_click_rate_campaigns_6_10", campaignClickRate(log, 5, 10));
        s.put("phishing_click_rate_campaigns_over_10", campaignClickRate(log, 10, Integer.MAX_VALUE));
        s.put("compromised_accounts", sum(daily, start, DailyMetric.COMPROMISED_ACCOUNTS));
        double breaches = sum(daily, start, DailyMetric.BREACHES);
        s.put("breaches", breaches);
        s.put("breaches_per_month", months > 0 ? breaches / months : Double.NaN);
        s.put("hacking_breaches", sum(daily, start, DailyMetric.HACKING_BREACHES));
        s.put("vendor_breaches", sum(daily, start, DailyMetric.VENDOR_BREACHES));
        s.put("ransomware_events", sum(daily, start, DailyMetric.RANSOMWARE_EVENTS));
        s.put("records_exposed", sum(daily, start, DailyMetric.RECORDS_EXPOSED));
        s.put("intrusions_stopped", sum(daily, start, DailyMetric.INTRUSIONS_STOPPED));
        s.put("reportable_breaches", sum(daily, start, DailyMetric.REPORTABLE_BREACHES));
        s.put("late_notifications", sum(daily, start, DailyMetric.LATE_NOTIFICATIONS));
        s.put("inappropriate_access_incidents", sum(daily, start, DailyMetric.INAPPROPRIATE_ACCESS));
        s.put("compliance_incidents", sum(daily, start, DailyMetric.COMPLIANCE_INCIDENTS));
        double patches = sum(daily, start, DailyMetric.PATCHES_APPLIED);
        double latencySum = 0;
        for (int i = Math.max(0, start); i < daily.length; i++) {
            double m = daily[i][DailyMetric.MEAN_PATCH_LATENCY_DAYS.ordinal()];
            if (!Double.isNaN(m)) {
                latencySum += m * daily[i][DailyMetric.PATCHES_APPLIED.ordinal()];
            }
        }
        s.put("mean_patch_latency_days", patches > 0 ? latencySum / patches : Double.NaN);
        s.put("open_vulnerabilities_mean", mean(daily, start, daily.length, DailyMetric.OPEN_VULNERABILITIES));
        s.put(
                "mean_breach_dwell_days",
                log.breachDwellDays.isEmpty()
                        ? Double.NaN
                        : log.breachDwellDays.stream()
                                .mapToDouble(Double::doubleValue)
                                .average()
                                .orElse(Double.NaN));
        int lastMonth = Math.max(start, daily.length - (int) Math.round(DAYS_PER_MONTH));
        s.put(
                "physician_minutes_lost_per_shift_last_month",
                mean(daily, lastMonth, daily.length, DailyMetric.PHYSICIAN_MINUTES_LOST_PER_SHIFT));
        double[] last = daily[daily.length - 1];
        s.put("proficiency_final", last[DailyMetric.PROFICIENCY_MEAN.ordinal()]);
        s.put("satisfaction_final", last[DailyMetric.SATISFACTION_MEAN.ordinal()]);
        s.put("net_promoter_score_final", last[DailyMetric.NET_PROMOTER_SCORE.ordinal()]);
        for (DailyMetric cost : new DailyMetric[] {
            DailyMetric.COST_TRAINING,
            DailyMetric.COST_SUPPORT_STAFF,
            DailyMetric.COST_VENDOR,
            DailyMetric.COST_IN_HOUSE_IT,
            DailyMetric.COST_DEDICATED_TEAM,
            DailyMetric.COST_DOWNTIME,
            DailyMetric.COST_HARM,
            DailyMetric.COST_BREACH,
            DailyMetric.COST_TOTAL,
            DailyMetric.SERVICE_CREDITS,
            DailyMetric.COST_PENALTIES,
            DailyMetric.COST_CASH,
            DailyMetric.COST_VALUED
        }) {
            s.put(cost.column(), sum(daily, start, cost));
        }
        return s;
    }

    /** Odds of error under a workaround over odds without, from the run's post-go-live tasks and errors. */
    private static double workaroundOddsRatio(double[][] daily, int start) {
        double wt = sum(daily, start, DailyMetric.WORKAROUND_TASKS);
        double we = sum(daily, start, DailyMetric.WORKAROUND_ERRORS);
        double tasks = 0;
        double errors = 0;
        for (int i = start; i < daily.length; i++) {
            tasks += daily[i][DailyMetric.TASKS.ordinal()];
            errors += daily[i][DailyMetric.ERRORS.ordinal()] - daily[i][DailyMetric.WORKAROUND_ERRORS.ordinal()];
        }
        tasks -= wt;
        if (wt <= we || tasks <= errors || we == 0 || errors == 0) {
            return Double.NaN;
        }
        return (we / (wt - we)) / (errors / (tasks - errors));
    }

    private static double referenceRate(double[][] daily, int start) {
        double tasks = 0;
        double errors = 0;
        for (int i = 0; i < start && i < daily.length; i++) {
            tasks += daily[i][DailyMetric.TASKS.ordinal()];
            errors += daily[i][DailyMetric.ERRORS.ordinal()];
        }
        return tasks > 0 ? 1000 * errors / tasks : Double.NaN;
    }

    private static double campaignClickRate(RunLog log, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = from; i < Math.min(to, log.simulatedCampaigns.size()); i++) {
            sum += log.simulatedCampaigns.get(i)[1];
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double halfLife(double[] weekly, int peak) {
        if (weekly.length == 0 || weekly[peak] == 0) {
            return Double.NaN;
        }
        for (int w = peak + 1; w < weekly.length; w++) {
            if (weekly[w] <= weekly[peak] / 2) {
                // interpolate between the last week above half and the first at or below it
                double above = weekly[w - 1];
                double frac = (above - weekly[peak] / 2) / Math.max(above - weekly[w], 1e-12);
                return (w - 1 - peak) + frac;
            }
        }
        return Double.NaN;
    }

    static double sum(double[][] daily, int from, DailyMetric m) {
        double s = 0;
        for (int i = Math.max(0, from); i < daily.length; i++) {
            double v = daily[i][m.ordinal()];
            if (!Double.isNaN(v)) {
                s += v;
            }
        }
        return s;
    }

    private static double mean(double[][] daily, int from, int to, DailyMetric m) {
        double s = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, daily.length); i++) {
            double v = daily[i][m.ordinal()];
            if (!Double.isNaN(v)) {
                s += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** A ratio metric averaged with the day's weight (e.g. FCR weighted by tickets). */
    private static double ratioOfSums(double[][] daily, int from, int to, DailyMetric ratio, DailyMetric weight) {
        double s = 0;
        double w = 0;
        for (int i = Math.max(0, from); i < to; i++) {
            double v = daily[i][ratio.ordinal()];
            double wt = daily[i][weight.ordinal()];
            if (!Double.isNaN(v) && wt > 0) {
                s += v * wt;
                w += wt;
            }
        }
        return w == 0 ? Double.NaN : s / w;
    }

    private static double monthMean(double[][] daily, int start, int month, DailyMetric m) {
        int from = start + (int) Math.round((month - 1) * DAYS_PER_MONTH);
        int to = start + (int) Math.round(month * DAYS_PER_MONTH);
        return to > daily.length ? Double.NaN : mean(daily, from, to, m);
    }

    static double[] weeklyMeans(double[][] daily, int start, DailyMetric m) {
        int weeks = (daily.length - start) / 7;
        double[] out = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            out[w] = mean(daily, start + 7 * w, start + 7 * w + 7, m);
        }
        return out;
    }

    private static double[] weeklySums(double[][] daily, int start, DailyMetric m) {
        int weeks = (daily.length - start) / 7;
        double[] out = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            for (int d = 0; d < 7; d++) {
                double v = daily[start + 7 * w + d][m.ordinal()];
                if (!Double.isNaN(v)) {
                    out[w] += v;
                }
            }
        }
        return out;
    }
}
