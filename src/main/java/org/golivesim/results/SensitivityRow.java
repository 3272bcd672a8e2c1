package org.golivesim.results;

/**
 * One row of the optional {@code sensitivity.csv}: a global sensitivity index of one output to one factor.
 *
 * @param factor varied parameter key
 * @param output summary metric
 * @param method {@code morris} or {@code sobol}
 * @param index {@code mu_star}, {@code sigma}, {@code S1} or {@code ST}
 * @param value the index value
 * @param ciLow lower limit of its 95% confidence interval (NaN when absent)
 * @param ciHigh upper limit of its 95% confidence interval (NaN when absent)
 */
public record SensitivityRow(
        String factor, String output, String method, String index, double value, double ciLow, double ciHigh) {}
