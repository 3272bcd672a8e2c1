package org.golivesim.observe;

import static org.golivesim.observe.Metric.Description.amount;
import static org.golivesim.observe.Metric.Description.count;
import static org.golivesim.observe.Metric.Description.hours;
import static org.golivesim.observe.Metric.Description.score;
import static org.golivesim.observe.Metric.Description.share;
import static org.golivesim.observe.Metric.Description.usd;
import static org.golivesim.observe.RunDays.lastOf;
import static org.golivesim.observe.RunDays.meanOf;
import static org.golivesim.observe.RunDays.ratioOfSums;
import static org.golivesim.observe.RunDays.rule;
import static org.golivesim.observe.RunDays.sumOf;

import java.util.List;
import org.golivesim.scenario.TimeUnits;

/**
 * Every per-run summary metric: its {@code runs.csv} column, what it means, and how the run's post-go-live days
 * aggregate into it. Most are a sum, a weighted ratio of sums, a mean of a state or the last day's value of a
 * {@link DailyMetric}; the calibration targets' special measures (first-month incidents, ticket half-life, campaign
 * click rates…) say their rule in their own method. Declaration order is the column order of {@code runs.csv}.
 */
public enum RunMetric implements Metric {
    DAYS_AFTER_GO_LIVE(
            "days_after_go_live",
            amount("Days after go-live", "days", Better.NEITHER),
            rule("days simulated from go-live to the horizon", r -> r.days())),
    UNPLANNED_DOWNTIME_HOURS(
            "unplanned_downtime_hours",
            hours("Unplanned downtime", Better.LOWER),
            sumOf(DailyMetric.UNPLANNED_DOWNTIME_HOURS)),
    UNPLANNED_DOWNTIME_HOURS_EXCL_RANSOMWARE(
            "unplanned_downtime_hours_excl_ransomware",
            hours("Unplanned downtime without ransomware", Better.LOWER),
            rule(
                    "sum of daily `unplanned_downtime_hours` − sum of daily `ransomware_downtime_hours`",
                    r -> r.sum(DailyMetric.UNPLANNED_DOWNTIME_HOURS) - r.sum(DailyMetric.RANSOMWARE_DOWNTIME_HOURS))),
    PLANNED_DOWNTIME_HOURS(
            "planned_downtime_hours",
            hours("Planned downtime", Better.LOWER),
            sumOf(DailyMetric.PLANNED_DOWNTIME_HOURS)),
    PARTIAL_FUNCTION_HOURS(
            "partial_function_hours",
            hours("Hours with part of the system down", Better.LOWER),
            sumOf(DailyMetric.PARTIAL_FUNCTION_HOURS)),
    AVAILABILITY(
            "availability",
            new Description("System availability", "fraction of time", Kind.SHARE, Better.HIGHER, 0, 1),
            rule("1 − (unplanned + planned downtime) ÷ hours after go-live", RunMetric::availability)),
    PARTIAL_INCIDENTS_MONTH_1(
            "partial_incidents_month_1",
            count("Partial-function incidents in month 1", "incidents", Better.LOWER),
            rule(
                    "partial-function incidents that began in the first month after go-live",
                    r -> firstMonthPartialIncidents(r).size())),
    PARTIAL_INCIDENT_MEAN_HOURS_MONTH_1(
            "partial_incident_mean_hours_month_1",
            hours("Mean length of a partial-function incident in month 1", Better.LOWER),
            rule("mean length of those incidents", RunMetric::firstMonthPartialIncidentMeanHours)),
    UNPLANNED_OUTAGES_PER_YEAR(
            "unplanned_outages_per_year",
            amount("Unplanned outages", "per year", Better.LOWER),
            rule(
                    "full unplanned outages after go-live ÷ years simulated",
                    r -> perYear(r, outagesLongerThan(r, Double.NEGATIVE_INFINITY)))),
    OUTAGES_OVER_8H_PER_YEAR(
            "outages_over_8h_per_year",
            amount("Outages longer than 8 hours", "per year", Better.LOWER),
            rule(
                    "full unplanned outages longer than 8 hours ÷ years simulated",
                    r -> perYear(r, outagesLongerThan(r, 8.0)))),
    MEAN_TIME_TO_RESTORE_HOURS(
            "mean_time_to_restore_hours",
            hours("Mean time to restore", Better.LOWER),
            rule(
                    "mean hours from start to restore of full outages and partial incidents that began after go-live"
                            + " (ransomware excluded)",
                    RunMetric::meanTimeToRestoreHours)),
    CHANGE_INCIDENTS(
            "change_incidents",
            count("Incidents caused by releases (failed changes)", "incidents", Better.LOWER),
            sumOf(DailyMetric.CHANGE_INCIDENTS)),
    DEFECT_INCIDENTS(
            "defect_incidents",
            count(
                    "Partial-function incidents from application defects (restored by tier 2)",
                    "incidents",
                    Better.LOWER),
            sumOf(DailyMetric.DEFECT_INCIDENTS)),
    DEFERRED_MAINTENANCE_WEEKS_FINAL(
            "deferred_maintenance_weeks_final",
            amount("IT operations' deferred maintenance at the end", "weeks of work", Better.LOWER),
            lastOf(DailyMetric.DEFERRED_MAINTENANCE_WEEKS)),
    TASKS("tasks", count("Clinical tasks done", "tasks", Better.HIGHER), sumOf(DailyMetric.TASKS)),
    ERRORS_PER_1000_TASKS(
            "errors_per_1000_tasks",
            amount("Errors", "per 1,000 tasks", Better.LOWER),
            rule("1,000 × sum of daily `errors` ÷ sum of daily `tasks`", RunMetric::errorsPer1000Tasks)),
    REFERENCE_ERRORS_PER_1000_TASKS(
            "reference_errors_per_1000_tasks",
            amount("Errors before go-live", "per 1,000 tasks", Better.LOWER),
            rule("the same rate over the pre-go-live reference period", RunMetric::referenceErrorsPer1000Tasks)),
    HARM_EVENTS("harm_events", count("Patient-harm events", "events", Better.LOWER), sumOf(DailyMetric.HARM_EVENTS)),
    DELAY_HARM_EVENTS(
            "delay_harm_events",
            count("Patient-harm events from care delayed by downtime", "events", Better.LOWER),
            sumOf(DailyMetric.DELAY_HARM_EVENTS)),
    WORKAROUND_ERROR_ODDS_RATIO(
            "workaround_error_odds_ratio",
            amount("Odds ratio of an error under a workaround", "ratio", Better.LOWER),
            rule(
                    "odds of an error in a workaround task ÷ odds of an error otherwise",
                    RunMetric::workaroundErrorOddsRatio)),
    WORKAROUND_SHARE(
            "workaround_share",
            share("Share of tasks done by workaround", Better.LOWER),
            ratioOfSums(DailyMetric.WORKAROUND_SHARE, DailyMetric.TASKS)),
    SYSTEM_USE_SHARE(
            "system_use_share",
            share("Share of tasks done in the system (not on paper or by workaround)", Better.HIGHER),
            ratioOfSums(DailyMetric.SYSTEM_USE_SHARE, DailyMetric.TASKS)),
    SYSTEM_INDUCED_ERROR_SHARE_LAST_QUARTER(
            "system_induced_error_share_last_quarter",
            share("Share of errors induced by the system in the last quarter", Better.LOWER),
            rule(
                    "daily `system_induced_error_share` over the last 91 days, weighted by `errors`",
                    r -> r.ratioOfSums(
                            lastDays(r, 91), r.length(), DailyMetric.SYSTEM_INDUCED_ERROR_SHARE, DailyMetric.ERRORS))),
    PRODUCTIVITY_TROUGH_WEEKS_1_4(
            "productivity_trough_weeks_1_4",
            amount("Productivity trough in weeks 1–4", "index", Better.HIGHER),
            rule(
                    "lowest weekly mean of daily `productivity_index` in weeks 1–4",
                    RunMetric::productivityTroughWeeks1To4)),
    PROFICIENCY_WEEK_1(
            "proficiency_week_1",
            score("Mean clinician proficiency in week 1", "score", 0, 1),
            rule(
                    "mean of daily `proficiency_mean` in week 1",
                    r -> r.mean(r.start(), r.start() + 7, DailyMetric.PROFICIENCY_MEAN))),
    PRODUCTIVITY_MONTH_3(
            "productivity_month_3",
            amount("Productivity in month 3", "index", Better.HIGHER),
            rule("mean of daily `productivity_index` in month 3", r -> r.monthMean(3, DailyMetric.PRODUCTIVITY_INDEX))),
    PRODUCTIVITY_MONTH_4(
            "productivity_month_4",
            amount("Productivity in month 4", "index", Better.HIGHER),
            rule("mean of daily `productivity_index` in month 4", r -> r.monthMean(4, DailyMetric.PRODUCTIVITY_INDEX))),
    PRODUCTIVITY_MONTH_5(
            "productivity_month_5",
            amount("Productivity in month 5", "index", Better.HIGHER),
            rule("mean of daily `productivity_index` in month 5", r -> r.monthMean(5, DailyMetric.PRODUCTIVITY_INDEX))),
    WEEKS_TO_PRODUCTIVITY_95(
            "weeks_to_productivity_95",
            amount("Weeks until productivity is back to 95%", "weeks", Better.LOWER),
            rule("first week whose mean `productivity_index` is at least 0.95", RunMetric::weeksToProductivity95)),
    TICKETS_OPENED(
            "tickets_opened",
            count("Help-desk tickets opened", "tickets", Better.NEITHER),
            sumOf(DailyMetric.TICKETS_OPENED)),
    TICKET_PEAK_WEEK(
            "ticket_peak_week",
            amount("Week of the ticket peak", "week", Better.NEITHER),
            rule("week with the most tickets opened", RunMetric::ticketPeakWeek)),
    TICKET_HALF_LIFE_WEEKS(
            "ticket_half_life_weeks",
            amount("Weeks for tickets to halve after their peak", "weeks", Better.LOWER),
            rule(
                    "weeks from the peak until weekly tickets fall to half of it (interpolated)",
                    RunMetric::ticketHalfLifeWeeks)),
    WEEK_1_TICKETS_RESOLVED_BY_DAY_5_SHARE(
            "week_1_tickets_resolved_by_day_5_share",
            share("Share of week-1 tickets resolved by day 5", Better.HIGHER),
            rule(
                    "tickets opened in week 1 and resolved by day 5 ÷ tickets opened in week 1",
                    r -> r.weekOne().opened() > 0
                            ? r.weekOne().resolvedByDay5() / r.weekOne().opened()
                            : Double.NaN)),
    FIRST_CONTACT_RESOLUTION_FROM_MONTH_3(
            "first_contact_resolution_from_month_3",
            share("First-contact resolution from month 3", Better.HIGHER),
            rule(
                    "daily `first_contact_resolution` from month 3 on, weighted by `first_contact_attempts`",
                    r -> r.ratioOfSums(
                            r.start() + (int) Math.round(2 * RunDays.DAYS_PER_MONTH),
                            r.length(),
                            DailyMetric.FIRST_CONTACT_RESOLUTION,
                            DailyMetric.FIRST_CONTACT_ATTEMPTS))),
    MEAN_WAIT_HOURS(
            "mean_wait_hours",
            hours("Mean ticket wait", Better.LOWER),
            ratioOfSums(DailyMetric.MEAN_WAIT_HOURS, DailyMetric.FIRST_RESPONSES)),
    MEAN_RESOLUTION_HOURS(
            "mean_resolution_hours",
            hours("Mean time to resolve a ticket", Better.LOWER),
            ratioOfSums(DailyMetric.MEAN_RESOLUTION_HOURS, DailyMetric.TICKETS_RESOLVED)),
    SLA_MET_SHARE(
            "sla_met_share",
            share("Share of responses within SLA target", Better.HIGHER),
            ratioOfSums(DailyMetric.SLA_MET_SHARE, DailyMetric.SLA_CHECKS)),
    CLOSED_UNRESOLVED_SHARE(
            "closed_unresolved_share",
            share("Share of tickets closed unresolved", Better.LOWER),
            rule("tickets closed unresolved ÷ (resolved + closed unresolved)", RunMetric::closedUnresolvedShare)),
    VENDOR_CHANGE_REQUESTS(
            "vendor_change_requests",
            count("Workflow changes built by a vendor", "changes", Better.NEITHER),
            sumOf(DailyMetric.VENDOR_CHANGE_REQUESTS)),
    STAFF_VACANCIES_MEAN(
            "staff_vacancies_mean",
            amount("Mean unfilled support positions", "positions", Better.LOWER),
            meanOf(DailyMetric.STAFF_VACANCIES)),
    STAFF_UTILIZATION_MEAN(
            "staff_utilization_mean",
            share("Mean support staff utilisation", Better.NEITHER),
            meanOf(DailyMetric.STAFF_UTILIZATION)),
    PHISHING_CLICK_RATE_CAMPAIGNS_1_5(
            "phishing_click_rate_campaigns_1_5",
            share("Click rate in simulated phishing campaigns 1–5", Better.LOWER),
            rule("mean click rate of simulated campaigns 1–5", r -> campaignClickRate(r, 0, 5))),
    PHISHING_CLICK_RATE_CAMPAIGNS_6_10(
            "phishing_click_rate_campaigns_6_10",
            share("Click rate in simulated phishing campaigns 6–10", Better.LOWER),
            rule("mean click rate of simulated campaigns 6–10", r -> campaignClickRate(r, 5, 10))),
    PHISHING_CLICK_RATE_CAMPAIGNS_OVER_10(
            "phishing_click_rate_campaigns_over_10",
            share("Click rate in simulated phishing campaigns after the 10th", Better.LOWER),
            rule(
                    "mean click rate of simulated campaigns after the 10th",
                    r -> campaignClickRate(r, 10, Integer.MAX_VALUE))),
    COMPROMISED_ACCOUNTS(
            "compromised_accounts",
            count("Compromised accounts", "accounts", Better.LOWER),
            sumOf(DailyMetric.COMPROMISED_ACCOUNTS)),
    BREACHES("breaches", count("Security breaches", "breaches", Better.LOWER), sumOf(DailyMetric.BREACHES)),
    BREACHES_PER_MONTH(
            "breaches_per_month",
            amount("Security breaches per month", "breaches per month", Better.LOWER),
            rule(
                    "sum of daily `breaches` ÷ months simulated",
                    r -> r.months() > 0 ? r.sum(DailyMetric.BREACHES) / r.months() : Double.NaN)),
    HACKING_BREACHES(
            "hacking_breaches",
            count("Hacking breaches", "breaches", Better.LOWER),
            sumOf(DailyMetric.HACKING_BREACHES)),
    VENDOR_BREACHES(
            "vendor_breaches",
            count("Breaches originating at vendors", "breaches", Better.LOWER),
            sumOf(DailyMetric.VENDOR_BREACHES)),
    RANSOMWARE_EVENTS(
            "ransomware_events",
            count("Ransomware events", "events", Better.LOWER),
            sumOf(DailyMetric.RANSOMWARE_EVENTS)),
    RANSOMWARE_OUTAGES(
            "ransomware_outages",
            count("Ransomware attacks that took the HIS down", "outages", Better.LOWER),
            sumOf(DailyMetric.RANSOMWARE_OUTAGES)),
    RANSOMWARE_DOWNTIME_HOURS(
            "ransomware_downtime_hours",
            hours("Downtime from ransomware", Better.LOWER),
            sumOf(DailyMetric.RANSOMWARE_DOWNTIME_HOURS)),
    RECORDS_EXPOSED(
            "records_exposed",
            count("Patient records exposed", "records", Better.LOWER),
            sumOf(DailyMetric.RECORDS_EXPOSED)),
    INTRUSIONS_STOPPED(
            "intrusions_stopped",
            count("Intrusions stopped before exfiltration", "intrusions", Better.HIGHER),
            sumOf(DailyMetric.INTRUSIONS_STOPPED)),
    REPORTABLE_BREACHES(
            "reportable_breaches",
            count("HIPAA-reportable breaches (500+ records)", "breaches", Better.LOWER),
            sumOf(DailyMetric.REPORTABLE_BREACHES)),
    LATE_NOTIFICATIONS(
            "late_notifications",
            count("Breaches notified after the 60-day deadline", "breaches", Better.LOWER),
            sumOf(DailyMetric.LATE_NOTIFICATIONS)),
    INAPPROPRIATE_ACCESS_INCIDENTS(
            "inappropriate_access_incidents",
            count("Inappropriate access by insiders found by audits", "incidents", Better.LOWER),
            sumOf(DailyMetric.INAPPROPRIATE_ACCESS)),
    COMPLIANCE_INCIDENTS(
            "compliance_incidents",
            count("Compliance incidents", "incidents", Better.LOWER),
            sumOf(DailyMetric.COMPLIANCE_INCIDENTS)),
    EXPECTED_BREACHES(
            "expected_breaches",
            amount("Expected breaches given the run's state (conditional Monte Carlo)", "breaches", Better.LOWER),
            rule(
                    "sum over the run of each breach cause's probability to become a breach observed after go-live"
                            + " and before the horizon, computed from the model's state when the cause arose:"
                            + " vendor and insider breach rates; for each phishing target, click x capture x"
                            + " exfiltration attempt x P(exfiltration before detection) (0 for an account already"
                            + " compromised); for each open vulnerability, its chance to be exploited that day given"
                            + " its age and patch state x P(exfiltration before detection). Same expectation as"
                            + " `breaches`, far less variance; causes before go-live count on the first day after it",
                    r -> r.sum(DailyMetric.EXPECTED_BREACHES))),
    EXPECTED_COMPLIANCE_INCIDENTS(
            "expected_compliance_incidents",
            amount("Expected compliance incidents given the run's state", "incidents", Better.LOWER),
            rule(
                    "sum over the run of the expected breaches of each cause x P(500+ records within its scope)"
                            + " x (1 + the late-notification share of who runs compliance), plus the rate of"
                            + " inappropriate access found by audits: same expectation as `compliance_incidents`",
                    r -> r.sum(DailyMetric.EXPECTED_COMPLIANCE_INCIDENTS))),
    MEAN_PATCH_LATENCY_DAYS(
            "mean_patch_latency_days",
            amount("Mean days from disclosure to patch", "days", Better.LOWER),
            ratioOfSums(DailyMetric.MEAN_PATCH_LATENCY_DAYS, DailyMetric.PATCHES_APPLIED)),
    OPEN_VULNERABILITIES_MEAN(
            "open_vulnerabilities_mean",
            amount("Mean open (unpatched) vulnerabilities", "vulnerabilities", Better.LOWER),
            meanOf(DailyMetric.OPEN_VULNERABILITIES)),
    MEAN_BREACH_DWELL_DAYS(
            "mean_breach_dwell_days",
            amount("Mean days from compromise to containment of a breach", "days", Better.LOWER),
            rule("mean days from compromise to containment over the run's breaches", RunMetric::meanBreachDwellDays)),
    PHYSICIAN_MINUTES_LOST_PER_SHIFT_LAST_MONTH(
            "physician_minutes_lost_per_shift_last_month",
            amount("Minutes lost per physician shift in the last month", "minutes", Better.LOWER),
            rule(
                    "mean of daily `physician_minutes_lost_per_shift` over the last month",
                    r -> r.mean(
                            lastDays(r, (int) Math.round(RunDays.DAYS_PER_MONTH)),
                            r.length(),
                            DailyMetric.PHYSICIAN_MINUTES_LOST_PER_SHIFT))),
    PROFICIENCY_FINAL(
            "proficiency_final",
            score("Clinician proficiency at the end", "score", 0, 1),
            lastOf(DailyMetric.PROFICIENCY_MEAN)),
    SATISFACTION_FINAL(
            "satisfaction_final",
            score("Clinician satisfaction at the end", "score", 0, 1),
            lastOf(DailyMetric.SATISFACTION_MEAN)),
    NET_PROMOTER_SCORE_FINAL(
            "net_promoter_score_final",
            score("Clinician net promoter score at the end", "points", -100, 100),
            lastOf(DailyMetric.NET_PROMOTER_SCORE)),
    COST_TRAINING_USD("cost_training_usd", usd("Training cost"), sumOf(DailyMetric.COST_TRAINING)),
    COST_SUPPORT_STAFF_USD("cost_support_staff_usd", usd("Support staff cost"), sumOf(DailyMetric.COST_SUPPORT_STAFF)),
    COST_VENDOR_USD("cost_vendor_usd", usd("Vendor cost"), sumOf(DailyMetric.COST_VENDOR)),
    COST_IN_HOUSE_IT_USD("cost_in_house_it_usd", usd("In-house IT cost"), sumOf(DailyMetric.COST_IN_HOUSE_IT)),
    COST_DEDICATED_TEAM_USD(
            "cost_dedicated_team_usd", usd("Dedicated team cost"), sumOf(DailyMetric.COST_DEDICATED_TEAM)),
    COST_DOWNTIME_USD("cost_downtime_usd", usd("Downtime cost"), sumOf(DailyMetric.COST_DOWNTIME)),
    COST_HARM_USD("cost_harm_usd", usd("Patient-harm cost"), sumOf(DailyMetric.COST_HARM)),
    COST_BREACH_USD("cost_breach_usd", usd("Breach cost"), sumOf(DailyMetric.COST_BREACH)),
    COST_TOTAL_USD("cost_total_usd", usd("Total cost"), sumOf(DailyMetric.COST_TOTAL)),
    VENDOR_SERVICE_CREDITS_USD(
            "vendor_service_credits_usd",
            new Description(
                    "Service credits from vendors", "USD", Kind.MONEY, Better.NEITHER, 0, Double.POSITIVE_INFINITY),
            sumOf(DailyMetric.SERVICE_CREDITS)),
    COST_COMPLIANCE_PENALTIES_USD(
            "cost_compliance_penalties_usd", usd("Compliance penalties"), sumOf(DailyMetric.COST_PENALTIES)),
    COST_CASH_USD("cost_cash_usd", usd("Cash cost (paid by the hospital)"), sumOf(DailyMetric.COST_CASH)),
    COST_VALUED_USD(
            "cost_valued_usd",
            usd("Valued cost (downtime, harm, breaches, penalties)"),
            sumOf(DailyMetric.COST_VALUED));

