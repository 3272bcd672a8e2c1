package org.golivesim.calibrate;

/**
 * One stylized fact the default scenario must reproduce, as a row of {@code calibration/targets.csv}.
 *
 * @param id short name, e.g. {@code T1a}
 * @param kind hard (the 95% interval of the mean must reach the range), soft (the mean must lie in the acceptance
 *     range: the right order of magnitude), mechanism (a lever's effect: a paired difference or a ladder), or report
 * @param experiment which experiment measures it: an experiment name, {@code A-vs-B} for a paired difference, or
 *     {@code training-ladder}
 * @param metric a summary metric of runs.csv, or {@code numerator/denominator} for a ratio of sums
 * @param aggregate mean, ratio, difference or ladder
 * @param low lower end of the published range (NaN: none)
 * @param high upper end (NaN: none)
 * @param acceptLow lower end of a soft target's acceptance range
 * @param acceptHigh upper end of a soft target's acceptance range
 * @param source citation
 * @param statement the fact in words
 */
public record CalibrationTarget(
        String id,
        String kind,
        String experiment,
        String metric,
        String aggregate,
        double low,
        double high,
        double acceptLow,
        double acceptHigh,
        String source,
        String statement) {

    /** Whether a value lies in [low, high] (open ends where NaN). */
    public boolean inRange(double v) {
        return inside(v, low, high);
    }

    /** Whether an interval [lo, hi] reaches [low, high]. */
    public boolean reaches(double lo, double hi) {
        return (Double.isNaN(high) || lo <= high) && (Double.isNaN(low) || hi >= low);
    }

    /** Whether a value lies in the acceptance range of a soft target. */
    public boolean accepted(double v) {
        return inside(v, acceptLow, acceptHigh);
    }

    private static boolean inside(double v, double lo, double hi) {
        return !Double.isNaN(v) && (Double.isNaN(lo) || v >= lo) && (Double.isNaN(hi) || v <= hi);
    }
}
