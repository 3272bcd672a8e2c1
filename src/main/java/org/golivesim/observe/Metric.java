package org.golivesim.observe;

/**
 * One entry of the metric catalogue: a result column with its name in words, its unit, the kind of quantity it is,
 * which way is better and the range its values can physically take. The two kinds of metric are the daily series
 * ({@link DailyMetric}, columns of {@code daily.csv.gz}) and the per-run summaries ({@link RunMetric}, columns of
 * {@code runs.csv}); the CLI summary, charts, report and docs read their words, kinds and ranges from here, so a
 * metric is declared once.
 */
public interface Metric {

    /** Which way a metric is better. */
    enum Better {
        /** Lower values are better (downtime, errors, cost). */
        LOWER,
        /** Higher values are better (availability, satisfaction). */
        HIGHER,
        /** Neither direction is better in itself (tickets opened, tasks). */
        NEITHER
    }

    /** What sort of quantity a metric is; decides how the report writes its values. */
    enum Kind {
        /** A share between 0 and 1, shown as a percentage (differences in percentage points). */
        SHARE,
        /** A duration in hours, shown in minutes, hours or days, whichever reads best. */
        HOURS,
        /** Money in US dollars, shown as "2.02 M USD". */
        MONEY,
        /** A count of events or items (never negative), shown with its unit. */
        COUNT,
        /** Any other number (a rate, an index, a mean, a score), shown with its unit. */
        NUMBER
    }

    /**
     * What a column means to a reader.
     *
     * @param label name in words, starting with a capital ("Unplanned downtime")
     * @param unit unit in words ("hours", "USD", "fraction"); empty when dimensionless
     * @param kind what sort of quantity it is, which decides its number format
     * @param better which way is better
     * @param min smallest value the metric can physically take ({@code -Infinity} when unbounded)
     * @param max largest value it can physically take ({@code Infinity} when unbounded)
     */
    record Description(String label, String unit, Kind kind, Better better, double min, double max) {
        /**
         * Checks the description.
         *
         * @throws IllegalArgumentException when the label is blank or the range is empty
         */
        public Description {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("a metric needs a label");
            }
            if (kind == null || better == null) {
                throw new IllegalArgumentException("metric '" + label + "' needs a kind and a better direction");
            }
            if (!(min <= max)) {
                throw new IllegalArgumentException("metric '" + label + "': empty range [" + min + ", " + max + "]");
            }
        }

        /**
         * Clamps a value (for example a percentile band's edge) into the physical range.
         *
         * @param value any value; NaN stays NaN
         * @return the value, or the nearer end of the range
         */
        public double clamp(double value) {
            return Double.isNaN(value) ? value : Math.max(min, Math.min(max, value));
        }

        /** A duration in hours, never negative. */
        static Description hours(String label, Better better) {
            return new Description(label, "hours", Kind.HOURS, better, 0, Double.POSITIVE_INFINITY);
        }

        /** A count of events or items ({@code unit} names them: "incidents", "tickets"), never negative. */
        static Description count(String label, String unit, Better better) {
            return new Description(label, unit, Kind.COUNT, better, 0, Double.POSITIVE_INFINITY);
        }

        /** A non-negative quantity that is not a count: a rate, an index, a mean, a duration in days or weeks. */
        static Description amount(String label, String unit, Better better) {
            return new Description(label, unit, Kind.NUMBER, better, 0, Double.POSITIVE_INFINITY);
        }

        /** A share in [0, 1]. */
        static Description share(String label, Better better) {
            return new Description(label, "fraction", Kind.SHARE, better, 0, 1);
        }

        /** Money in US dollars, never negative; lower is better. */
        static Description usd(String label) {
            return new Description(label, "USD", Kind.MONEY, Better.LOWER, 0, Double.POSITIVE_INFINITY);
        }

        /** A score in [min, max]; higher is better. */
        static Description score(String label, String unit, double min, double max) {
            return new Description(label, unit, Kind.NUMBER, Better.HIGHER, min, max);
        }
    }

    /**
     * The column's name in the results files.
     *
     * @return snake_case with a unit suffix where it has one, e.g. {@code unplanned_downtime_hours}
     */
    String column();

    /**
     * What the column means.
     *
     * @return its words, unit, direction and range
     */
    Description description();
}