    private final String column;
    private final Description description;
    private final RunDays.Rule rule;

    RunMetric(String column, Description description, RunDays.Rule rule) {
        this.column = column;
        this.description = description;
        this.rule = rule;
    }

    @Override
    public String column() {
        return column;
    }

    @Override
    public Description description() {
        return description;
    }

    /**
     * How the run's days aggregate into this summary.
     *
     * @return the rule in words, e.g. "sum of daily `errors`"
     */
    public String aggregation() {
        return rule.text();
    }

    double compute(RunDays run) {
        return rule.compute().applyAsDouble(run);
    }

    private static double availability(RunDays r) {
        double down = r.sum(DailyMetric.UNPLANNED_DOWNTIME_HOURS) + r.sum(DailyMetric.PLANNED_DOWNTIME_HOURS);
        return r.days() > 0 ? 1.0 - down / (TimeUnits.HOURS_PER_DAY * r.days()) : Double.NaN;
    }

    /** Partial-function incidents that began in the first month after go-live, as {start hour, hours}. */
    private static List<double[]> firstMonthPartialIncidents(RunDays r) {
        double from = r.start() * TimeUnits.HOURS_PER_DAY;
        double to = (r.start() + RunDays.DAYS_PER_MONTH) * TimeUnits.HOURS_PER_DAY;
        return r.log().partialIncidents.stream()
                .filter(o -> o[0] >= from && o[0] < to)
                .toList();
    }

