package org.golivesim.output;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Words, unit and desirable direction of a metric column, for titles and plain-language sentences. Unknown
 * columns get a name derived from the column name and a unit from its suffix.
 *
 * @param column column name, e.g. {@code unplanned_downtime_hours}
 * @param name name in words, starting with a capital, e.g. "Unplanned downtime"
 * @param unit unit in words, e.g. "hours"; empty when dimensionless
 * @param direction which way is better
 */
public record MetricInfo(String column, String name, String unit, Direction direction) {

    /** Which way a metric is better. */
    public enum Direction {
        /** Lower values are better (downtime, errors, cost). */
        LOWER_IS_BETTER,
        /** Higher values are better (availability, satisfaction). */
        HIGHER_IS_BETTER,
        /** Neither direction is better in itself (e.g. tickets opened). */
        NEUTRAL
    }

    private static final Map<String, MetricInfo> KNOWN = new HashMap<>();

    static {
        lower("unplanned_downtime_hours", "Unplanned downtime", "hours");
        lower("planned_downtime_hours", "Planned downtime", "hours");
        higher("availability", "System availability", "fraction of time");
        lower("errors_per_1000_tasks", "Errors", "per 1,000 tasks");
        lower("harm_events", "Patient-harm events", "events");
        lower("workaround_share", "Share of tasks done by workaround", "fraction");
        higher("productivity_trough_weeks_1_4", "Productivity trough in weeks 1–4", "index");
        neutral("tickets_opened", "Help-desk tickets opened", "tickets");
        higher("first_contact_resolution_from_month_3", "First-contact resolution from month 3", "fraction");
        lower("mean_wait_hours", "Mean ticket wait", "hours");
        lower("breaches", "Security breaches", "breaches");
        lower("breaches_per_month", "Security breaches per month", "breaches per month");
        lower("records_exposed", "Patient records exposed", "records");
        lower("ransomware_events", "Ransomware events", "events");
        higher("net_promoter_score_final", "Clinician net promoter score at the end", "points");
        higher("satisfaction_final", "Clinician satisfaction at the end", "score");
        higher("proficiency_final", "Clinician proficiency at the end", "score");
        lower("cost_total_usd", "Total cost", "USD");
        lower("cost_training_usd", "Training cost", "USD");
        lower("cost_support_staff_usd", "Support staff cost", "USD");
        lower("cost_vendor_usd", "Vendor cost", "USD");
        lower("cost_dedicated_team_usd", "Dedicated team cost", "USD");
        lower("cost_downtime_usd", "Downtime cost", "USD");
        lower("cost_harm_usd", "Patient-harm cost", "USD");
        lower("cost_breach_usd", "Breach cost", "USD");
        neutral("vendor_service_credits_usd", "Service credits from vendors", "USD");
        higher("sla_met_share", "Share of responses within SLA target", "fraction");
        higher("productivity_index", "Productivity", "index");
        lower("backlog", "Open-ticket backlog", "tickets");
        higher("proficiency_mean", "Mean clinician proficiency", "score");
        higher("satisfaction_mean", "Mean clinician satisfaction", "score");
        higher("net_promoter_score", "Clinician net promoter score", "points");
    }

    private static void lower(String column, String name, String unit) {
        KNOWN.put(column, new MetricInfo(column, name, unit, Direction.LOWER_IS_BETTER));
    }

    private static void higher(String column, String name, String unit) {
        KNOWN.put(column, new MetricInfo(column, name, unit, Direction.HIGHER_IS_BETTER));
    }

    private static void neutral(String column, String name, String unit) {
        KNOWN.put(column, new MetricInfo(column, name, unit, Direction.NEUTRAL));
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
        return new MetricInfo(column, name, unit, Direction.NEUTRAL);
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
        return unit.equals("USD");
    }
}
