package org.golivesim.observe;

import static org.golivesim.observe.Metric.Description.amount;
import static org.golivesim.observe.Metric.Description.count;
import static org.golivesim.observe.Metric.Description.hours;
import static org.golivesim.observe.Metric.Description.score;
import static org.golivesim.observe.Metric.Description.share;
import static org.golivesim.observe.Metric.Description.usd;

import java.util.function.ToDoubleBiFunction;
import org.golivesim.scenario.TimeUnits;

/**
 * Every daily metric: its CSV column (snake_case with units) and how it is computed from the day's ledger and the
 * model's state at the day's end. Ratios with a zero denominator are NaN (written as empty cells). The productivity
 * index is set afterwards by {@link DailyRecorder}, relative to the pre-go-live reference period.
 */
public enum DailyMetric implements Metric {
    UNPLANNED_DOWNTIME_HOURS(
            "unplanned_downtime_hours",
            hours("Unplanned downtime", Better.LOWER),
            (l, p) -> l.get(Tally.UNPLANNED_DOWN_HOURS)),
    PLANNED_DOWNTIME_HOURS(
            "planned_downtime_hours",
            hours("Planned downtime", Better.LOWER),
            (l, p) -> l.get(Tally.PLANNED_DOWN_HOURS)),
    PARTIAL_FUNCTION_HOURS(
            "partial_function_hours",
            hours("Hours with part of the system down", Better.LOWER),
            (l, p) -> l.get(Tally.PARTIAL_HOURS)),
    AVAILABILITY(
            "availability",
            new Description("System availability", "fraction of time", Kind.SHARE, Better.HIGHER, 0, 1),
            (l, p) -> 1.0
                    - (l.get(Tally.UNPLANNED_DOWN_HOURS) + l.get(Tally.PLANNED_DOWN_HOURS)) / TimeUnits.HOURS_PER_DAY),
    UNPLANNED_OUTAGES(
            "unplanned_outages",
            count("Unplanned outages", "outages", Better.LOWER),
            (l, p) -> l.get(Tally.UNPLANNED_OUTAGES)),
    RANSOMWARE_DOWNTIME_HOURS(
            "ransomware_downtime_hours",
            hours("Unplanned downtime while a ransomware outage lasts", Better.LOWER),
            (l, p) -> l.get(Tally.RANSOMWARE_DOWN_HOURS)),
    CHANGE_INCIDENTS(
            "change_incidents",
            count("Incidents caused by releases (failed changes)", "incidents", Better.LOWER),
            (l, p) -> l.get(Tally.CHANGE_INCIDENTS)),
    DEFECT_INCIDENTS(
            "defect_incidents",
            count(
                    "Partial-function incidents from application defects (restored by tier 2)",
                    "incidents",
                    Better.LOWER),
            (l, p) -> l.get(Tally.DEFECT_INCIDENTS)),
    DEFERRED_MAINTENANCE_WEEKS(
            "deferred_maintenance_weeks",
            amount("IT operations' deferred maintenance", "weeks of work", Better.LOWER),
            (l, p) -> p.deferredMaintenanceWeeks()),
    TASKS_DEMANDED(
            "tasks_demanded",
            count("Clinical tasks demanded", "tasks", Better.NEITHER),
            (l, p) -> l.get(Tally.TASKS_DEMANDED)),
    TASKS("tasks", count("Clinical tasks done", "tasks", Better.HIGHER), (l, p) -> l.get(Tally.TASKS_COMPLETED)),
    ERRORS("errors", count("Errors", "errors", Better.LOWER), (l, p) -> l.get(Tally.ERRORS)),
    ERRORS_PER_1000_TASKS(
            "errors_per_1000_tasks",
            amount("Errors", "per 1,000 tasks", Better.LOWER),
            (l, p) -> ratio(1000 * l.get(Tally.ERRORS), l.get(Tally.TASKS_COMPLETED))),
    SYSTEM_INDUCED_ERROR_SHARE(
            "system_induced_error_share",
            share("Share of errors induced by the system", Better.LOWER),
            (l, p) -> ratio(l.get(Tally.EXPECTED_SYSTEM_INDUCED_ERRORS), l.get(Tally.EXPECTED_ERRORS))),
    HARM_EVENTS(
            "harm_events", count("Patient-harm events", "events", Better.LOWER), (l, p) -> l.get(Tally.HARM_EVENTS)),
    DELAY_HARM_EVENTS(
            "delay_harm_events",
            count("Patient-harm events from care delayed by downtime", "events", Better.LOWER),
            (l, p) -> l.get(Tally.DELAY_HARM_EVENTS)),
    WORKAROUND_SHARE(
            "workaround_share",
            share("Share of tasks done by workaround", Better.LOWER),
            (l, p) -> ratio(l.get(Tally.WORKAROUND_TASKS), l.get(Tally.TASKS_COMPLETED))),
    WORKAROUND_TASKS(
            "workaround_tasks",
            count("Tasks done by workaround", "tasks", Better.LOWER),
            (l, p) -> l.get(Tally.WORKAROUND_TASKS)),
    SYSTEM_USE_SHARE(
            "system_use_share",
            share("Share of tasks done in the system (not on paper or by workaround)", Better.HIGHER),
            (l, p) -> ratio(l.get(Tally.SYSTEM_TASKS), l.get(Tally.TASKS_COMPLETED))),
    WORKAROUND_ERRORS(
            "workaround_errors",
            count("Errors made in workarounds", "errors", Better.LOWER),
            (l, p) -> l.get(Tally.WORKAROUND_ERRORS)),
    PRODUCTIVITY_INDEX(
            "productivity_index",
            amount("Productivity", "index", Better.HIGHER),
            (l, p) -> ratio(l.get(Tally.TASKS_COMPLETED), l.get(Tally.TASKS_DEMANDED))),
    MINUTES_LOST_PER_SHIFT(
            "minutes_lost_per_shift",
            amount("Minutes lost per clinician shift", "minutes", Better.LOWER),
            (l, p) -> ratio(l.get(Tally.MINUTES_LOST), l.get(Tally.CLINICIAN_SHIFTS))),
    PHYSICIAN_MINUTES_LOST_PER_SHIFT(
            "physician_minutes_lost_per_shift",
            amount("Minutes lost per physician shift", "minutes", Better.LOWER),
            (l, p) -> ratio(l.get(Tally.PHYSICIAN_MINUTES_LOST), l.get(Tally.PHYSICIAN_SHIFTS))),
    ISSUES("issues", count("Issues clinicians ran into", "issues", Better.LOWER), (l, p) -> l.get(Tally.ISSUES)),
    SUPER_USER_ASSISTS(
            "super_user_assists",
            count("Super-user assists", "assists", Better.NEITHER),
            (l, p) -> l.get(Tally.SUPER_USER_ASSISTS)),
    WORKAROUNDS_STARTED(
            "workarounds_started",
            count("Workarounds started", "workarounds", Better.LOWER),
            (l, p) -> l.get(Tally.WORKAROUNDS_STARTED)),
    TICKETS_OPENED(
            "tickets_opened",
            count("Help-desk tickets opened", "tickets", Better.NEITHER),
            (l, p) -> l.get(Tally.TICKETS_OPENED)),
    TICKETS_RESOLVED(
            "tickets_resolved",
            count("Tickets resolved", "tickets", Better.NEITHER),
            (l, p) -> l.get(Tally.TICKETS_RESOLVED)),
    BACKLOG("backlog", count("Open-ticket backlog", "tickets", Better.LOWER), (l, p) -> p.backlog()),
    FIRST_CONTACT_RESOLUTION(
            "first_contact_resolution",
            share("First-contact resolution", Better.HIGHER),
            (l, p) -> ratio(l.get(Tally.FIRST_CONTACT_RESOLVED), l.get(Tally.FIRST_CONTACT_HANDLED))),
    FIRST_RESPONSES(
            "first_responses",
            count("First responses to tickets", "tickets", Better.NEITHER),
            (l, p) -> l.get(Tally.WAIT_COUNT)),
    FIRST_CONTACT_ATTEMPTS(
            "first_contact_attempts",
            count("First-contact attempts", "tickets", Better.NEITHER),
            (l, p) -> l.get(Tally.FIRST_CONTACT_HANDLED)),
    SLA_CHECKS(
            "sla_checks",
            count("Tickets checked against the SLA", "tickets", Better.NEITHER),
            (l, p) -> l.get(Tally.SLA_COUNT)),
    MEAN_WAIT_HOURS(
            "mean_wait_hours",
            hours("Mean ticket wait", Better.LOWER),
            (l, p) -> ratio(l.get(Tally.WAIT_HOURS_SUM), l.get(Tally.WAIT_COUNT))),
    MEAN_RESOLUTION_HOURS(
            "mean_resolution_hours",
            hours("Mean time to resolve a ticket", Better.LOWER),
            (l, p) -> ratio(l.get(Tally.RESOLUTION_HOURS_SUM), l.get(Tally.RESOLUTION_COUNT))),
    SLA_MET_SHARE(
            "sla_met_share",
            share("Share of responses within SLA target", Better.HIGHER),
            (l, p) -> ratio(l.get(Tally.SLA_MET), l.get(Tally.SLA_COUNT))),
    CLOSED_UNRESOLVED(
            "closed_unresolved",
            count("Tickets closed unresolved", "tickets", Better.LOWER),
            (l, p) -> l.get(Tally.CLOSED_UNRESOLVED)),
    VENDOR_CHANGE_REQUESTS(
            "vendor_change_requests",
            count("Workflow changes built by a vendor", "changes", Better.NEITHER),
            (l, p) -> l.get(Tally.VENDOR_CHANGE_REQUESTS)),
    STAFF_UTILIZATION(
            "staff_utilization",
            share("Support staff utilisation", Better.NEITHER),
            (l, p) -> ratio(l.get(Tally.STAFF_BUSY_HOURS), l.get(Tally.STAFF_ON_DUTY_HOURS))),
    STAFF_VACANCIES(
            "staff_vacancies",
            count("Unfilled support positions", "positions", Better.LOWER),
            (l, p) -> p.staffVacancies()),
    PHISHING_EMAILS(
            "phishing_simulation_emails",
            count("Simulated phishing e-mails", "e-mails", Better.NEITHER),
            (l, p) -> l.get(Tally.PHISHING_EMAILS)),
    PHISHING_CLICKS(
            "phishing_clicks",
            count("Clicks on simulated phishing", "clicks", Better.LOWER),
            (l, p) -> l.get(Tally.PHISHING_CLICKS)),
    COMPROMISED_ACCOUNTS(
            "compromised_accounts",
            count("Compromised accounts", "accounts", Better.LOWER),
            (l, p) -> l.get(Tally.COMPROMISES)),
    OPEN_COMPROMISES(
            "undetected_compromises",
            count("Undetected compromised accounts", "accounts", Better.LOWER),
            (l, p) -> p.openCompromises()),
    BREACHES("breaches", count("Security breaches", "breaches", Better.LOWER), (l, p) -> l.get(Tally.BREACHES)),
    HACKING_BREACHES(
            "hacking_breaches",
            count("Hacking breaches", "breaches", Better.LOWER),
            (l, p) -> l.get(Tally.HACKING_BREACHES)),
    VENDOR_BREACHES(
            "vendor_breaches",
            count("Breaches originating at vendors", "breaches", Better.LOWER),
            (l, p) -> l.get(Tally.VENDOR_BREACHES)),
    RANSOMWARE_EVENTS(
            "ransomware_events",
            count("Ransomware events", "events", Better.LOWER),
            (l, p) -> l.get(Tally.RANSOMWARE_EVENTS)),
    RANSOMWARE_OUTAGES(
            "ransomware_outages",
            count("Ransomware attacks that took the HIS down", "outages", Better.LOWER),
            (l, p) -> l.get(Tally.RANSOMWARE_OUTAGES)),
    RECORDS_EXPOSED(
            "records_exposed",
            count("Patient records exposed", "records", Better.LOWER),
            (l, p) -> l.get(Tally.RECORDS_EXPOSED)),
    ACTIVE_DEFECTS(
            "active_defects", count("Known unfixed defects", "defects", Better.LOWER), (l, p) -> p.activeDefects()),
    OPEN_VULNERABILITIES(
            "open_vulnerabilities",
            count("Unpatched vulnerabilities", "vulnerabilities", Better.LOWER),
            (l, p) -> p.openVulnerabilities()),
    PROFICIENCY_MEAN(
            "proficiency_mean", score("Mean clinician proficiency", "score", 0, 1), (l, p) -> p.proficiencyMean()),
    PROFICIENCY_SD(
            "proficiency_sd",
            new Description("Spread of clinician proficiency", "score", Kind.NUMBER, Better.NEITHER, 0, 1),
            (l, p) -> p.proficiencySd()),
    SATISFACTION_MEAN(
            "satisfaction_mean", score("Mean clinician satisfaction", "score", 0, 1), (l, p) -> p.satisfactionMean()),
    NET_PROMOTER_SCORE(
            "net_promoter_score",
            score("Clinician net promoter score", "points", -100, 100),
            (l, p) -> p.netPromoterScore()),
    COST_TRAINING("cost_training_usd", usd("Training cost"), (l, p) -> l.get(Tally.COST_TRAINING)),
    COST_SUPPORT_STAFF("cost_support_staff_usd", usd("Support staff cost"), (l, p) -> l.get(Tally.COST_SUPPORT_STAFF)),
    COST_VENDOR("cost_vendor_usd", usd("Vendor cost"), (l, p) -> l.get(Tally.COST_VENDOR)),
    COST_IN_HOUSE_IT("cost_in_house_it_usd", usd("In-house IT cost"), (l, p) -> l.get(Tally.COST_IN_HOUSE_IT)),
    COST_DEDICATED_TEAM(
            "cost_dedicated_team_usd", usd("Dedicated team cost"), (l, p) -> l.get(Tally.COST_DEDICATED_TEAM)),
    COST_DOWNTIME("cost_downtime_usd", usd("Downtime cost"), (l, p) -> l.get(Tally.COST_DOWNTIME)),
    COST_HARM("cost_harm_usd", usd("Patient-harm cost"), (l, p) -> l.get(Tally.COST_HARM)),
    COST_BREACH("cost_breach_usd", usd("Breach cost"), (l, p) -> l.get(Tally.COST_BREACH)),
    SERVICE_CREDITS(
            "vendor_service_credits_usd",
            new Description(
                    "Service credits from vendors", "USD", Kind.MONEY, Better.NEITHER, 0, Double.POSITIVE_INFINITY),
            (l, p) -> l.get(Tally.SERVICE_CREDITS)),
    COST_TOTAL("cost_total_usd", usd("Total cost"), (l, p) -> cashCost(l) + valuedCost(l)),
    INTRUSIONS_STOPPED(
            "intrusions_stopped",
            count("Intrusions stopped before exfiltration", "intrusions", Better.HIGHER),
            (l, p) -> l.get(Tally.INTRUSIONS_STOPPED)),
    REPORTABLE_BREACHES(
            "reportable_breaches",
            count("HIPAA-reportable breaches (500+ records)", "breaches", Better.LOWER),
            (l, p) -> l.get(Tally.REPORTABLE_BREACHES)),
    LATE_NOTIFICATIONS(
            "late_notifications",
            count("Breaches notified after the 60-day deadline", "breaches", Better.LOWER),
            (l, p) -> l.get(Tally.LATE_NOTIFICATIONS)),
    INAPPROPRIATE_ACCESS(
            "inappropriate_access_incidents",
            count("Inappropriate access by insiders found by audits", "incidents", Better.LOWER),
            (l, p) -> l.get(Tally.INAPPROPRIATE_ACCESS)),
    COMPLIANCE_INCIDENTS(
            "compliance_incidents",
            count("Compliance incidents", "incidents", Better.LOWER),
            (l, p) -> l.get(Tally.COMPLIANCE_INCIDENTS)),
    EXPECTED_BREACHES(
            "expected_breaches",
            amount("Expected breaches given the day's state (conditional Monte Carlo)", "breaches", Better.LOWER),
            (l, p) -> l.get(Tally.EXPECTED_BREACHES)),
    EXPECTED_COMPLIANCE_INCIDENTS(
            "expected_compliance_incidents",
            amount("Expected compliance incidents given the day's state", "incidents", Better.LOWER),
            (l, p) -> l.get(Tally.EXPECTED_COMPLIANCE_INCIDENTS)),
    PATCHES_APPLIED(
            "patches_applied",
            count("Patches applied", "patches", Better.NEITHER),
            (l, p) -> l.get(Tally.PATCHES_APPLIED)),
    MEAN_PATCH_LATENCY_DAYS(
            "mean_patch_latency_days",
            amount("Mean days from disclosure to patch", "days", Better.LOWER),
            (l, p) -> ratio(l.get(Tally.PATCH_LATENCY_DAYS_SUM), l.get(Tally.PATCHES_APPLIED))),
    COST_PENALTIES("cost_compliance_penalties_usd", usd("Compliance penalties"), (l, p) -> l.get(Tally.COST_PENALTIES)),
    COST_CASH("cost_cash_usd", usd("Cash cost (paid by the hospital)"), (l, p) -> cashCost(l)),
    COST_VALUED("cost_valued_usd", usd("Valued cost (downtime, harm, breaches, penalties)"), (l, p) -> valuedCost(l));