    private static double firstMonthPartialIncidentMeanHours(RunDays r) {
        List<double[]> early = firstMonthPartialIncidents(r);
        return early.isEmpty()
                ? Double.NaN
                : early.stream().mapToDouble(o -> o[1]).average().orElse(0);
    }

    private static long outagesLongerThan(RunDays r, double hours) {
        return r.log().unplannedOutages.stream()
                .filter(o -> o[0] >= r.start() * TimeUnits.HOURS_PER_DAY && o[1] > hours)
                .count();
    }

    private static double meanTimeToRestoreHours(RunDays r) {
        return r.log().restores.stream()
                .filter(o -> o[0] >= r.start() * TimeUnits.HOURS_PER_DAY)
                .mapToDouble(o -> o[1])
                .average()
                .orElse(Double.NaN);
    }

    private static double perYear(RunDays r, long events) {
        return r.years() > 0 ? events / r.years() : Double.NaN;
    }

    private static double errorsPer1000Tasks(RunDays r) {
        double tasks = r.sum(DailyMetric.TASKS);
        return tasks > 0 ? 1000 * r.sum(DailyMetric.ERRORS) / tasks : Double.NaN;
    }

    /** The error rate of the pre-go-live reference period (the legacy system). */
    private static double referenceErrorsPer1000Tasks(RunDays r) {
        double tasks = 0;
        double errors = 0;
        for (int i = 0; i < r.start() && i < r.length(); i++) {
            tasks += r.value(i, DailyMetric.TASKS);
            errors += r.value(i, DailyMetric.ERRORS);
        }
        return tasks > 0 ? 1000 * errors / tasks : Double.NaN;
    }

