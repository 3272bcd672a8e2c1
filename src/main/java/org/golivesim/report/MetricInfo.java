package org.golivesim.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.golivesim.observe.DailyMetric;
import org.golivesim.observe.Metric;
import org.golivesim.observe.Metric.Better;
import org.golivesim.observe.Metric.Kind;
import org.golivesim.observe.RunMetric;

/**
 * A metric column as the report shows it: words, unit, kind of quantity (which decides its number format),
 * desirable direction and physical range, all from the metric catalogue ({@link DailyMetric}, {@link RunMetric}); the
 * range keeps uncertainty bands inside what the metric can be (no negative downtime, no availability above 100%).
 * Columns the catalogue does not know (results written by another version) get a name derived from the column name
 * and a kind and range from its suffix.
 *
 * @param column column name, e.g. {@code unplanned_downtime_hours}
 * @param name name in words, starting with a capital, e.g. "Unplanned downtime"
 * @param unit unit in words, e.g. "hours"; empty when dimensionless
 * @param better which way is better (the catalogue's {@link Better})
 * @param kind what sort of quantity it is (decides the number format)
 * @param min smallest physically possible value ({@code -Infinity} when unbounded)
 * @param max largest physically possible value ({@code +Infinity} when unbounded)
 */
public record MetricInfo(String column, String name, String unit, Better better, Kind kind, double min, double max) {

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
        return new MetricInfo(m.column(), d.label(), d.unit(), d.better(), d.kind(), d.min(), d.max());
    }

    /**
     * Describes a metric column.
     *
     * @param column column name
     * @return the catalogue's description, or for a column it does not know one derived from the name (unit and kind
     *     from a {@code _hours}, {@code _days}, {@code _usd}, {@code _share} or {@code _weeks} suffix; neither
     *     direction better)
     */
    public static MetricInfo of(String column) {
        MetricInfo known = KNOWN.get(column);
        if (known != null) {
            return known;
        }
        String unit = "";
        String base = column;
        Kind kind = Kind.NUMBER;
        for (String[] suffix : new String[][] {
            {"_hours", "hours", "HOURS"},
            {"_days", "days", "NUMBER"},
            {"_usd", "USD", "MONEY"},
            {"_share", "fraction", "SHARE"},
            {"_weeks", "weeks", "NUMBER"}
        }) {
            if (column.endsWith(suffix[0])) {
                unit = suffix[1];
                kind = Kind.valueOf(suffix[2]);
                base = column.substring(0, column.length() - suffix[0].length());
                break;
            }
        }
        String words = base.replace('_', ' ').trim();
        String name = words.isEmpty() ? column : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        boolean nonNegative = kind != Kind.NUMBER || column.endsWith("_days") || column.endsWith("_weeks");
        return new MetricInfo(
                column, name, unit, Better.NEITHER, kind, nonNegative ? 0 : -INF, kind == Kind.SHARE ? 1 : INF);
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
