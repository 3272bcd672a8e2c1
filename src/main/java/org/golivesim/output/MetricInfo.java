package org.golivesim.output;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metric catalogue of the report: words, unit, desirable direction, kind and physical range of a metric column,
 * for titles, plain-language sentences, number formats and for keeping uncertainty bands inside what the metric can
 * be (no negative downtime, no availability above 100%). Unknown columns get a name derived from the column name
 * and a kind and range from its suffix.
 *
 * @param column column name, e.g. {@code unplanned_downtime_hours}
 * @param name name in words, starting with a capital, e.g. "Unplanned downtime"
 * @param unit unit in words, e.g. "hours"; empty when dimensionless
 * @param direction which way is better
 * @param kind what sort of quantity it is (decides the number format)
 * @param min smallest physically possible value ({@code -Infinity} when unbounded)
 * @param max largest physically possible value ({@code +Infinity} when unbounded)
 */
public record MetricInfo(
        String column, String name, String unit, Direction direction, Kind kind, double min, double max) {

    /** Which way a metric is better. */
    public enum Direction {
        /** Lower values are better (downtime, errors, cost). */
        LOWER_IS_BETTER,
        /** Higher values are better (availability, satisfaction). */
        HIGHER_IS_BETTER,
        /** Neither direction is better in itself (e.g. tickets opened). */
        NEUTRAL
    }

    /** What sort of quantity a metric is; decides how its values read. */
    public enum Kind {
        /** A share between 0 and 1, shown as a percentage (differences in percentage points). */
        SHARE,
        /** A duration in hours, shown in minutes, hours or days, whichever reads best. */
        HOURS,
        /** Money in US dollars, shown as "2.02 M USD". */
        MONEY,
        /** A count of events or items (never negative). */
        COUNT,
        /** Any other number, shown with its unit. */
        NUMBER
    }

    private static final double INF = Double.POSITIVE_INFINITY;
    /** Indices that are ratios of done to demanded work or proficiency scores: never above 1. */
    private static final java.util.Set<String> BOUNDED_BY_ONE = java.util.Set.of(
            "productivity_index",
            "productivity_trough_weeks_1_4",
            "proficiency_mean",
            "proficiency_final",
            "satisfaction_mean",
            "satisfaction_final");

    private static final Map<String, MetricInfo> KNOWN = new HashMap<>();

    static {
        lower("unplanned_downtime_hours", "Unplanned downtime", "hours");
        lower("unplanned_downtime_hours_excl_ransomware", "Unplanned downtime without ransomware", "hours");
        lower("ransomware_downtime_hours", "Downtime from ransomware", "hours");
        lower("planned_downtime_hours", "Planned downtime", "hours");
        lower("partial_function_hours", "Hours with partial function", "hours");
        lower("mean_time_to_restore_hours", "Mean time to restore", "hours");
        higher("availability", "System availability", "fraction of time");
        lower("errors_per_1000_tasks", "Errors", "per 1,000 tasks");
        lower("harm_events", "Patient-harm events", "events");
        lower("workaround_share", "Share of tasks done by workaround", "fraction");
        higher("system_use_share", "Share of work done in the system", "fraction");
        higher("productivity_trough_weeks_1_4", "Productivity trough in weeks 1–4", "index");
        neutral("tickets_opened", "Help-desk tickets opened", "tickets");
        higher("first_contact_resolution_from_month_3", "First-contact resolution from month 3", "fraction");
        higher("sla_met_share", "Tickets within their service level", "fraction");
        lower("mean_wait_hours", "Mean ticket wait", "hours");
        lower("mean_resolution_hours", "Mean ticket resolution time", "hours");
        lower("breaches", "Security breaches", "breaches");
        lower("breaches_per_month", "Security breaches per month", "breaches per month");
        lower("hacking_breaches", "Hacking breaches", "breaches");
        lower("vendor_breaches", "Vendor breaches", "breaches");
        lower("records_exposed", "Patient records exposed", "records");
        lower("ransomware_events", "Ransomware events", "events");
        lower("change_incidents", "Incidents caused by changes", "incidents");
        lower("outages_over_8h_per_year", "Outages over 8 hours per year", "outages per year");
        lower("unplanned_outages_per_year", "Unplanned outages per year", "outages per year");
        lower("compromised_accounts", "Compromised accounts", "accounts");
        higher("net_promoter_score_final", "Clinician net promoter score at the end", "points");
        higher("satisfaction_final", "Clinician satisfaction at the end", "score");
        higher("proficiency_final", "Clinician proficiency at the end", "score");
        lower("cost_total_usd", "Total cost", "USD");
        lower("cost_training_usd", "Training cost", "USD");
        lower("cost_support_staff_usd", "Support staff cost", "USD");
        lower("cost_vendor_usd", "Vendor cost", "USD");
        lower("cost_in_house_it_usd", "In-house IT cost", "USD");
        lower("cost_dedicated_team_usd", "Dedicated team cost", "USD");
        lower("cost_downtime_usd", "Downtime cost", "USD");
        lower("cost_harm_usd", "Patient-harm cost", "USD");
        lower("cost_breach_usd", "Breach cost", "USD");
        neutral("vendor_service_credits_usd", "Service credits from vendors", "USD");
        higher("sla_met_share", "Share of responses within SLA target", "fraction");
        lower("cost_compliance_penalties_usd", "Compliance penalties", "USD");
        lower("cost_cash_usd", "Cash cost (paid by the hospital)", "USD");
        lower("cost_valued_usd", "Valued cost (harm, breaches, downtime, penalties)", "USD");
        lower("compliance_incidents", "Compliance incidents", "incidents");
        lower("reportable_breaches", "HIPAA-reportable breaches (500+ records)", "breaches");
        lower("late_notifications", "Breaches notified late", "breaches");
        lower("vendor_breaches", "Breaches originating at vendors", "breaches");
        higher("intrusions_stopped", "Intrusions stopped before exfiltration", "intrusions");
        lower("mean_patch_latency_days", "Mean patch latency", "days");
        lower("open_vulnerabilities_mean", "Mean open vulnerabilities", "vulnerabilities");
        higher("productivity_index", "Productivity", "index");
        lower("backlog", "Open-ticket backlog", "tickets");
        higher("proficiency_mean", "Mean clinician proficiency", "score");
        higher("satisfaction_mean", "Mean clinician satisfaction", "score");
        higher("net_promoter_score", "Clinician net promoter score", "points");
    }

    private static void lower(String column, String name, String unit) {
        put(column, name, unit, Direction.LOWER_IS_BETTER);
    }

    private static void higher(String column, String name, String unit) {
        put(column, name, unit, Direction.HIGHER_IS_BETTER);
    }

    private static void neutral(String column, String name, String unit) {
        put(column, name, unit, Direction.NEUTRAL);
    }

    private static void put(String column, String name, String unit, Direction direction) {
        Kind kind = kindOf(column, unit);
        double max = kind == Kind.SHARE || BOUNDED_BY_ONE.contains(column) ? 1 : INF;
        double min = column.startsWith("net_promoter_score") ? -100 : 0;
        if (column.startsWith("net_promoter_score")) {
            max = 100;
        }
        KNOWN.put(column, new MetricInfo(column, name, unit, direction, kind, min, max));
    }

    private static Kind kindOf(String column, String unit) {
        if (unit.startsWith("fraction") || column.endsWith("_share")) {
            return Kind.SHARE;
        }
        if (unit.equals("hours") || column.endsWith("_hours")) {
            return Kind.HOURS;
        }
        if (unit.equals("USD") || column.endsWith("_usd")) {
            return Kind.MONEY;
        }
        if (List.of("events", "breaches", "records", "incidents", "tickets", "accounts")
                .contains(unit)) {
            return Kind.COUNT;
        }
        return Kind.NUMBER;
    }

    /**
     * Describes a metric column.
     *
     * @param column column name
     * @return the known description, or one derived from the name (unit from a {@code _hours}, {@code _days},
     *     {@code _usd}, {@code _share} or {@code _weeks} suffix; direction neutral)
     */
    public static MetricInfo of(String column) {
        MetricInfo known = KNOWN.get(column);
        if (known != null) {
            return known;
        }
        String unit = "";
        String base = column;
        for (String[] suffix : new String[][] {
            {"_hours", "hours"}, {"_days", "days"}, {"_usd", "USD"}, {"_share", "fraction"}, {"_weeks", "weeks"}
        }) {
            if (column.endsWith(suffix[0])) {
                unit = suffix[1];
                base = column.substring(0, column.length() - suffix[0].length());
                break;
            }
        }
        String words = base.replace('_', ' ').trim();
        String name = words.isEmpty() ? column : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        Kind kind = kindOf(column, unit);
        boolean nonNegative = kind != Kind.NUMBER || column.endsWith("_days") || column.endsWith("_weeks");
        return new MetricInfo(
                column, name, unit, Direction.NEUTRAL, kind, nonNegative ? 0 : -INF, kind == Kind.SHARE ? 1 : INF);
    }

    /**
     * Returns the name with its unit in parentheses, for axis titles.
     *
     * @return e.g. "Unplanned downtime (hours)"
     */
    public String titleWithUnit() {
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    /**
     * Tells whether the metric is in US dollars.
     *
     * @return true for USD metrics
     */
    public boolean isMoney() {
        return kind == Kind.MONEY;
    }

    /**
     * Clips a value to the metric's physical range, for uncertainty bands (a symmetric interval around a mean near a
     * bound can leave the range; the quantity itself cannot).
     *
     * @param v a value in the metric's unit; NaN stays NaN
     * @return v limited to [min, max]
     */
    public double clip(double v) {
        return Double.isNaN(v) ? v : Math.max(min, Math.min(max, v));
    }
}
