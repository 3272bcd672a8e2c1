package org.golivesim.output;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.golivesim.observe.DailyMetric;
import org.golivesim.observe.Metric;
import org.golivesim.observe.RunMetric;

/**
 * A metric column as the report shows it: words, unit, desirable direction and physical range from the metric
 * catalogue ({@link DailyMetric}, {@link RunMetric}), and the kind of quantity that decides its number format; the
 * range keeps uncertainty bands inside what the metric can be (no negative downtime, no availability above 100%).
 * Columns the catalogue does not know (results written by another version) get a name derived from the column name
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

    private static final Map<String, MetricInfo> KNOWN = new HashMap<>();

    static {
        // daily first, so that a run summary of the same column (e.g. unplanned_downtime_hours) has the last word
        for (Metric m : DailyMetric.values()) {
            KNOWN.put(m.column(), from(m));
        }
        for (Metric m : RunMetric.values()) {
            KNOWN.put(m.column(), from(m));
        }
    }

    private static MetricInfo from(Metric m) {
        Metric.Description d = m.description();
        Direction direction =
                switch (d.better()) {
                    case LOWER -> Direction.LOWER_IS_BETTER;
                    case HIGHER -> Direction.HIGHER_IS_BETTER;
                    case NEITHER -> Direction.NEUTRAL;
                };
        return new MetricInfo(
                m.column(), d.label(), d.unit(), direction, kindOf(m.column(), d.unit()), d.min(), d.max());
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
