package org.golivesim.observe;

/**
 * The counters of a simulated day: what the model's mechanisms count as it happens (hours down, tasks, errors,
 * tickets, security events, costs in USD). Each mechanism adds to its counters through {@link DayLedger#add}; the
 * metric catalogue ({@link DailyMetric}) reads them at the day's end. A new daily quantity is one constant here, the
 * {@code add} in the mechanism that produces it, and its {@link DailyMetric} declaration.
 */
public enum Tally {
    // Downtime (hours)
    UNPLANNED_DOWN_HOURS,
    PLANNED_DOWN_HOURS,
    PARTIAL_HOURS,
    RANSOMWARE_DOWN_HOURS,
    CHANGE_INCIDENTS,
    DEFECT_INCIDENTS,
    // Work and errors
    TASKS_DEMANDED,
    TASKS_COMPLETED,
    WORKAROUND_TASKS,
    /** Tasks done in the HIS as designed: neither on paper nor under a workaround. */
    SYSTEM_TASKS,
    WORKAROUND_ERRORS,
    ERRORS,
    EXPECTED_ERRORS,
    EXPECTED_SYSTEM_INDUCED_ERRORS,
    /** Every harm event: from errors and from delays in care. */
    HARM_EVENTS,
    /** Harm events from care delayed by downtime (also counted in {@link #HARM_EVENTS}). */
    DELAY_HARM_EVENTS,
    MINUTES_LOST,
    CLINICIAN_SHIFTS,
    PHYSICIAN_MINUTES_LOST,
    PHYSICIAN_SHIFTS,
    // Issues and support
    ISSUES,
    SUPER_USER_ASSISTS,
    WORKAROUNDS_STARTED,
    TICKETS_OPENED,
    TICKETS_RESOLVED,
    CLOSED_UNRESOLVED,
    FIRST_CONTACT_HANDLED,
    FIRST_CONTACT_RESOLVED,
    WAIT_HOURS_SUM,
    WAIT_COUNT,
    RESOLUTION_HOURS_SUM,
    RESOLUTION_COUNT,
    SLA_MET,
    SLA_COUNT,
    STAFF_BUSY_HOURS,
    STAFF_ON_DUTY_HOURS,
    VENDOR_CHANGE_REQUESTS,
    // Security
    PHISHING_EMAILS,
    PHISHING_CLICKS,
    COMPROMISES,
    BREACHES,
    HACKING_BREACHES,
    VENDOR_BREACHES,
    RANSOMWARE_EVENTS,
    RANSOMWARE_OUTAGES,
    RECORDS_EXPOSED,
    UNPLANNED_OUTAGES,
    INTRUSIONS_STOPPED,
    REPORTABLE_BREACHES,
    LATE_NOTIFICATIONS,
    INAPPROPRIATE_ACCESS,
    COMPLIANCE_INCIDENTS,
    /** Expected breaches of the causes that arose today, given the run's state (conditional Monte Carlo). */
    EXPECTED_BREACHES,
    /** Expected compliance incidents of the causes that arose today, given the run's state. */
    EXPECTED_COMPLIANCE_INCIDENTS,
    PATCHES_APPLIED,
    PATCH_LATENCY_DAYS_SUM,
    // Costs (USD)
    COST_TRAINING,
    COST_SUPPORT_STAFF,
    COST_VENDOR,
    COST_IN_HOUSE_IT,
    COST_DEDICATED_TEAM,
    COST_DOWNTIME,
    COST_HARM,
    COST_BREACH,
    /** Service credits vendors paid back (already deducted from the cost columns their fees are booked in). */
    SERVICE_CREDITS,
    COST_PENALTIES;
}