    /**
     * What the hospital pays: training, support staff, vendor contracts, in-house IT and the dedicated team. Every
     * cost column is in exactly one of {@link #cashCost} and {@link #valuedCost}; {@code cost_total_usd} is their sum.
     */
    static double cashCost(DayLedger l) {
        return l.get(Tally.COST_TRAINING)
                + l.get(Tally.COST_SUPPORT_STAFF)
                + l.get(Tally.COST_VENDOR)
                + l.get(Tally.COST_IN_HOUSE_IT)
                + l.get(Tally.COST_DEDICATED_TEAM);
    }

    /** What is valued rather than paid out of the IT budget: downtime (lost productivity), harm, breaches, penalties. */
    static double valuedCost(DayLedger l) {
        return l.get(Tally.COST_DOWNTIME)
                + l.get(Tally.COST_HARM)
                + l.get(Tally.COST_BREACH)
                + l.get(Tally.COST_PENALTIES);
    }

    private final String column;
    private final Description description;
    private final ToDoubleBiFunction<DayLedger, StateProbe> compute;

    DailyMetric(String column, Description description, ToDoubleBiFunction<DayLedger, StateProbe> compute) {
        this.column = column;
        this.description = description;
        this.compute = compute;
    }

    @Override
    public String column() {
        return column;
    }

    @Override
    public Description description() {
        return description;
    }

    double compute(DayLedger ledger, StateProbe probe) {
        return compute.applyAsDouble(ledger, probe);
    }

    /** The metric whose column is this name. */
    public static DailyMetric byColumn(String column) {
        for (DailyMetric m : values()) {
            if (m.column.equals(column)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no daily metric named '" + column + "'");
    }

    private static double ratio(double num, double den) {
        return den == 0 ? Double.NaN : num / den;
    }
}