    /** Odds of error under a workaround over odds without, from the run's post-go-live tasks and errors. */
    private static double workaroundErrorOddsRatio(RunDays r) {
        double wt = r.sum(DailyMetric.WORKAROUND_TASKS);
        double we = r.sum(DailyMetric.WORKAROUND_ERRORS);
        double tasks = 0;
        double errors = 0;
        for (int i = r.start(); i < r.length(); i++) {
            tasks += r.value(i, DailyMetric.TASKS);
            errors += r.value(i, DailyMetric.ERRORS) - r.value(i, DailyMetric.WORKAROUND_ERRORS);
        }
        tasks -= wt;
        if (wt <= we || tasks <= errors || we == 0 || errors == 0) {
            return Double.NaN;
        }
        return (we / (wt - we)) / (errors / (tasks - errors));
    }

    /** First row of the run's last {@code days} days, never before go-live. */
    private static int lastDays(RunDays r, int days) {
        return Math.max(r.start(), r.length() - days);
    }

    private static double productivityTroughWeeks1To4(RunDays r) {
        double[] weekly = r.weeklyMeans(DailyMetric.PRODUCTIVITY_INDEX);
        double trough = Double.NaN;
        for (int w = 0; w < Math.min(4, weekly.length); w++) {
            trough = Double.isNaN(trough) ? weekly[w] : Math.min(trough, weekly[w]);
        }
        return trough;
    }

