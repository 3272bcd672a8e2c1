package org.golivesim.results;

/**
 * One row of the optional {@code calibration.csv}: a published target range and what the model produced.
 *
 * @param target target name
 * @param kind kind of target (free text)
 * @param metric metric compared
 * @param low lower end of the target range (NaN when open)
 * @param high upper end of the target range (NaN when open)
 * @param simulated simulated mean
 * @param ciLow lower limit of the simulated mean's 95% CI
 * @param ciHigh upper limit of the simulated mean's 95% CI
 * @param pass whether the check passed
 */
public record CalibrationCheck(
        String target,
        String kind,
        String metric,
        double low,
        double high,
        double simulated,
        double ciLow,
        double ciHigh,
        boolean pass) {}
