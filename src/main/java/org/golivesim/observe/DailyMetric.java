package org.golivesim.observe;

import java.util.function.ToDoubleBiFunction;

/**
 * Every daily metric: its CSV column (snake_case with units) and how it is computed from the day's ledger and the
 * model's state at the day's end. Ratios with a zero denominator are NaN (written as empty cells). The productivity
 * index is set afterwards by {@link DailyRecorder}, relative to the pre-go-live reference period.
 */
public enum DailyMetric {
    UNPLANNED_DOWNTIME_HOURS("unplanned_downtime_hours", (l, p) -> l.unplannedDownHours),
    PLANNED_DOWNTIME_HOURS("planned_downtime_hours", (l, p) -> l.plannedDownHours),
    PARTIAL_FUNCTION_HOURS("partial_function_hours", (l, p) -> l.partialHours),
    AVAILABILITY("availability", (l, p) -> 1.0 - (l.unplannedDownHours + l.plannedDownHours) / 24.0),
    UNPLANNED_OUTAGES("unplanned_outages", (l, p) -> l.unplannedOutages),
    TASKS_DEMANDED("tasks_demanded", (l, p) -> l.tasksDemanded),
    TASKS("tasks", (l, p) -> l.tasksCompleted),
    ERRORS("errors", (l, p) -> l.errors),
    ERRORS_PER_1000_TASKS("errors_per_1000_tasks", (l, p) -> ratio(1000 * l.errors, l.tasksCompleted)),
    SYSTEM_INDUCED_ERROR_SHARE(
            "system_induced_error_share", (l, p) -> ratio(l.expectedSystemInducedErrors, l.expectedErrors)),
    HARM_EVENTS("harm_events", (l, p) -> l.harmEvents),
    WORKAROUND_SHARE("workaround_share", (l, p) -> ratio(l.workaroundTasks, l.tasksCompleted)),
    WORKAROUND_TASKS("workaround_tasks", (l, p) -> l.workaroundTasks),
    WORKAROUND_ERRORS("workaround_errors", (l, p) -> l.workaroundErrors),
    PRODUCTIVITY_INDEX("productivity_index", (l, p) -> ratio(l.tasksCompleted, l.tasksDemanded)),
    MINUTES_LOST_PER_SHIFT("minutes_lost_per_shift", (l, p) -> ratio(l.minutesLost, l.clinicianShifts)),
    PHYSICIAN_MINUTES_LOST_PER_SHIFT(
            "physician_minutes_lost_per_shift", (l, p) -> ratio(l.physicianMinutesLost, l.physicianShifts)),
    ISSUES("issues", (l, p) -> l.issues),
    SUPER_USER_ASSISTS("super_user_assists", (l, p) -> l.superUserAssists),
    WORKAROUNDS_STARTED("workarounds_started", (l, p) -> l.workaroundsStarted),
    TICKETS_OPENED("tickets_opened", (l, p) -> l.ticketsOpened),
    TICKETS_RESOLVED("tickets_resolved", (l, p) -> l.ticketsResolved),
    BACKLOG("backlog", (l, p) -> p.backlog()),
    FIRST_CONTACT_RESOLUTION(
            "first_contact_resolution", (l, p) -> ratio(l.firstContactResolved, l.firstContactHandled)),
    FIRST_RESPONSES("first_responses", (l, p) -> l.waitCount),
    FIRST_CONTACT_ATTEMPTS("first_contact_attempts", (l, p) -> l.firstContactHandled),
    SLA_CHECKS("sla_checks", (l, p) -> l.slaCount),
    MEAN_WAIT_HOURS("mean_wait_hours", (l, p) -> ratio(l.waitHoursSum, l.waitCount)),
    MEAN_RESOLUTION_HOURS("mean_resolution_hours", (l, p) -> ratio(l.resolutionHoursSum, l.resolutionCount)),
    SLA_MET_SHARE("sla_met_share", (l, p) -> ratio(l.slaMet, l.slaCount)),
    CLOSED_UNRESOLVED("closed_unresolved", (l, p) -> l.closedUnresolved),
    STAFF_UTILIZATION("staff_utilization", (l, p) -> ratio(l.staffBusyHours, l.staffOnDutyHours)),
    STAFF_VACANCIES("staff_vacancies", (l, p) -> p.staffVacancies()),
    PHISHING_EMAILS("phishing_simulation_emails", (l, p) -> l.phishingEmails),
    PHISHING_CLICKS("phishing_clicks", (l, p) -> l.phishingClicks),
    COMPROMISED_ACCOUNTS("compromised_accounts", (l, p) -> l.compromises),
    OPEN_COMPROMISES("undetected_compromises", (l, p) -> p.openCompromises()),
    BREACHES("breaches", (l, p) -> l.breaches),
    HACKING_BREACHES("hacking_breaches", (l, p) -> l.hackingBreaches),
    VENDOR_BREACHES("vendor_breaches", (l, p) -> l.vendorBreaches),
    RANSOMWARE_EVENTS("ransomware_events", (l, p) -> l.ransomwareEvents),
    RECORDS_EXPOSED("records_exposed", (l, p) -> l.recordsExposed),
    ACTIVE_DEFECTS("active_defects", (l, p) -> p.activeDefects()),
    OPEN_VULNERABILITIES("open_vulnerabilities", (l, p) -> p.openVulnerabilities()),
    PROFICIENCY_MEAN("proficiency_mean", (l, p) -> p.proficiencyMean()),
    PROFICIENCY_SD("proficiency_sd", (l, p) -> p.proficiencySd()),
    SATISFACTION_MEAN("satisfaction_mean", (l, p) -> p.satisfactionMean()),
    NET_PROMOTER_SCORE("net_promoter_score", (l, p) -> p.netPromoterScore()),
    COST_TRAINING("cost_training_usd", (l, p) -> l.costTraining),
    COST_SUPPORT_STAFF("cost_support_staff_usd", (l, p) -> l.costSupportStaff),
    COST_VENDOR("cost_vendor_usd", (l, p) -> l.costVendor),
    COST_IN_HOUSE_IT("cost_in_house_it_usd", (l, p) -> l.costInHouseIt),
    COST_DEDICATED_TEAM("cost_dedicated_team_usd", (l, p) -> l.costDedicatedTeam),
    COST_DOWNTIME("cost_downtime_usd", (l, p) -> l.costDowntime),
    COST_HARM("cost_harm_usd", (l, p) -> l.costHarm),
    COST_BREACH("cost_breach_usd", (l, p) -> l.costBreach),
    SERVICE_CREDITS("vendor_service_credits_usd", (l, p) -> l.serviceCredits),
    COST_TOTAL("cost_total_usd", (l, p) -> cashCost(l) + valuedCost(l)),
    INTRUSIONS_STOPPED("intrusions_stopped", (l, p) -> l.intrusionsStopped),
    REPORTABLE_BREACHES("reportable_breaches", (l, p) -> l.reportableBreaches),
    LATE_NOTIFICATIONS("late_notifications", (l, p) -> l.lateNotifications),
    INAPPROPRIATE_ACCESS("inappropriate_access_incidents", (l, p) -> l.inappropriateAccess),
    COMPLIANCE_INCIDENTS("compliance_incidents", (l, p) -> l.complianceIncidents),
    PATCHES_APPLIED("patches_applied", (l, p) -> l.patchesApplied),
    MEAN_PATCH_LATENCY_DAYS("mean_patch_latency_days", (l, p) -> ratio(l.patchLatencyDaysSum, l.patchesApplied)),
    COST_PENALTIES("cost_compliance_penalties_usd", (l, p) -> l.costPenalties),
    COST_CASH("cost_cash_usd", (l, p) -> cashCost(l)),
    COST_VALUED("cost_valued_usd", (l, p) -> valuedCost(l));

    /**
     * What the hospital pays: training, support staff, vendor contracts, in-house IT and the dedicated team. Every
     * cost column is in exactly one of {@link #cashCost} and {@link #valuedCost}; {@code cost_total_usd} is their sum.
     */
    static double cashCost(DayLedger l) {
        return l.costTraining + l.costSupportStaff + l.costVendor + l.costInHouseIt + l.costDedicatedTeam;
    }

    /** What is valued rather than paid out of the IT budget: downtime (lost productivity), harm, breaches, penalties. */
    static double valuedCost(DayLedger l) {
        return l.costDowntime + l.costHarm + l.costBreach + l.costPenalties;
    }

    private final String column;
    private final ToDoubleBiFunction<DayLedger, StateProbe> compute;

    DailyMetric(String column, ToDoubleBiFunction<DayLedger, StateProbe> compute) {
        this.column = column;
        this.compute = compute;
    }

    /** CSV column name. */
    public String column() {
        return column;
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