    /** The first week (1-based) whose mean productivity is back to 95% of the reference period's. */
    private static double weeksToProductivity95(RunDays r) {
        double[] weekly = r.weeklyMeans(DailyMetric.PRODUCTIVITY_INDEX);
        for (int w = 0; w < weekly.length; w++) {
            if (weekly[w] >= 0.95) {
                return w + 1;
            }
        }
        return Double.NaN;
    }

    private static int peakWeekIndex(double[] weekly) {
        int peak = 0;
        for (int w = 1; w < weekly.length; w++) {
            if (weekly[w] > weekly[peak]) {
                peak = w;
            }
        }
        return peak;
    }

    private static double ticketPeakWeek(RunDays r) {
        double[] weekly = r.weeklySums(DailyMetric.TICKETS_OPENED);
        return weekly.length == 0 ? Double.NaN : peakWeekIndex(weekly) + 1.0;
    }

    /** Weeks from the ticket peak until weekly tickets first fall to half of it, interpolated within the week. */
    private static double ticketHalfLifeWeeks(RunDays r) {
        double[] weekly = r.weeklySums(DailyMetric.TICKETS_OPENED);
        if (weekly.length == 0) {
            return Double.NaN;
        }
        int peak = peakWeekIndex(weekly);
        if (weekly[peak] == 0) {
            return Double.NaN;
        }
        for (int w = peak + 1; w < weekly.length; w++) {
            if (weekly[w] <= weekly[peak] / 2) {
                double above = weekly[w - 1];
                double frac = (above - weekly[peak] / 2) / Math.max(above - weekly[w], 1e-12);
                return (w - 1 - peak) + frac;
            }
        }
        return Double.NaN;
    }

    private static double closedUnresolvedShare(RunDays r) {
        double closedUnresolved = r.sum(DailyMetric.CLOSED_UNRESOLVED);
        double resolved = r.sum(DailyMetric.TICKETS_RESOLVED);
        return resolved + closedUnresolved > 0 ? closedUnresolved / (resolved + closedUnresolved) : Double.NaN;
    }

    private static double campaignClickRate(RunDays r, int from, int to) {
        List<double[]> campaigns = r.log().simulatedCampaigns;
        double sum = 0;
        int n = 0;
        for (int i = from; i < Math.min(to, campaigns.size()); i++) {
            sum += campaigns.get(i)[1];
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double meanBreachDwellDays(RunDays r) {
        return r.log().breachDwellDays.isEmpty()
                ? Double.NaN
                : r.log().breachDwellDays.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElse(Double.NaN);
    }
}
