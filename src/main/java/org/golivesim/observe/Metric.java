package org.golivesim.observe;

/**
 * One entry of the metric catalogue: a result column with its name in words, its unit, which way is better and the
 * range its values can physically take. The two kinds of metric are the daily series ({@link DailyMetric}, columns of
 * {@code daily.csv.gz}) and the per-run summaries ({@link RunMetric}, columns of {@code runs.csv}); the CLI summary,
 * charts, report and docs read their words and ranges from here, so a metric is declared once.
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

    /**
     * What a column means to a reader.
     *
     * @param label name in words, starting with a capital ("Unplanned downtime")
     * @param unit unit in words ("hours", "USD", "fraction"); empty when dimensionless
     * @param better which way is better
     * @param min smallest value the metric can physically take ({@code -Infinity} when unbounded)
     * @param max largest value it can physically take ({@code Infinity} when unbounded)
     */
    record Description(String label, String unit, Better better, double min, double max) {
        /**
         * Checks the description.
         *
         * @throws IllegalArgumentException when the label is blank or the range is empty
         */
        public Description {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("a metric needs a label");
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

        static Description hours(String label, Better better) {
            return new Description(label, "hours", better, 0, Double.POSITIVE_INFINITY);
        }

        static Description count(String label, String unit, Better better) {
            return new Description(label, unit, better, 0, Double.POSITIVE_INFINITY);
        }

        static Description share(String label, Better better) {
            return new Description(label, "fraction", better, 0, 1);
        }

        static Description usd(String label) {
            return new Description(label, "USD", Better.LOWER, 0, Double.POSITIVE_INFINITY);
        }

        static Description score(String label, String unit, double min, double max) {
            return new Description(label, unit, Better.HIGHER, min, max);
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
